import { A } from '@solidjs/router'
import { nombreTipoReclamo } from '../../../worker/reclamos/palabras.ts'
import { formatDate, formatDay } from '../../i18n/dates.ts'
import { locale } from '../../i18n/index.ts'
import type { FilaCola } from '../casos/api.ts'
import { ListaCasos, TarjetaCaso } from '../casos/Cola.tsx'
import { Etiquetas } from '../casos/palabras.tsx'
import { Pantalla } from '../Pantalla.tsx'
import { CIFRAS_PATH, COLA_API, casoPath } from './api.ts'
import { trc } from './i18n/index.ts'
import { plazoDe, plazoTexto, pr, Reabierto, SANTIAGO } from './palabras.tsx'

/** One complaint of the queue: its number, its state and legal clock in words, when and where. */
function Tarjeta(props: { fila: FilaCola }) {
  const f = () => props.fila
  return (
    <TarjetaCaso
      p={pr}
      fila={{ ...f(), vencida: plazoDe(f()).vencida }}
      href={casoPath(f().numero)}
      etiquetas={
        <Etiquetas
          p={pr}
          estado={f().estado}
          restanteMin={plazoDe(f()).restanteMin}
          vencida={plazoDe(f()).vencida}
          plazo={plazoTexto(plazoDe(f()))}
        >
          <Reabierto caso={f()} />
        </Etiquetas>
      }
      filas={[
        ...(f().tipo
          ? [{ key: trc('rc.col.tipo'), value: nombreTipoReclamo(locale(), f().tipo ?? '') }]
          : []),
        { key: trc('rc.col.recibido'), value: formatDate(f().creadoAt) },
        ...(f().venceAt ? [{ key: trc('rc.col.vence'), value: formatDay(f().venceAt ?? '', SANTIAGO) }] : []),
        ...(f().comuna
          ? [{ key: trc('rc.col.lugar'), value: [f().comuna, f().region].filter(Boolean).join(', ') }]
          : []),
      ]}
    />
  )
}

/**
 * `/funcionarios/reclamos`: the complaints office's queue (`reclamos.atender`) — the complaints
 * waiting for an answer, overdue first, each with its legal due date and the working days left,
 * an overdue one saying so in words beside its border. The list names no one.
 */
export function ColaReclamos() {
  return (
    <Pantalla
      volver={trc('rc.back')}
      capacidad="reclamos.atender"
      title={() => trc('rc.cola.title')}
      lead={trc('rc.cola.lead')}
      forbidden={trc('rc.cola.forbidden')}
    >
      {() => (
        <>
          <p>
            <A href={CIFRAS_PATH}>{trc('rc.menu.cifras')}</A>
          </p>
          <ListaCasos p={pr} api={COLA_API} claves={[]} tarjeta={(fila) => <Tarjeta fila={fila} />} />
        </>
      )}
    </Pantalla>
  )
}
