import { formatDate } from '../../i18n/dates.ts'
import type { FilaCola } from '../casos/api.ts'
import { ListaCasos, TarjetaCaso } from '../casos/Cola.tsx'
import { Etiquetas, tiempo } from '../casos/palabras.tsx'
import { Pantalla } from '../Pantalla.tsx'
import { BUSCAR, COLA_API, casoPath } from './api.ts'
import { tfe } from './i18n/index.ts'
import { pe } from './palabras.tsx'

/** How long a request has waited, in words («Recibida hace 3 d 4 h»). */
export const edad = (creadoAt: string) =>
  tfe('re.edad', { tiempo: tiempo(pe, (Date.now() - Date.parse(creadoAt)) / 60_000) })

/** One request of the queue: its number, its state and its age, when it came and where the person was last known. */
function Tarjeta(props: { fila: FilaCola }) {
  const f = () => props.fila
  return (
    <TarjetaCaso
      p={pe}
      fila={{ ...f(), vencida: false }}
      href={casoPath(f().numero)}
      etiquetas={
        <Etiquetas p={pe} estado={f().estado} vencida={false}>
          <strong class="tag tag--pending">{edad(f().creadoAt)}</strong>
        </Etiquetas>
      }
      filas={[
        { key: tfe('re.col.recibida'), value: formatDate(f().creadoAt) },
        ...(f().comuna
          ? [{ key: tfe('re.col.comuna'), value: [f().comuna, f().region].filter(Boolean).join(', ') }]
          : []),
      ]}
    />
  )
}

/**
 * `/funcionarios/reencuentro`: the reencuentro team's queue (`reencuentro.buscar`) — the open
 * requests, oldest first, each with its age. The list names no one.
 */
export function ColaReencuentro() {
  return (
    <Pantalla
      volver={tfe('re.back')}
      capacidad={BUSCAR}
      title={() => tfe('re.cola.title')}
      lead={tfe('re.cola.lead')}
      forbidden={tfe('re.cola.forbidden')}
    >
      {() => <ListaCasos p={pe} api={COLA_API} claves={[]} tarjeta={(fila) => <Tarjeta fila={fila} />} />}
    </Pantalla>
  )
}
