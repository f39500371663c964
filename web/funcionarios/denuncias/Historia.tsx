import { For, Show } from 'solid-js'
import { formatDate } from '../../i18n/dates.ts'
import type { EntradaHistoria, VistaCaso } from './api.ts'
import { tdn } from './i18n/index.ts'
import { known, palabra, tipoLabel } from './palabras.tsx'

/** What an entry says happened, with the detail it carries (the unit, the Fiscalía and RUC, the reason). */
function queHizo(entrada: EntradaHistoria): string {
  const d = entrada.detalle
  const key = known('dn.accion', entrada.accion)
  if (!key) return palabra('dn.estado', entrada.estado)
  return tdn(key, {
    unidad: d.unidad_nombre ?? d.unidad ?? '',
    fiscalia: d.fiscalia_nombre ?? d.fiscalia ?? '',
    ruc: d.ruc ?? '',
    tipo: tipoLabel(d.tipo),
    motivo: palabra('dn.motivo', d.motivo),
    numero: d.numero_anterior ?? d.numero_duplicado ?? '',
  })
}

/** Further lines of an entry: the earlier report's número, where to go, the type before. */
function notas(entrada: EntradaHistoria): string[] {
  const d = entrada.detalle
  return [
    ...(entrada.accion === 'cerrar' && d.numero_anterior
      ? [tdn('dn.accion.numeroAnterior', { numero: d.numero_anterior })]
      : []),
    ...(d.donde_acudir ? [tdn('dn.accion.dondeAcudir', { texto: d.donde_acudir })] : []),
    ...(d.tipo_anterior ? [tdn('dn.accion.tipoAnterior', { tipo: tipoLabel(d.tipo_anterior) })] : []),
  ]
}

/** Who: the officer by name and unit, the citizen, or the system. */
function quien(entrada: EntradaHistoria): string {
  if (entrada.actor.tipo === 'ciudadano') return tdn('dn.actor.ciudadano')
  if (entrada.actor.tipo === 'sistema' || !entrada.actor.nombre) return tdn('dn.actor.sistema')
  return entrada.actor.unidad
    ? tdn('dn.actor.funcionario', { nombre: entrada.actor.nombre, unidad: entrada.actor.unidad })
    : entrada.actor.nombre
}

/** The dated history, oldest first, every entry with who and when (append-only: nothing is edited). */
export function Historia(props: { historia: VistaCaso['historia'] }) {
  return (
    <section aria-labelledby="historia-title">
      <h2 id="historia-title" class="heading-m">
        {tdn('dn.caso.historia')}
      </h2>
      <ol class="dn-historia">
        <For each={props.historia}>
          {(entrada) => (
            <li>
              <p class="dn-historia__que">{queHizo(entrada)}</p>
              <For each={notas(entrada)}>{(nota) => <p>{nota}</p>}</For>
              <p class="hint">
                <time datetime={entrada.at}>{formatDate(entrada.at)}</time> · {quien(entrada)}
              </p>
            </li>
          )}
        </For>
      </ol>
    </section>
  )
}

/** The questions asked and the citizen's answers, and what they added unasked. */
export function Preguntas(props: { preguntas: VistaCaso['preguntas'] }) {
  return (
    <Show when={props.preguntas.length > 0}>
      <section aria-labelledby="preguntas-title">
        <h2 id="preguntas-title" class="heading-m">
          {tdn('dn.caso.preguntas')}
        </h2>
        <For each={props.preguntas}>
          {(p) => (
            <div class="dn-pregunta">
              <Show
                when={p.pregunta}
                fallback={
                  <>
                    <p class="dn-pregunta__cuando">
                      {tdn('dn.caso.informacion', { fecha: formatDate(p.at) })}
                    </p>
                    <p class="dn-texto">{p.respuesta}</p>
                  </>
                }
              >
                {(pregunta) => (
                  <>
                    <p class="dn-pregunta__cuando">{tdn('dn.caso.pregunta', { fecha: formatDate(p.at) })}</p>
                    <p class="dn-texto">{pregunta()}</p>
                    <Show when={p.respondidaAt} fallback={<p class="hint">{tdn('dn.caso.sinRespuesta')}</p>}>
                      {(at) => (
                        <>
                          <p class="dn-pregunta__cuando">
                            {tdn('dn.caso.respuesta', { fecha: formatDate(at()) })}
                          </p>
                          <p class="dn-texto">{p.respuesta}</p>
                        </>
                      )}
                    </Show>
                  </>
                )}
              </Show>
            </div>
          )}
        </For>
      </section>
    </Show>
  )
}
