import { createResource, For, Match, onMount, Show, Switch } from 'solid-js'
import { MAX_PERSONAS } from '../../../core/denuncias/tipos.ts'
import { TIPOS_RECLAMO } from '../../../core/reclamos/tipos.ts'
import { nombreTipoReclamo } from '../../../worker/reclamos/palabras.ts'
import { RELATO_MAX } from '../../../worker/reclamos/schema.ts'
import { Comuna } from '../../components/Comuna.tsx'
import { CorreoTelefono } from '../../components/CorreoTelefono.tsx'
import { conCambio, Grupo, type Item } from '../../components/Grupo.tsx'
import { focusOnNavigation } from '../../components/page.ts'
import { Radios } from '../../components/Radios.tsx'
import { Select } from '../../components/Select.tsx'
import { TextField } from '../../components/TextField.tsx'
import { me } from '../../cuenta/session.ts'
import { callApi, type Unidad } from '../../forms/api.ts'
import { errorFor } from '../../forms/validate.ts'
import { locale } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import { tr } from '../i18n/index.ts'
import { Marco, type Paso } from './marco.tsx'
import { draft, type Respuestas, testigos } from './respuestas.ts'

type PasoProps = { paso: Paso }

/** A field's label, as the API's messages name it (worker/reclamos/palabras.ts). */
export const label = (field: string) => fieldLabel(locale(), field)
const values = () => draft.values()
const set = (field: keyof Respuestas) => (value: string) => draft.update(field, value)

/** One field that is the page's question: its label is the h1. */
function Pregunta(props: PasoProps & { campo: 'relato' | 'peticion'; hint: string; max: number }) {
  return (
    <Marco paso={props.paso} titulo={tr(`${props.campo}.title`)} campoEsTitulo>
      <TextField
        id={props.campo}
        label={tr(`${props.campo}.title`)}
        hint={props.hint}
        error={errorFor(props.paso.errors(), props.campo)}
        value={values()[props.campo]}
        onInput={set(props.campo)}
        multiline
        maxLength={props.max}
        asHeading
        headingRef={focusOnNavigation}
      />
    </Marco>
  )
}

/**
 * A kind of complaint in the page's language, with what it covers.
 *
 * @example
 * nombreTipo('uso_fuerza') // 'Uso excesivo de la fuerza'
 */
export const nombreTipo = (tipo: string, parte: '' | '.hint' = '') => nombreTipoReclamo(locale(), tipo, parte)

/** `/reclamos/tipo`: what kind of conduct the complaint is about (decision 0060); the legend is the h1. */
export function Tipo(props: PasoProps) {
  return (
    <Marco paso={props.paso} titulo={label('tipoReclamo')} campoEsTitulo>
      <Radios
        id="tipoReclamo"
        legend={label('tipoReclamo')}
        hint={tr('tipo.hint')}
        error={errorFor(props.paso.errors(), 'tipoReclamo')}
        options={TIPOS_RECLAMO.map((tipo) => ({
          value: tipo,
          label: nombreTipo(tipo),
          hint: nombreTipo(tipo, '.hint'),
        }))}
        value={values().tipoReclamo}
        onChange={set('tipoReclamo')}
        asHeading
        headingRef={focusOnNavigation}
      />
    </Marco>
  )
}

/** `/reclamos/relato`: what happened, in the citizen's words. */
export const Relato = (props: PasoProps) => (
  <Pregunta paso={props.paso} campo="relato" hint={tr('relato.hint')} max={RELATO_MAX} />
)

/** `/reclamos/peticion`: what the citizen asks for. */
export const Peticion = (props: PasoProps) => (
  <Pregunta paso={props.paso} campo="peticion" hint={tr('peticion.hint')} max={2000} />
)

/** `/reclamos/cuando`: the day, and the hour if known. */
export function Cuando(props: PasoProps) {
  return (
    <Marco paso={props.paso} titulo={tr('cuando.title')}>
      <p class="hint">{tr('cuando.hint')}</p>
      <div class="rc-fecha-hora">
        <TextField
          id="fecha"
          label={label('fecha')}
          type="date"
          error={errorFor(props.paso.errors(), 'fecha')}
          value={values().fecha}
          onInput={set('fecha')}
        />
        <TextField
          id="hora"
          label={label('hora')}
          type="time"
          error={errorFor(props.paso.errors(), 'hora')}
          value={values().hora}
          onInput={set('hora')}
        />
      </div>
    </Marco>
  )
}

/** `/reclamos/donde`: the comuna (the shared list) and the place. */
export function Donde(props: PasoProps) {
  const error = (field: string) => errorFor(props.paso.errors(), field)
  return (
    <Marco paso={props.paso} titulo={tr('donde.title')}>
      <Comuna
        id="comunaCut"
        label={label('comunaCut')}
        placeholder={tr('donde.elija')}
        error={error('comunaCut')}
        value={values().comunaCut}
        onChange={(cut) => {
          // The unit was chosen among those near the comuna: another comuna asks again.
          if (cut !== values().comunaCut) draft.update('unidadCode', '')
          draft.update('comunaCut', cut)
        }}
      />
      <TextField
        id="lugar"
        label={label('lugar')}
        hint={tr('donde.lugar.hint')}
        error={error('lugar')}
        value={values().lugar}
        onInput={set('lugar')}
        autocomplete="off"
      />
    </Marco>
  )
}

/** The units nearest the comuna (public data); undefined with no network. */
async function unidadesCerca(comuna: string): Promise<Unidad[] | undefined> {
  const answer = await callApi<{ items: Unidad[] }>('GET', `/api/unidades?comuna=${comuna}&limite=15`)
  return answer.ok ? answer.body.items : undefined
}

/**
 * The unit concerned, among those nearest the comuna where it happened; with no network, the one
 * chosen before stays (its name kept with the draft), else the page says to come back online.
 */
function UnidadCampo(props: { error: string | undefined }) {
  const [lista] = createResource(() => values().comunaCut || undefined, unidadesCerca)
  const opciones = () => {
    const found = lista() ?? []
    const elegida = values().unidadCode
    const propia =
      elegida && !found.some((u) => u.code === elegida)
        ? [{ value: elegida, label: values().unidadNombre }]
        : []
    return [...propia, ...found.map((u) => ({ value: u.code, label: `${u.name} (${u.comuna})` }))]
  }
  return (
    <Switch>
      <Match when={values().comunaCut === ''}>
        <div
          id="unidadCode"
          tabindex="-1"
          class={props.error ? 'form-group form-group--error' : 'form-group'}
        >
          <p class="label">{label('unidadCode')}</p>
          <Show when={props.error}>
            <p class="error-message">{props.error}</p>
          </Show>
          <p>{tr('quien.unidad.sinComuna')}</p>
        </div>
      </Match>
      <Match when={lista.state === 'ready' && lista() === undefined && values().unidadCode === ''}>
        <div id="unidadCode" tabindex="-1" class="form-group form-group--error">
          <p class="label">{label('unidadCode')}</p>
          <p role="status">{tr('quien.unidad.sinRed')}</p>
        </div>
      </Match>
      <Match when={true}>
        <Select
          id="unidadCode"
          label={label('unidadCode')}
          hint={tr('quien.unidad.hint')}
          placeholder={tr('quien.unidad.elija')}
          error={props.error}
          options={opciones()}
          value={values().unidadCode}
          onChange={(code) => {
            draft.update('unidadCode', code)
            draft.update('unidadNombre', opciones().find((o) => o.value === code)?.label ?? '')
          }}
        />
      </Match>
    </Switch>
  )
}

/** `/reclamos/quien`: the unit; the officer's name, rank or other details; a patrol vehicle's number. */
export function Quien(props: PasoProps) {
  const error = (field: string) => errorFor(props.paso.errors(), field)
  return (
    <Marco paso={props.paso} titulo={tr('quien.title')}>
      <UnidadCampo error={error('unidadCode')} />
      <fieldset class="fieldset">
        <legend>{tr('quien.funcionario')}</legend>
        <TextField
          id="funcionario.nombre"
          label={label('funcionario.nombre')}
          error={error('funcionario.nombre')}
          value={values().funcionarioNombre}
          onInput={set('funcionarioNombre')}
          autocomplete="off"
        />
        <TextField
          id="funcionario.grado"
          label={label('funcionario.grado')}
          error={error('funcionario.grado')}
          value={values().funcionarioGrado}
          onInput={set('funcionarioGrado')}
          autocomplete="off"
          inputClass="input--20"
        />
        <TextField
          id="funcionario.senas"
          label={label('funcionario.senas')}
          hint={tr('quien.senas.hint')}
          error={error('funcionario.senas')}
          value={values().funcionarioSenas}
          onInput={set('funcionarioSenas')}
          multiline
          maxLength={500}
        />
      </fieldset>
      <TextField
        id="vehiculo"
        label={label('vehiculo')}
        hint={tr('quien.vehiculo.hint')}
        error={error('vehiculo')}
        value={values().vehiculo}
        onInput={set('vehiculo')}
        autocomplete="off"
        inputClass="input--10"
      />
    </Marco>
  )
}

/** `/reclamos/testigos`: who saw it (optional), each a name and a way to reach them. */
export function Testigos(props: PasoProps) {
  const items = () => testigos(values())
  const cambiar = (next: Item[]) => draft.update('testigos', JSON.stringify(next))
  return (
    <Marco paso={props.paso} titulo={tr('testigos.title')}>
      <p class="hint">{tr('testigos.hint')}</p>
      <div id="testigos" tabindex="-1">
        <Grupo
          items={items()}
          max={MAX_PERSONAS}
          words={{
            item: (n) => tr('testigos.item', { n }),
            agregar: tr('testigos.agregar'),
            quitar: (n) => tr('testigos.quitar', { n }),
            ninguno: tr('testigos.ninguno'),
          }}
          onChange={cambiar}
        >
          {(index) => (
            <For each={['nombre', 'contacto']}>
              {(campo) => {
                const id = () => `testigos.${index}.${campo}`
                return (
                  <TextField
                    id={id()}
                    label={label(id())}
                    hint={campo === 'contacto' ? tr('testigos.contacto.hint') : undefined}
                    error={errorFor(props.paso.errors(), id())}
                    value={items()[index]?.[campo] ?? ''}
                    onInput={(value) => cambiar(conCambio(items(), index, campo, value))}
                    autocomplete="off"
                  />
                )
              }}
            </For>
          )}
        </Grupo>
      </div>
    </Marco>
  )
}

/** `/reclamos/contacto`: where the receipt and the answer go (the account's e-mail first). */
export function Contacto(props: PasoProps) {
  onMount(() => {
    const email = me()?.email
    if (values().email === '' && email) draft.update('email', email)
  })
  return (
    <Marco paso={props.paso} titulo={tr('contacto.title')}>
      <CorreoTelefono
        email={values().email}
        telefono={values().telefono}
        hint={tr('contacto.hint')}
        errores={props.paso.errors()}
        onEmail={set('email')}
        onTelefono={set('telefono')}
      />
    </Marco>
  )
}
