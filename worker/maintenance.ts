import { sweepFiscalia } from './casos/fiscalia/borde.ts'
import { deliverFiscalia } from './casos/fiscalia/envios.ts'
import { drainOutbox } from './mail/outbox.ts'
import { sweepOutbox } from './mail/queue.ts'
import type { Ports } from './ports.ts'
import { applyRetention } from './privacy/retention.ts'
import { avisarSupervisores } from './reclamos/aviso.ts'

/**
 * How long one run may spend sending e-mail before it does the rest of its work: under the Node
 * timer's 2 s, so a shutdown waits at most that long for the run in progress.
 */
const MAIL_BUDGET_MS = 1_500

/**
 * The background work of both runtimes: deliver due e-mail and denuncias for the Fiscalía (Node)
 * or queue what was never queued (the edge, whose Queue consumers deliver), and — unless told not
 * to — remind the complaints office's supervisors of complaints near their due date and apply
 * the data catalog's clocks. The embedded default runs it on a 2-second timer with the clocks once a minute, the
 * edge on a Cron Trigger each minute.
 *
 * @example
 * await runMaintenance(ports)
 */
export async function runMaintenance(
  ports: Ports,
  options: { retention: boolean } = { retention: true },
): Promise<void> {
  const { mailQueue, fiscaliaQueue } = ports
  if (mailQueue) await sweepOutbox({ ...ports, mailQueue })
  else await drainOutbox(ports, MAIL_BUDGET_MS)
  // Denuncias on their way to the Fiscalía: delivered here on Node, by the queue at the edge.
  if (fiscaliaQueue) await sweepFiscalia({ ...ports, fiscaliaQueue })
  else await deliverFiscalia(ports)
  if (options.retention) {
    // Once a minute with the clocks: complaints near their legal due date told to the office's supervisors.
    await avisarSupervisores({ ...ports, publicUrl: ports.config.publicUrl })
    // Every clock of the data catalog (db/catalog.ts), expired sessions and sent mail among them.
    await applyRetention(ports)
  }
}
