import { createSignal, For, Match, onMount, Show, Switch } from 'solid-js'
import { DETALLES, type DetalleId, TIPOS_DENUNCIA } from '../../../core/denuncias/tipos.ts'
import { nombresTipo, opcionesDenuncia } from '../../../worker/denuncias/palabras.ts'
import { RELATO_MAX } from '../../../worker/denuncias/schema.ts'
import { Checkbox } from '../../components/Checkbox.tsx'
import { Comuna } from '../../components/Comuna.tsx'
import { CorreoTelefono } from '../../components/CorreoTelefono.tsx'
import { focusOnNavigation } from '../../components/page.ts'
import { Radios } from '../../components/Radios.tsx'
import { TextField } from '../../components/TextField.tsx'
import { errorFor } from '../../forms/validate.ts'
import { locale } from '../../i18n/index.ts'
import { label } from './Campos.tsx'
import { ficha } from './ficha.tsx'
import type { FormularioMessageKey } from './i18n/es.ts'
import { td } from './i18n/index.ts'
import { Marco, type usePaso } from './marco.tsx'
import { draft, type Respuestas, tipoDe } from './respuestas.ts'

type PasoProps = { paso: ReturnType<typeof usePaso> }

const values = () => draft.values()
const set = (field: keyof Respuestas) => (value: string) => draft.update(field, value)

/** `/denuncias/tipo`: which of the nine offences, each with what it is and an example. */
export function Tipo(props: PasoProps) {
  const error = () => errorFor(props.paso.errors(), 'tipo')
  return (
    <Marco paso={props.paso} titulo={td('tipo.title')} campoEsTitulo>
      <Radios
        id="tipo"
        legend={td('tipo.title')}
        error={error()}
        options={TIPOS_DENUNCIA.map((id) => ({
          value: id,
          label: nombresTipo[locale()][id],
          hint: `${td(`tipo.${id}.desc` as FormularioMessageKey)} ${td('tipo.ejemplo', {
            ejemplo: td(`tipo.${id}.ejemplo` as FormularioMessageKey),
          })}`,
        }))}
        value={values().tipo}
        onChange={set('tipo')}
        asHeading
        headingRef={focusOnNavigation}
      />
      <p class="dn-measure">{td('tipo.ninguno')}</p>
    </Marco>
  )
}

/** A date and a time, side by side where there is room. */
function FechaHora(props: {
  fecha: 'desdeFecha' | 'hastaFecha'
  hora: 'desdeHora' | 'hastaHora'
  paso: PasoProps['paso']
}) {
  return (
    <div class="dn-fecha-hora">
      <TextField
        id={props.fecha}
        label={label(props.fecha)}
        type="date"
        error={errorFor(props.paso.errors(), props.fecha)}
        value={values()[props.fecha]}
        onInput={set(props.fecha)}
      />
      <TextField
        id={props.hora}
        label={label(props.hora)}
        type="time"
        error={errorFor(props.paso.errors(), props.hora)}
        value={values()[props.hora]}
        onInput={set(props.hora)}
      />
    </div>
  )
}

/** `/denuncias/cuando`: the date and time, or the span it happened in when the exact time is unknown. */
export function Cuando(props: PasoProps) {
  return (
    <Marco paso={props.paso} titulo={td('cuando.title')}>
      <p class="hint">{td('cuando.hint')}</p>
      <FechaHora fecha="desdeFecha" hora="desdeHora" paso={props.paso} />
      <Checkbox
        id="rango"
        label={td('cuando.rango')}
        hint={td('cuando.rango.hint')}
        checked={values().rango === 'si'}
        onChange={(on) => draft.update('rango', on ? 'si' : '')}
      />
      <Show when={values().rango === 'si'}>
        <FechaHora fecha="hastaFecha" hora="hastaHora" paso={props.paso} />
      </Show>
    </Marco>
  )
}

/** The citizen's position, if they are at the place and agree: a point within Chile, optional. */
function Ubicacion(props: { error: string | undefined }) {
  const [estado, setEstado] = createSignal<'listo' | 'buscando' | 'error'>('listo')
  const buscar = () => {
    if (!('geolocation' in navigator)) return setEstado('error')
    setEstado('buscando')
    navigator.geolocation.getCurrentPosition(
      (position) => {
        draft.update('lat', position.coords.latitude.toFixed(5))
        draft.update('lon', position.coords.longitude.toFixed(5))
        setEstado('listo')
      },
      () => setEstado('error'),
      { enableHighAccuracy: true, timeout: 15_000 },
    )
  }
  const quitar = () => {
    draft.update('lat', '')
    draft.update('lon', '')
  }
  return (
    <div id="punto" tabindex="-1" class={props.error ? 'form-group form-group--error' : 'form-group'}>
      <p class="label">{label('punto')}</p>
      <Show when={props.error}>
        <p class="error-message">{props.error}</p>
      </Show>
      <Switch>
        <Match when={values().lat !== '' && values().lon !== ''}>
          <p>{td('donde.ubicacion.agregada', { lat: values().lat, lon: values().lon })}</p>
          <button type="button" class="button button--secondary" onClick={quitar}>
            {td('donde.ubicacion.quitar')}
          </button>
        </Match>
        <Match when={estado() !== 'buscando'}>
          <p class="hint">{td('donde.ubicacion.hint')}</p>
          <button type="button" class="button button--secondary" onClick={buscar}>
            {td('donde.ubicacion')}
          </button>
          <Show when={estado() === 'error'}>
            <p role="status">{td('donde.ubicacion.error')}</p>
          </Show>
        </Match>
        <Match when={estado() === 'buscando'}>
          <p role="status">{td('donde.ubicacion.buscando')}</p>
        </Match>
      </Switch>
    </div>
  )
}

/** `/denuncias/donde`: the comuna, the address or a description of the place, and optionally a point. */
export function Donde(props: PasoProps) {
  const error = (field: string) => errorFor(props.paso.errors(), field)
  return (
    <Marco paso={props.paso} titulo={td('donde.title')}>
      <Comuna
        id="comunaCut"
        label={label('comunaCut')}
        placeholder={td('donde.elija')}
        error={error('comunaCut')}
        value={values().comunaCut}
        onChange={set('comunaCut')}
      />
      <TextField
        id="lugar"
        label={label('lugar')}
        hint={td('donde.lugar.hint')}
        error={error('lugar')}
        value={values().lugar}
        onInput={set('lugar')}
        autocomplete="off"
      />
      <Ubicacion error={error('punto') ?? error('punto.lat') ?? error('punto.lon')} />
    </Marco>
  )
}

/** `/denuncias/relato`: what happened, in the citizen's words. */
export function Relato(props: PasoProps) {
  return (
    <Marco paso={props.paso} titulo={td('relato.title')} campoEsTitulo>
      <TextField
        id="relato"
        label={td('relato.title')}
        hint={td('relato.hint')}
        error={errorFor(props.paso.errors(), 'relato')}
        value={values().relato}
        onInput={set('relato')}
        multiline
        maxLength={RELATO_MAX}
        asHeading
        headingRef={focusOnNavigation}
      />
    </Marco>
  )
}

/** The hint of each of an offence's own questions that has one. */
const HINT: Partial<Record<DetalleId, FormularioMessageKey>> = {
  patente: 'detalles.patente.hint',
  monto: 'detalles.monto.hint',
  referencia: 'detalles.referencia.hint',
  animal: 'detalles.animal.hint',
}

/** `/denuncias/detalles`: the chosen offence's own questions (core/denuncias/tipos.ts), as data. */
export function Detalles(props: PasoProps) {
  const tipo = () => tipoDe(values())
  const titulo = () => td(`detalles.title.${tipo()?.id}` as FormularioMessageKey)
  return (
    <Marco paso={props.paso} titulo={titulo()}>
      <For each={tipo()?.detalles ?? []}>
        {(id) => {
          const field = `detalles.${id}`
          const detalle = DETALLES[id]
          const hint = HINT[id]
          return detalle.tipo === 'opcion' ? (
            <Radios
              id={field}
              legend={label(field)}
              error={errorFor(props.paso.errors(), field)}
              options={detalle.opciones.map((value) => ({
                value,
                label: opcionesDenuncia[locale()][value] ?? value,
              }))}
              value={values()[id]}
              onChange={set(id)}
            />
          ) : (
            <TextField
              id={field}
              label={label(field)}
              hint={hint ? td(hint) : undefined}
              error={errorFor(props.paso.errors(), field)}
              value={values()[id]}
              onInput={set(id)}
              multiline={detalle.tipo === 'parrafo'}
              inputMode={detalle.tipo === 'monto' ? 'numeric' : undefined}
              inputClass={detalle.tipo === 'patente' || detalle.tipo === 'monto' ? 'input--10' : undefined}
              autocomplete="off"
            />
          )
        }}
      </For>
    </Marco>
  )
}

/** `/denuncias/contacto`: the e-mail and phone (from the account), and the home comuna (decides the unit). */
export function Contacto(props: PasoProps) {
  const error = (field: string) => errorFor(props.paso.errors(), field)
  // Prefilled from the account and the last report, where nothing is typed yet.
  onMount(() => {
    const contacto = ficha()?.contacto
    if (!contacto) return
    for (const field of ['email', 'telefono', 'comunaDomicilio'] as const)
      if (values()[field] === '' && contacto[field]) draft.update(field, contacto[field])
  })
  return (
    <Marco paso={props.paso} titulo={td('contacto.title')}>
      <CorreoTelefono
        email={values().email}
        telefono={values().telefono}
        hint={td('contacto.hint')}
        errores={props.paso.errors()}
        onEmail={set('email')}
        onTelefono={set('telefono')}
      />
      <Comuna
        id="comunaDomicilio"
        label={label('comunaDomicilio')}
        hint={td('contacto.domicilio.hint')}
        placeholder={td('donde.elija')}
        error={error('comunaDomicilio')}
        value={values().comunaDomicilio}
        onChange={set('comunaDomicilio')}
      />
    </Marco>
  )
}
