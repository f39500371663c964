import { For, Show } from 'solid-js'
import { formatDate } from '../../i18n/dates.ts'
import type { EntradaHistoria, VistaCaso } from './api.ts'
import type { Palabras } from './palabras.tsx'

/**
 * How a service tells an entry of its history: the words' params from the entry's detail (the
 * unit, the Fiscalía, the reason), and further lines (where to go, the type before).
 */
export interface Relato {
  params?: (entrada: EntradaHistoria) => Record<string, string>
  notas?: (entrada: EntradaHistoria) => string[]
}

/** Who: the officer by name and unit, the citizen, or the system. */
function quien(p: Palabras, entrada: EntradaHistoria): string {
  if (entrada.actor.tipo === 'ciudadano') return p.t('actor.ciudadano')
  if (entrada.actor.tipo === 'sistema' || !entrada.actor.nombre) return p.t('actor.sistema')
  return entrada.actor.unidad
    ? p.t('actor.funcionario', { nombre: entrada.actor.nombre, unidad: entrada.actor.unidad })
    : entrada.actor.nombre
}

/**
 * The dated history, oldest first, every entry with what happened (`accion.<x>` of the service's
 * words, else its state), who and when (append-only: nothing is edited).
 */
export function Historia(props: { p: Palabras; historia: VistaCaso['historia']; relato?: Relato }) {
  const queHizo = (entrada: EntradaHistoria) =>
    props.p.known('accion', entrada.accion)?.(props.relato?.params?.(entrada) ?? {}) ??
    props.p.palabra('estado', entrada.estado)
  return (
    <section aria-labelledby="historia-title">
      <h2 id="historia-title" class="heading-m">
        {props.p.t('caso.historia')}
      </h2>
      <ol class="cs-historia">
        <For each={props.historia}>
          {(entrada) => (
            <li>
              <p class="cs-historia__que">{queHizo(entrada)}</p>
              <For each={props.relato?.notas?.(entrada) ?? []}>{(nota) => <p>{nota}</p>}</For>
              <p class="hint">
                <time datetime={entrada.at}>{formatDate(entrada.at)}</time> · {quien(props.p, entrada)}
              </p>
            </li>
          )}
        </For>
      </ol>
    </section>
  )
}

/**
 * One exchange: what was asked and when, then the answer and when — or that none came yet.
 *
 * @example
 * <Intercambio pregunta={{ cuando: 'Pregunta del 4 de diciembre', texto: '¿…?' }} pendiente="Todavía sin respuesta." />
 */
export function Intercambio(props: {
  pregunta: { cuando: string; texto: string }
  respuesta?: { cuando: string; texto: string } | undefined
  pendiente: string
}) {
  return (
    <div class="cs-pregunta">
      <p class="cs-pregunta__cuando">{props.pregunta.cuando}</p>
      <p class="cs-texto">{props.pregunta.texto}</p>
      <Show when={props.respuesta} fallback={<p class="hint">{props.pendiente}</p>}>
        {(respuesta) => (
          <>
            <p class="cs-pregunta__cuando">{respuesta().cuando}</p>
            <p class="cs-texto">{respuesta().texto}</p>
          </>
        )}
      </Show>
    </div>
  )
}

/** The questions asked and the citizen's answers, and what they added unasked. */
export function Preguntas(props: { p: Palabras; preguntas: VistaCaso['preguntas'] }) {
  const p = () => props.p
  return (
    <Show when={props.preguntas.length > 0}>
      <section aria-labelledby="preguntas-title">
        <h2 id="preguntas-title" class="heading-m">
          {p().t('caso.preguntas')}
        </h2>
        <For each={props.preguntas}>
          {(q) => (
            <Show
              when={q.pregunta}
              fallback={
                <div class="cs-pregunta">
                  <p class="cs-pregunta__cuando">{p().t('caso.informacion', { fecha: formatDate(q.at) })}</p>
                  <p class="cs-texto">{q.respuesta}</p>
                </div>
              }
            >
              {(pregunta) => (
                <Intercambio
                  pregunta={{
                    cuando: p().t('caso.pregunta', { fecha: formatDate(q.at) }),
                    texto: pregunta(),
                  }}
                  respuesta={
                    q.respondidaAt
                      ? {
                          cuando: p().t('caso.respuesta', { fecha: formatDate(q.respondidaAt) }),
                          texto: q.respuesta ?? '',
                        }
                      : undefined
                  }
                  pendiente={p().t('caso.sinRespuesta')}
                />
              )}
            </Show>
          )}
        </For>
      </section>
    </Show>
  )
}
