import { A, useNavigate } from '@solidjs/router'
import { createSignal } from 'solid-js'
import { MarcoPaso } from '../../components/MarcoPaso.tsx'
import { PortadaServicio } from '../../components/PortadaServicio.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { Radios } from '../../components/Radios.tsx'
import { obligatorio } from '../../i18n/index.ts'
import { tri } from './i18n/index.ts'

/**
 * `/reencuentro`: what the service is for, that the person found decides what the requester
 * learns, what to have at hand, and «Comenzar» (to the screener). A landing page: its words alone.
 */
export function Inicio() {
  return (
    // Only words differ from reclamos/inicio's landing page: the page itself is the shared PortadaServicio.
    <PortadaServicio
      titulo={tri('inicio.title')}
      lead={tri('inicio.lead')}
      secciones={[
        { titulo: tri('inicio.como.title'), texto: tri('inicio.como') },
        { titulo: tri('inicio.decide.title'), texto: tri('inicio.decide') },
      ]}
      necesita={{
        titulo: tri('inicio.necesita.title'),
        items: [tri('inicio.necesita.quien'), tri('inicio.necesita.donde'), tri('inicio.necesita.mensaje')],
      }}
      claseLista="re-lista"
      notas={[tri('inicio.ingresar')]}
      href="/reencuentro/peligro"
      comenzar={tri('inicio.comenzar')}
    />
  )
}

/**
 * `/reencuentro/peligro`: the screener, before any sign-in (someone in danger must not wait for
 * one): «Sí» leads to the presunta desgracia guidance, «No» to the form, which records the answer.
 */
export function Peligro() {
  const navigate = useNavigate()
  const [valor, setValor] = createSignal('')
  const [intento, setIntento] = createSignal(0)
  const errores = () =>
    intento() > 0 && valor() === '' ? [{ field: 'peligro', message: obligatorio(tri('peligro.title')) }] : []
  return (
    <MarcoPaso
      atras="/reencuentro"
      paso={tri('inicio.title')}
      nota=""
      titulo={tri('peligro.title')}
      campoEsTitulo
      boton={tri('peligro.continuar')}
      errores={errores()}
      intento={intento()}
      onSubmit={(event) => {
        event.preventDefault()
        setIntento((n) => n + 1)
        if (valor() === 'si') navigate('/reencuentro/presunta-desgracia')
        if (valor() === 'no') navigate('/reencuentro/familiar?peligro=no')
      }}
    >
      <Radios
        id="peligro"
        legend={tri('peligro.title')}
        hint={tri('peligro.hint')}
        error={errores()[0]?.message}
        options={[
          { value: 'si', label: tri('peligro.si') },
          { value: 'no', label: tri('peligro.no') },
        ]}
        value={valor()}
        onChange={setValor}
        asHeading
        headingRef={focusOnNavigation}
      />
    </MarcoPaso>
  )
}

/**
 * `/reencuentro/presunta-desgracia`: the screener's «Sí» — this is a presunta desgracia report,
 * made today, in person at any Carabineros unit or by calling 133 (or the PDI's 134), with no
 * waiting time; the phone numbers are links a phone dials.
 */
export function PresuntaDesgracia() {
  usePageTitle(() => tri('urgente.title'))
  return (
    <>
      <A href="/reencuentro/peligro" class="back-link">
        {tri('peligro.atras')}
      </A>
      <div class="re-urgente">
        <h1 tabindex="-1" ref={focusOnNavigation}>
          {tri('urgente.title')}
        </h1>
        <p class="lead">{tri('urgente.lead')}</p>
        <p>
          <strong>{tri('urgente.espera')}</strong>
        </p>
      </div>
      <h2>{tri('urgente.como.title')}</h2>
      <ul class="re-lista">
        <li>{tri('urgente.presencial')}</li>
        <li>{tri('urgente.telefono')}</li>
        <li>{tri('urgente.pdi')}</li>
      </ul>
      <p class="button-group">
        <a href="tel:133" class="button-link">
          {tri('urgente.llamar133')}
        </a>
        <a href="tel:134" class="button-link button--secondary">
          {tri('urgente.llamar134')}
        </a>
      </p>
      <p>{tri('urgente.llevar')}</p>
      <p class="hint">{tri('urgente.otra')}</p>
    </>
  )
}
