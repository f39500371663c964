import { A, useNavigate } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { Dynamic } from 'solid-js/web'
import { MarcoPaso } from '../../components/MarcoPaso.tsx'
import { NotFound } from '../../components/NotFound.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { Radios } from '../../components/Radios.tsx'
import { obligatorio, t } from '../../i18n/index.ts'
import type { GuiaMessageKey } from './i18n/es.ts'
import { tg } from './i18n/index.ts'
import { anterior, esPregunta, PASOS, PREGUNTAS, type PreguntaId, type RespuestaId, rutaDe } from './pasos.ts'

/** The election constancia's information page: where its flow starts (ClaveÚnica). */
const CONSTANCIA = '/constancias/votacion'

type UnidadesModulo = typeof import('./unidades.ts')

/**
 * The nearest units, where the constancia is validated the same day: the request page's own search
 * (../solicitud/Unidades.tsx), loaded when asked for — its code and words would take the answer's
 * first visit past 35 kB. Focus goes to its first action.
 */
function UnidadesCercanas() {
  const [modulo, setModulo] = createSignal<UnidadesModulo>()
  const abrir = async () => {
    const m = await import('./unidades.ts')
    await m.ready
    setModulo(() => m)
    document.querySelector<HTMLElement>('.cv-units__locate')?.focus()
  }
  return (
    <Show
      when={modulo()}
      fallback={
        <p>
          <button type="button" class="button button--secondary" onClick={() => void abrir()}>
            {tg('lejos.unidades')}
          </button>
        </p>
      }
    >
      {(m) => <Dynamic component={m().Unidades} />}
    </Show>
  )
}

/** What an answer says: its title, its key sentence, what to do, its legal basis, what comes next. */
interface Contenido {
  titulo: GuiaMessageKey
  clave: GuiaMessageKey
  hacer: GuiaMessageKey[]
  ley: GuiaMessageKey
  despues: GuiaMessageKey
}

const CONTENIDO: Record<RespuestaId, Contenido> = {
  voluntario: {
    titulo: 'voluntario.titulo',
    clave: 'voluntario.clave',
    hacer: ['voluntario.hacer.1', 'voluntario.hacer.2'],
    ley: 'voluntario.ley',
    despues: 'voluntario.despues',
  },
  'fuera-del-pais': {
    titulo: 'fuera.titulo',
    clave: 'fuera.clave',
    hacer: ['fuera.hacer.1', 'fuera.hacer.2', 'fuera.hacer.3'],
    ley: 'fuera.ley',
    despues: 'despues.juzgado',
  },
  enfermedad: {
    titulo: 'enfermedad.titulo',
    clave: 'enfermedad.clave',
    hacer: ['enfermedad.hacer.1', 'enfermedad.hacer.2'],
    ley: 'enfermedad.ley',
    despues: 'despues.juzgado',
  },
  'mas-de-200-km': {
    titulo: 'lejos.titulo',
    clave: 'lejos.clave',
    hacer: ['lejos.hacer.1', 'lejos.hacer.2', 'lejos.hacer.3'],
    ley: 'lejos.ley',
    despues: 'lejos.despues',
  },
  'otro-impedimento': {
    titulo: 'otro.titulo',
    clave: 'otro.clave',
    hacer: ['otro.hacer.1', 'otro.hacer.2', 'otro.hacer.3'],
    ley: 'otro.ley',
    despues: 'despues.juzgado',
  },
}

/** Options with a hint (`pregunta.<id>.<valor>.hint`). */
const CON_PISTA = new Set(['motivo.otro'])

/**
 * A question of the guide, one per page (GOV.UK): its options, Continue to the page the chosen
 * one leads to. Nothing is kept: the address says the answers that led here.
 */
function Pregunta(props: { id: PreguntaId }) {
  const navigate = useNavigate()
  const [valor, setValor] = createSignal('')
  const [intento, setIntento] = createSignal(0)
  const clave = (sufijo: string) => `pregunta.${props.id}${sufijo}` as GuiaMessageKey
  const errores = () =>
    intento() > 0 && valor() === '' ? [{ field: props.id, message: obligatorio(tg(clave(''))) }] : []
  const atras = anterior(props.id)
  return (
    <MarcoPaso
      atras={atras ? rutaDe(atras) : undefined}
      paso={tg('guia.caption')}
      titulo={tg(clave(''))}
      campoEsTitulo
      errores={errores()}
      intento={intento()}
      onSubmit={(event) => {
        event.preventDefault()
        setIntento((n) => n + 1)
        const elegida = PREGUNTAS[props.id].find((opcion) => opcion.valor === valor())
        if (elegida) navigate(rutaDe(elegida.lleva))
      }}
    >
      <Radios
        id={props.id}
        legend={tg(clave(''))}
        hint={props.id === 'domicilio' ? tg('pregunta.domicilio.hint') : undefined}
        error={errores()[0]?.message}
        options={PREGUNTAS[props.id].map((opcion) => ({
          value: opcion.valor,
          label: tg(clave(`.${opcion.valor}`)),
          hint: CON_PISTA.has(`${props.id}.${opcion.valor}`) ? tg(clave(`.${opcion.valor}.hint`)) : undefined,
        }))}
        value={valor()}
        onChange={setValor}
        asHeading
        headingRef={focusOnNavigation}
      />
    </MarcoPaso>
  )
}

/** An answer: what proves the excuse, its legal basis in a line, and what happens next. */
function Respuesta(props: { id: RespuestaId }) {
  const contenido = CONTENIDO[props.id]
  const atras = anterior(props.id)
  usePageTitle(() => tg(contenido.titulo))
  return (
    <>
      <Show when={atras}>
        {(id) => (
          <A href={rutaDe(id())} class="back-link">
            {t('form.back')}
          </A>
        )}
      </Show>
      <span class="caption">{tg('guia.caption')}</span>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tg(contenido.titulo)}
      </h1>
      <p class="lead">{tg(contenido.clave)}</p>
      <h2 class="heading-m">{tg('respuesta.hacer')}</h2>
      <ul class="list">
        <For each={contenido.hacer}>{(paso) => <li>{tg(paso)}</li>}</For>
      </ul>
      <Show when={props.id === 'mas-de-200-km'}>
        <A href={CONSTANCIA} class="button-link button--start">
          {tg('lejos.pedir')}
        </A>
        <UnidadesCercanas />
      </Show>
      <h2 class="heading-m">{tg('respuesta.despues')}</h2>
      <p>{tg(contenido.despues)}</p>
      <div class="inset">
        <p>
          <strong>{tg('respuesta.ley')}</strong> {tg(contenido.ley)}
        </p>
      </div>
      <p>
        <A href={rutaDe('domicilio')}>{tg('respuesta.empezar')}</A>
      </p>
    </>
  )
}

/**
 * `/constancias/votacion/no-podre-votar[/<paso>]`: the guide «¿No podrá votar?» (issue 23 point 1),
 * `paso` the address below it (empty: the first question; not one of the guide's: not found).
 * Static words only: no call to the API, so it is served as files and works offline once the
 * service is kept on the device.
 */
export function Guia(props: { paso: string }) {
  // The routes give each address a screen of its own (rutas.tsx): `paso` never changes under it.
  const paso = props.paso === '' ? 'domicilio' : PASOS.find((candidato) => candidato === props.paso)
  if (paso === undefined) return <NotFound />
  return esPregunta(paso) ? <Pregunta id={paso} /> : <Respuesta id={paso} />
}
