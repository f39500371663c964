import { For, Match, Show, Switch } from 'solid-js'
import { localDate } from '../../../../core/time.ts'
import type { FieldError } from '../../../../worker/errors.ts'
import { Comuna } from '../../../components/Comuna.tsx'
import { DateInput } from '../../../components/DateInput.tsx'
import { conCambio, Grupo, type Item } from '../../../components/Grupo.tsx'
import { Radios } from '../../../components/Radios.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { errorFor } from '../../../forms/validate.ts'
import { tf } from './i18n/index.ts'
import { ayuda, etiqueta, opcion } from './palabras.ts'
import { type Campo, clave, esFecha, itemsDe, PARTES, type Valores } from './respuestas.ts'

/** What drawing a question needs: its type, its answers and how to change them, its problems. */
interface CampoProps {
  tipo: string
  campo: Campo
  values: Valores
  set: (key: string, value: string) => void
  errors: FieldError[]
  /** The question is the page's: its label (or legend) is the page's h1. */
  asHeading?: boolean
  headingRef?: (element: HTMLElement) => void
  /** Within a repeated group: the item's place (its label says which: «Número del documento 2»). */
  index?: number
  /** Within a repeated group: the group's id, for the label (`documentos.numero`). */
  grupo?: string
}

/** Text boxes sized to what they hold (GOV.UK's widths), and the phone's keyboards. */
const TEXTO: Partial<
  Record<Campo['tipo'], { inputClass?: string; inputMode?: 'numeric'; type?: 'tel'; autocomplete?: string }>
> = {
  run: { inputClass: 'input--10' },
  imei: { inputClass: 'input--20', inputMode: 'numeric' },
  patente: { inputClass: 'input--10' },
  rit: { inputClass: 'input--10' },
  telefono: { inputClass: 'input--20', type: 'tel' },
  monto: { inputClass: 'input--10', inputMode: 'numeric' },
}

/** A date the citizen would type today, for the date's hint: a week ago, never a future one. */
function ejemplo(kind: 'fecha' | 'fecha_hora' | 'mes'): string {
  const [anio = '', mes = '', dia = ''] = localDate(new Date(Date.now() - 7 * 86_400_000)).split('-')
  const sinCero = (text: string) => String(Number(text))
  const date = kind === 'mes' ? `${sinCero(mes)} ${anio}` : `${sinCero(dia)} ${sinCero(mes)} ${anio}`
  return tf('fecha.ejemplo', { ejemplo: kind === 'fecha_hora' ? `${date}, 21:30` : date })
}

/**
 * One question, drawn by its kind (core/certificados/tipos.ts): a text box or a paragraph, a
 * date (GOV.UK's date input; with a time, a time box inside its fieldset; a month, without the
 * day), a comuna from Chile's list, options as radios, a repeated group of its own questions. Its
 * id is the API's field name (`respuestas.imei`), so an error summary's link lands on it.
 */
export function CampoInput(props: CampoProps) {
  const path = () => (props.grupo ? `${props.grupo}.${props.campo.id}` : props.campo.id)
  const id = () =>
    props.grupo && props.index !== undefined
      ? `respuestas.${props.grupo}.${props.index}.${props.campo.id}`
      : `respuestas.${props.campo.id}`
  const label = () => etiqueta(props.tipo, path(), props.index === undefined ? undefined : props.index + 1)
  const hint = () => ayuda(props.tipo, path())
  const error = () => errorFor(props.errors, id())
  const value = (key: string) => props.values[key] ?? ''
  const campo = props.campo
  return (
    <Switch>
      <Match when={esFecha(campo) && campo}>
        {(fecha) => (
          <DateInput
            id={id()}
            legend={label()}
            hint={[hint(), ejemplo(fecha().tipo)].filter(Boolean).join(' ')}
            error={error()}
            partes={PARTES[fecha().tipo].filter((parte) => parte !== 'hora') as ('dia' | 'mes' | 'anio')[]}
            words={{ dia: tf('fecha.dia'), mes: tf('fecha.mes'), anio: tf('fecha.anio') }}
            value={{
              dia: value(clave(campo.id, 'dia')),
              mes: value(clave(campo.id, 'mes')),
              anio: value(clave(campo.id, 'anio')),
            }}
            onInput={(parte, text) => props.set(clave(campo.id, parte), text)}
            hora={
              fecha().tipo === 'fecha_hora'
                ? {
                    label: tf('fecha.hora'),
                    value: value(clave(campo.id, 'hora')),
                    onInput: (text) => props.set(clave(campo.id, 'hora'), text),
                  }
                : undefined
            }
            asHeading={props.asHeading}
            headingRef={props.headingRef}
          />
        )}
      </Match>
      <Match when={campo.tipo === 'comuna'}>
        <Comuna
          id={id()}
          label={label()}
          hint={hint() ?? ayuda(props.tipo, 'comuna')}
          placeholder={tf('comuna.elija')}
          error={error()}
          value={value(campo.id)}
          onChange={(cut) => props.set(campo.id, cut)}
          asHeading={props.asHeading}
          headingRef={props.headingRef}
        />
      </Match>
      <Match when={campo.tipo === 'opcion' && campo}>
        {(opciones) => (
          <Radios
            id={id()}
            legend={label()}
            hint={hint()}
            error={error()}
            options={opciones().opciones.map((valor) => ({ value: valor, label: opcion(campo.id, valor) }))}
            value={value(campo.id)}
            onChange={(valor) => props.set(campo.id, valor)}
            asHeading={props.asHeading}
            headingRef={props.headingRef}
          />
        )}
      </Match>
      <Match when={campo.tipo === 'lista' && campo}>{(lista) => <Lista {...props} campo={lista()} />}</Match>
      <Match when={campo.tipo !== 'lista'}>
        <TextField
          id={id()}
          label={label()}
          hint={hint()}
          error={error()}
          value={value(campo.id)}
          onInput={(text) => props.set(campo.id, text)}
          multiline={campo.tipo === 'parrafo'}
          maxLength={
            campo.tipo === 'parrafo' || (campo.tipo === 'texto' && campo.max > 120) ? campo.max : undefined
          }
          inputClass={TEXTO[campo.tipo]?.inputClass}
          inputMode={TEXTO[campo.tipo]?.inputMode}
          type={TEXTO[campo.tipo]?.type}
          autocomplete="off"
          asHeading={props.asHeading}
          headingRef={props.headingRef}
        />
      </Match>
    </Switch>
  )
}

/**
 * A repeated group (a list of lost documents): the question as the page's heading, its hint, then
 * each item with its own questions, one to remove it, one to add another (components/Grupo.tsx).
 */
function Lista(props: CampoProps & { campo: Campo & { tipo: 'lista' } }) {
  const items = () => itemsDe(props.values, props.campo.id)
  const save = (next: Item[]) => props.set(props.campo.id, JSON.stringify(next))
  const word = (suffix: string, n?: number) =>
    tf(`${props.campo.id}.${suffix}` as Parameters<typeof tf>[0], n === undefined ? {} : { n })
  return (
    <div class={errorFor(props.errors, `respuestas.${props.campo.id}`) ? 'form-group form-group--error' : ''}>
      <h1 tabindex="-1" ref={(element) => props.headingRef?.(element)}>
        {etiqueta(props.tipo, props.campo.id)}
      </h1>
      <p class="hint ct-measure">{ayuda(props.tipo, props.campo.id)}</p>
      <div id={`respuestas.${props.campo.id}`} tabindex="-1">
        <Show when={errorFor(props.errors, `respuestas.${props.campo.id}`)}>
          {(message) => <p class="error-message">{message()}</p>}
        </Show>
        <Grupo
          items={items()}
          max={props.campo.max}
          words={{
            item: (n) => word('item', n),
            agregar: word('agregar'),
            quitar: (n) => word('quitar', n),
            ninguno: tf('grupo.ninguno'),
          }}
          onChange={save}
        >
          {(index) => (
            <For each={props.campo.campos}>
              {(sub) => (
                <CampoInput
                  tipo={props.tipo}
                  campo={sub}
                  grupo={props.campo.id}
                  index={index}
                  values={items()[index] ?? {}}
                  set={(key, text) => save(conCambio(items(), index, key, text))}
                  errors={props.errors}
                />
              )}
            </For>
          )}
        </Grupo>
      </div>
    </div>
  )
}
