import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { formatPatente } from '../../../core/identificadores.ts'
import { formatDate } from '../../i18n/dates.ts'
import type { VistaCaso } from '../casos/api.ts'
import { casoPath } from './api.ts'
import { tdn } from './i18n/index.ts'
import { estadoLabel } from './palabras.tsx'

type Coincidencia = VistaCaso['posiblesDuplicados'][number]['coincidencias'][number]

/** What two reports share, in staff's words: the IMEI, the plate as printed, the serial, the place's hour. */
function coincidenciaTexto({ tipo, valor }: Coincidencia): string {
  switch (tipo) {
    case 'imei':
      return tdn('dn.duplicados.imei', { valor })
    case 'patente':
      return tdn('dn.duplicados.patente', { valor: formatPatente(valor) })
    case 'serie':
      return tdn('dn.duplicados.serie', { valor })
    case 'lugar':
      return tdn('dn.duplicados.lugar', { hora: formatDate(valor) })
    default:
      return valor
  }
}

/**
 * The other reports of perhaps the same fact, whoever made them (the case view's
 * `posiblesDuplicados`: the same IMEI, plate or serial number, or the same comuna and hour): each
 * a link to its page (opening it is recorded, as this one's was), its state, and what matched.
 * Where this report may still be marked as a duplicate, each offers to fill that action with its
 * número (`onOriginal`); the analyst still confirms it below.
 */
export function Duplicados(props: { caso: VistaCaso; onOriginal: (numero: string) => void }) {
  const puedeMarcar = () => props.caso.acciones.includes('marcar_duplicado')
  return (
    <Show when={props.caso.posiblesDuplicados.length > 0}>
      <section aria-labelledby="duplicados-title" class="dn-duplicados">
        <h2 id="duplicados-title" class="heading-m">
          {tdn('dn.duplicados.title')}
        </h2>
        <p class="hint">{tdn('dn.duplicados.hint')}</p>
        <ul class="list">
          <For each={props.caso.posiblesDuplicados}>
            {(otro) => (
              <li>
                <A href={casoPath(otro.numero)}>{tdn('dn.duplicados.denuncia', { numero: otro.numero })}</A>{' '}
                <strong class="tag">{estadoLabel(otro.estado)}</strong>
                <ul class="list">
                  <For each={otro.coincidencias}>{(c) => <li>{coincidenciaTexto(c)}</li>}</For>
                </ul>
                <Show when={puedeMarcar()}>
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() => props.onOriginal(otro.numero)}
                  >
                    {tdn('dn.duplicados.usar', { numero: otro.numero })}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  )
}
