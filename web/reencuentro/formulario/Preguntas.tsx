import { onMount } from 'solid-js'
import { Comuna } from '../../components/Comuna.tsx'
import { CorreoTelefono } from '../../components/CorreoTelefono.tsx'
import { focusOnNavigation } from '../../components/page.ts'
import { MarcoDe, type PasoDe } from '../../components/pasos.tsx'
import { Radios } from '../../components/Radios.tsx'
import { TextField } from '../../components/TextField.tsx'
import { me } from '../../cuenta/session.ts'
import { errorFor } from '../../forms/validate.ts'
import { locale } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import type { ReencuentroMessageKey } from '../i18n/es.ts'
import { tre } from '../i18n/index.ts'
import { RELACIONES } from './esquema.ts'
import { draft, type Respuestas } from './respuestas.ts'

type PasoProps = { paso: PasoDe }

/** A field's label, as the form's messages name it (respuestas.ts registers them). */
export const label = (field: string) => fieldLabel(locale(), field)
const values = () => draft.values()
const set = (field: keyof Respuestas) => (value: string) => draft.update(field, value)

/**
 * A relationship in the page's language («Mi madre»).
 *
 * @example
 * nombreRelacion('hermano') // 'Mi hermano o hermana'
 */
export const nombreRelacion = (relacion: string) =>
  (RELACIONES as readonly string[]).includes(relacion)
    ? tre(`relacion.${relacion}` as ReencuentroMessageKey)
    : relacion

/** A text field of the form, labelled as its messages name it. */
function Campo(props: {
  paso: PasoDe
  campo: keyof Respuestas
  hint?: string
  clase?: string
  autocomplete?: string
  inputMode?: 'numeric'
}) {
  return (
    <TextField
      id={props.campo}
      label={label(props.campo)}
      hint={props.hint}
      error={errorFor(props.paso.errors(), props.campo)}
      value={values()[props.campo]}
      onInput={set(props.campo)}
      autocomplete={props.autocomplete ?? 'off'}
      inputClass={props.clase}
      inputMode={props.inputMode}
    />
  )
}

/** `/reencuentro/familiar`: the person sought — names, and if known their RUN and year of birth. */
export function Familiar(props: PasoProps) {
  return (
    <MarcoDe paso={props.paso} titulo={tre('familiar.title')}>
      <p class="hint">{tre('familiar.hint')}</p>
      <Campo paso={props.paso} campo="familiarNombres" />
      <Campo paso={props.paso} campo="familiarApellidos" />
      <Campo paso={props.paso} campo="familiarRun" hint={tre('familiar.run.hint')} clase="input--10" />
      <Campo
        paso={props.paso}
        campo="familiarNacimiento"
        hint={tre('familiar.nacimiento.hint')}
        clase="input--5"
        inputMode="numeric"
      />
    </MarcoDe>
  )
}

/** `/reencuentro/relacion`: who the person is to the requester; the legend is the h1. */
export function Relacion(props: PasoProps) {
  return (
    <MarcoDe paso={props.paso} titulo={tre('relacion.title')} campoEsTitulo>
      <Radios
        id="familiarRelacion"
        legend={tre('relacion.title')}
        error={errorFor(props.paso.errors(), 'familiarRelacion')}
        options={RELACIONES.map((relacion) => ({ value: relacion, label: nombreRelacion(relacion) }))}
        value={values().familiarRelacion}
        onChange={set('familiarRelacion')}
        asHeading
        headingRef={focusOnNavigation}
      />
    </MarcoDe>
  )
}

/** `/reencuentro/ultimo`: the last known comuna (the shared list) and place, and the year of last contact. */
export function Ultimo(props: PasoProps) {
  return (
    <MarcoDe paso={props.paso} titulo={tre('ultimo.title')}>
      <Comuna
        id="familiarComuna"
        label={label('familiarComuna')}
        placeholder={tre('ultimo.elija')}
        error={errorFor(props.paso.errors(), 'familiarComuna')}
        value={values().familiarComuna}
        onChange={set('familiarComuna')}
      />
      <Campo paso={props.paso} campo="familiarLugar" hint={tre('ultimo.lugar.hint')} />
      <Campo
        paso={props.paso}
        campo="ultimoContactoAnio"
        hint={tre('ultimo.anio.hint')}
        clase="input--5"
        inputMode="numeric"
      />
    </MarcoDe>
  )
}

/** One long text that is the page's question: its label is the h1. */
function Texto(
  props: PasoProps & { campo: 'motivoPerdidaContacto' | 'mensajeFamiliar'; titulo: string; hint: string },
) {
  return (
    <MarcoDe paso={props.paso} titulo={props.titulo} campoEsTitulo>
      <TextField
        id={props.campo}
        label={props.titulo}
        hint={props.hint}
        error={errorFor(props.paso.errors(), props.campo)}
        value={values()[props.campo]}
        onInput={set(props.campo)}
        multiline
        maxLength={2000}
        asHeading
        headingRef={focusOnNavigation}
      />
    </MarcoDe>
  )
}

/** `/reencuentro/motivo`: why contact was lost (optional). */
export const Motivo = (props: PasoProps) => (
  <Texto
    paso={props.paso}
    campo="motivoPerdidaContacto"
    titulo={tre('motivo.title')}
    hint={tre('motivo.hint')}
  />
)

/** `/reencuentro/mensaje`: the message the person found receives, in the requester's words. */
export const Mensaje = (props: PasoProps) => (
  <Texto paso={props.paso} campo="mensajeFamiliar" titulo={tre('mensaje.title')} hint={tre('mensaje.hint')} />
)

/** `/reencuentro/contacto`: where the receipt and the news go (the account's e-mail first). */
export function Contacto(props: PasoProps) {
  onMount(() => {
    const email = me()?.email
    if (values().email === '' && email) draft.update('email', email)
  })
  return (
    <MarcoDe paso={props.paso} titulo={tre('contacto.title')}>
      <CorreoTelefono
        email={values().email}
        telefono={values().telefono}
        hint={tre('contacto.hint')}
        errores={props.paso.errors()}
        onEmail={set('email')}
        onTelefono={set('telefono')}
      />
    </MarcoDe>
  )
}
