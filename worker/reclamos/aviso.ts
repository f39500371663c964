import { and, eq, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm'
import { capacidadesDe } from '../../core/capacidades.ts'
import { formatLocal, localDate } from '../../core/time.ts'
import { casos, comunas, reclamos, unidades, users } from '../../db/schema/index.ts'
import { formatNumero } from '../denuncias/numero.ts'
import { feriadosNacionalesRead } from '../feriados.ts'
import { enqueueMail } from '../mail/outbox.ts'
import { AVISO_SUPERVISOR_DIAS_HABILES, diasRestantes, sumarDiasCorridos } from '../plazos.ts'
import type { Database, Ports } from '../ports.ts'
import { readOne } from '../reads.ts'
import { runWrites, type Statement, type Write } from '../writes.ts'
import { RECLAMO } from './estados.ts'

/** Complaints looked at per run: a run each minute catches up with any backlog in minutes. */
const LOTE = 100
/**
 * Calendar days ahead that always hold two working days: a weekend and a long holiday weekend
 * (Fiestas Patrias: three days off in a row, plus a weekend) fit in ten.
 */
const VENTANA_DIAS = 10

/** What the sweep needs: the database, the clock, the portal's address for the link. */
export type AvisoPorts = Pick<Ports, 'db' | 'clock' | 'storage'> & { publicUrl: string }

/**
 * The complaints office's supervisors' reminder (decision 0055): each open complaint whose legal
 * due date is {@link AVISO_SUPERVISOR_DIAS_HABILES} working days away or less (or past) e-mails
 * the staff holding `reclamos.supervisar` — those of its region when their unit has one, all of
 * them otherwise — once per complaint. Its mark (`aviso_supervisor_at`) and its e-mails are one
 * batch, the e-mails inserted only if this run set the mark: two servers sweeping at once send
 * one reminder. Returns how many complaints were marked. Runs with the maintenance on both
 * runtimes (worker/maintenance.ts: the Node timer, the Workers' Cron Trigger).
 *
 * @example
 * await avisarSupervisores({ db, clock, publicUrl })
 */
export async function avisarSupervisores(ports: AvisoPorts): Promise<number> {
  const { db, clock } = ports
  const now = clock.now()
  const hoy = localDate(now)
  const hasta = sumarDiasCorridos(hoy, VENTANA_DIAS)
  const candidatos = await db
    .select({ casoId: casos.id, numero: casos.numero, venceAt: casos.venceAt, region: comunas.regionCode })
    .from(casos)
    .innerJoin(reclamos, eq(reclamos.casoId, casos.id))
    .leftJoin(comunas, eq(comunas.cut, casos.comunaCut))
    .where(
      and(
        eq(casos.servicio, 'reclamo'),
        inArray(casos.estado, [...RECLAMO.maquina.aceptaInformacion]),
        isNotNull(casos.venceAt),
        lte(casos.venceAt, new Date(now.getTime() + (VENTANA_DIAS + 1) * 86_400_000)),
        isNull(reclamos.avisoSupervisorAt),
      ),
    )
    .limit(LOTE)
  if (candidatos.length === 0) return 0
  const desde =
    [hoy, ...candidatos.flatMap((c) => (c.venceAt ? [localDate(c.venceAt)] : []))].sort()[0] ?? hoy
  const feriados = await readOne(db, feriadosNacionalesRead(db, desde, hasta))
  const debidos = candidatos.filter(
    (c) => c.venceAt !== null && diasRestantes(c.venceAt, now, feriados) <= AVISO_SUPERVISOR_DIAS_HABILES,
  )
  if (debidos.length === 0) return 0
  const supervisores = await supervisoresDeReclamos(db)
  const domain = new URL(ports.publicUrl).hostname
  let marcados = 0
  for (const reclamo of debidos) {
    const para = supervisores.filter((s) => s.region === null || s.region === reclamo.region)
    const writes: Write[] = [
      db
        .update(reclamos)
        .set({ avisoSupervisorAt: now })
        .where(and(eq(reclamos.casoId, reclamo.casoId), isNull(reclamos.avisoSupervisorAt))),
      ...para.map((s) =>
        siMarcado(
          enqueueMail(
            now,
            domain,
            correoDeAviso(reclamo.numero, reclamo.venceAt ?? now, ports.publicUrl, s.email),
          ),
          reclamo.casoId,
          now,
        ),
      ),
    ]
    await runWrites(ports, writes)
    marcados += 1
  }
  return marcados
}

/**
 * An e-mail's INSERT made conditional on this run's mark on the complaint: `insert … select …
 * where exists (the mark at this instant)`, in the batch after the mark's UPDATE — if another
 * run marked it first, the UPDATE changes nothing and no e-mail is inserted.
 */
function siMarcado(insert: Statement, casoId: string, now: Date): Statement {
  const marcado = `exists (select 1 from "reclamos" where "caso_id" = ? and "aviso_supervisor_at" = ?)`
  return {
    sql: insert.sql.replace(/ values \((.*)\)$/s, ` select $1 where ${marcado}`),
    args: [...(Array.isArray(insert.args) ? insert.args : []), casoId, now.getTime()],
  }
}

/** The staff who supervise the office, with their e-mail and their unit's region (null: national). */
async function supervisoresDeReclamos(db: Database) {
  const filas = await db
    .select({
      kind: users.kind,
      role: users.role,
      capacidades: users.capacidades,
      email: users.email,
      region: comunas.regionCode,
    })
    .from(users)
    .leftJoin(unidades, eq(unidades.code, users.unidadCode))
    .leftJoin(comunas, eq(comunas.cut, unidades.comunaCut))
    .where(
      and(
        eq(users.kind, 'staff'),
        isNull(users.disabledAt),
        isNotNull(users.email),
        // A grant names the capability; an account without grants has its role's (an administrator's has it).
        or(
          sql`${users.capacidades} like '%"reclamos.supervisar"%'`,
          and(isNull(users.capacidades), eq(users.role, 'admin')),
        ),
      ),
    )
  return filas.flatMap((f) =>
    f.email && capacidadesDe(f).includes('reclamos.supervisar') ? [{ email: f.email, region: f.region }] : [],
  )
}

/** The reminder: the número, the due date and a link to the office's case page; nothing of the complaint. */
function correoDeAviso(numero: string, venceAt: Date, publicUrl: string, to: string) {
  const link = new URL(`/funcionarios/casos/${numero}`, publicUrl).toString()
  return {
    to,
    subject: `Reclamo N° ${formatNumero(numero)}: vence el ${formatLocal(venceAt)}`,
    text: `Hola:

El reclamo N° ${formatNumero(numero)} está a ${AVISO_SUPERVISOR_DIAS_HABILES} días hábiles o menos de su plazo legal de respuesta (Ley 19.880, art. 24), que vence el ${formatLocal(venceAt)} (hora de Chile continental), y la oficina de reclamos aún no lo responde ni lo deriva.

Revíselo en la Comisaría Virtual, con su sesión de funcionario:

${link}

Este correo no incluye los datos del reclamo ni de quien reclamó.
`,
  }
}
