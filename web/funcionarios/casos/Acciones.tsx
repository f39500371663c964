import { createSignal, type JSX, Show } from 'solid-js'
import { Radios } from '../../components/Radios.tsx'
import { callApi } from '../../forms/api.ts'
import type { Form } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { t } from '../../i18n/index.ts'
import { casoApi, type VistaCaso } from './api.ts'
import type { Palabras } from './palabras.tsx'

/** An actions' form's answers: the action chosen and every field any of its actions asks. */
export type Respuestas = Record<string, string> & { accion: string }

/**
 * What a service tells the actions' block: each action's own questions (revealed under its radio),
 * the body the API takes, the sentence that says what confirming will do, the text quoted on the
 * confirmation (a question to the citizen, an answer), the params of its options' hints, and the
 * form's name of a field the API names otherwise (the close's `motivo`).
 */
export interface Servicio<A extends Respuestas> {
  campos: Record<string, () => JSX.Element>
  /** The body the API takes (a service's may nest: a family search's shared contact). */
  cuerpo: (values: A) => Record<string, unknown>
  queHara: (values: A) => string
  cita?: (values: A) => string | undefined
  pista?: Record<string, string>
  campoDelForm?: (campo: string, values: A) => string
  /** Where the action goes, when not the shared `POST /api/funcionarios/casos/:numero/acciones`. */
  ruta?: (values: A) => string | undefined
}

/**
 * What this staff member may do with the case now (the case view's `acciones`, and what the
 * service adds): radios, each revealing its questions, checked as the API checks them; then a
 * confirmation that says what will happen, and only then the API. One thing to do gets its button
 * alone. Problems go to the page's error summary through `form`; a colleague who acted first makes
 * a 409, said in words.
 */
export function Acciones<A extends Respuestas>(props: {
  p: Palabras
  caso: VistaCaso
  acciones: readonly string[]
  form: Form<A>
  servicio: Servicio<A>
  onDone: (accion: string, estado: string) => void
}) {
  const p = () => props.p
  const form = () => props.form
  const [confirmando, setConfirmando] = createSignal<A | undefined>()
  const [enviando, setEnviando] = createSignal(false)
  const unica = () => props.acciones.length === 1
  const confirmar = async (values: A) => {
    setEnviando(true)
    const ruta = props.servicio.ruta?.(values) ?? `${casoApi(props.caso.numero)}/acciones`
    const result = await callApi<{ estado: string }>('POST', ruta, props.servicio.cuerpo(values))
    setEnviando(false)
    setConfirmando(undefined)
    if (result.ok) return props.onDone(values.accion, result.body.estado)
    if (result.status === 409) return form().fail([{ field: 'body', message: p().t('acciones.conflicto') }])
    const nombre = props.servicio.campoDelForm ?? ((campo: string) => campo)
    form().fail(problemsOf(result).map((problem) => ({ ...problem, field: nombre(problem.field, values) })))
  }
  const opcion = (accion: string) => ({
    value: accion,
    label: p().palabra('op', accion),
    hint: p().known('op', `${accion}.hint`)?.(props.servicio.pista) ?? '',
  })
  const campo = () => props.servicio.campos[form().values().accion]
  return (
    <section aria-labelledby="acciones-title" class="cs-acciones">
      <h2 id="acciones-title" class="heading-m">
        {unica() ? p().palabra('op', props.acciones[0]) : p().t('acciones.title')}
      </h2>
      <Show
        when={confirmando()}
        fallback={
          <form
            novalidate
            onSubmit={form().onSubmit(async (values) => {
              setConfirmando(() => values)
            })}
          >
            <Show when={!unica()} fallback={<p>{opcion(props.acciones[0] ?? '').hint}</p>}>
              <Radios
                {...form().field('accion')}
                legend={p().t('acciones.legend')}
                options={props.acciones.map(opcion)}
              />
            </Show>
            <Show when={campo()}>{(revelado) => <div class="cs-revelado">{revelado()()}</div>}</Show>
            <button type="submit" class="button">
              {unica() ? p().palabra('op', props.acciones[0]) : p().t('acciones.continuar')}
            </button>
          </form>
        }
      >
        {(values) => (
          <div class="cs-confirmar">
            <h3
              class="heading-s"
              tabindex="-1"
              ref={(heading) => requestAnimationFrame(() => heading.focus())}
            >
              {p().t('confirmar.title')}
            </h3>
            <p>{props.servicio.queHara(values())}</p>
            <Show when={props.servicio.cita?.(values())}>
              {(cita) => <p class="cs-texto cs-cita">{cita()}</p>}
            </Show>
            <div class="button-group">
              <button
                type="button"
                class="button"
                disabled={enviando()}
                onClick={() => void confirmar(values())}
              >
                {enviando() ? t('form.sending') : p().t('confirmar.si')}
              </button>
              <button
                type="button"
                class="button button--secondary"
                onClick={() => setConfirmando(undefined)}
              >
                {p().t('confirmar.no')}
              </button>
            </div>
          </div>
        )}
      </Show>
    </section>
  )
}
