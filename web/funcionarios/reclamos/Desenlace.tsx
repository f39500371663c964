import { For, Show } from 'solid-js'
import { formatDate } from '../../i18n/dates.ts'
import type { VistaCaso } from '../casos/api.ts'
import { Intercambio } from '../casos/Historia.tsx'
import { trc } from './i18n/index.ts'
import { pr } from './palabras.tsx'

/** An object's text field, when it has one. */
const texto = (objeto: unknown, campo: string): string | undefined => {
  if (typeof objeto !== 'object' || objeto === null || !(campo in objeto)) return undefined
  const value: unknown = Reflect.get(objeto, campo)
  return typeof value === 'string' && value !== '' ? value : undefined
}

/**
 * The office's requests to units for their account and what each answered, oldest first — the
 * case's detail's `descargos` (worker/reclamos: the office's read; the unit's own read never
 * carries who complained).
 */
export function Descargos(props: { caso: VistaCaso }) {
  const lista = () => {
    const value = props.caso.detalle.descargos
    return Array.isArray(value) ? value : []
  }
  return (
    <Show when={lista().length > 0}>
      <section aria-labelledby="descargos-title">
        <h2 id="descargos-title" class="heading-m">
          {trc('rc.caso.descargos')}
        </h2>
        <For each={lista()}>
          {(d) => (
            <Intercambio
              pregunta={{
                cuando: trc('rc.caso.descargo.pedido', {
                  unidad: texto(d, 'unidad') ?? '',
                  fecha: formatDate(texto(d, 'pedidoAt') ?? ''),
                }),
                texto: texto(d, 'pedido') ?? '',
              }}
              respuesta={(() => {
                const at = texto(d, 'descargoAt')
                return at
                  ? {
                      cuando: trc('rc.caso.descargo.dado', { fecha: formatDate(at) }),
                      texto: texto(d, 'descargo') ?? '',
                    }
                  : undefined
              })()}
              pendiente={trc('rc.caso.descargo.pendiente')}
            />
          )}
        </For>
      </section>
    </Show>
  )
}

/** How the complaint ended: the office's answer as sent, or where it was referred and why. */
export function Desenlace(props: { caso: VistaCaso }) {
  const respuesta = () => props.caso.detalle.respuesta
  const derivacion = () => props.caso.detalle.derivacion
  return (
    <>
      <Show when={texto(respuesta(), 'at')}>
        {(at) => (
          <section aria-labelledby="respuesta-title">
            <h2 id="respuesta-title" class="heading-m">
              {trc('rc.caso.respuestaOficina')}
            </h2>
            <p class="cs-pregunta__cuando">{trc('rc.caso.respondido', { fecha: formatDate(at()) })}</p>
            <p class="cs-texto">{texto(respuesta(), 'texto')}</p>
          </section>
        )}
      </Show>
      <Show when={texto(derivacion(), 'at')}>
        {(at) => (
          <section aria-labelledby="derivacion-title">
            <h2 id="derivacion-title" class="heading-m">
              {trc('rc.caso.derivacion')}
            </h2>
            <p class="cs-pregunta__cuando">
              {trc('rc.caso.derivado', {
                destino: pr.palabra('destino', texto(derivacion(), 'destino')),
                donde: texto(derivacion(), 'donde') ?? '',
                fecha: formatDate(at()),
              })}
            </p>
            <p class="cs-texto">{texto(derivacion(), 'motivo')}</p>
          </section>
        )}
      </Show>
    </>
  )
}
