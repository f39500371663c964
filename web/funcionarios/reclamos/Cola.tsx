import { A } from '@solidjs/router'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { formatDate, formatDay } from '../../i18n/dates.ts'
import type { FilaCola } from '../casos/api.ts'
import { ListaCasos, TarjetaCaso } from '../casos/Cola.tsx'
import { Etiquetas } from '../casos/palabras.tsx'
import { StaffGate } from '../StaffGate.tsx'
import { COLA_API, casoPath } from './api.ts'
import { trc } from './i18n/index.ts'
import { plazoDe, plazoTexto, pr, SANTIAGO } from './palabras.tsx'

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
        />
      }
      filas={[
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
  const title = () => trc('rc.cola.title')
  usePageTitle(title)
  return (
    <StaffGate capacidad="reclamos.atender" forbidden={trc('rc.cola.forbidden')} title={title()}>
      {() => (
        <>
          <A href="/funcionarios" class="back-link">
            {trc('rc.back')}
          </A>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {title()}
          </h1>
          <p class="lead">{trc('rc.cola.lead')}</p>
          <ListaCasos p={pr} api={COLA_API} claves={[]} tarjeta={(fila) => <Tarjeta fila={fila} />} />
        </>
      )}
    </StaffGate>
  )
}
