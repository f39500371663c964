import { and, eq, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm'
import { addCalendar, RETENCION } from '../../core/retention.ts'
import { localDate } from '../../core/time.ts'
import type { TablaCatalogo } from '../../db/catalog.ts'
import {
  archivos,
  auditLog,
  authFlows,
  avisosLegales,
  borradores,
  casos,
  casosPreguntas,
  certificados,
  condolenciaReportes,
  condolencias,
  constanciasVoto,
  denuncias,
  denunciasClaves,
  elecciones,
  felicitaciones,
  fiscaliaEnvios,
  informacionAnalistas,
  informacionAnalistasClaves,
  informacionArchivos,
  informacionClavesEnvueltas,
  informaciones,
  mfaChallenges,
  permisos,
  permisosRechazados,
  reclamos,
  reclamosDescargos,
  reclamosValoraciones,
  reencuentroConsultas,
  reencuentros,
  reencuentrosNotas,
  restriccionesPenitenciarias,
  restriccionesSanitarias,
  sessions,
  solicitudesDatos,
  users,
  userTokens,
  validacionesVoto,
} from '../../db/schema/index.ts'
import { archivosRule, borrarArchivosDeCasos } from '../archivos/retencion.ts'
import { rowId } from '../ids.ts'
import { borrarSubidasAnonimas, informacionArchivosRule } from '../informacion/archivos.ts'
import { analistasDesactivados } from '../informacion/retencion.ts'
import { purgeSentMail } from '../mail/outbox.ts'
import { purgeExpiredKeys } from '../middleware/idempotency.ts'
import { purgeRateLimits } from '../middleware/rate-limit.ts'
import type { Database, Ports } from '../ports.ts'
import { insertRow, runWrites } from '../writes.ts'

/** Rows one rule changes in one run: a run stays short, the next one goes on. */
const BATCH = 500

type RetentionPorts = Pick<Ports, 'db' | 'files' | 'clock' | 'storage'>

/** One table's clock: what it changes in this run (rows touched), given the time now. */
type Rule = (ports: RetentionPorts, now: Date) => Promise<number>

const before = (now: Date, amount: Parameters<typeof addCalendar>[1]) =>
  addCalendar(now, {
    dias: amount.dias ? -amount.dias : undefined,
    meses: amount.meses ? -amount.meses : undefined,
    anos: amount.anos ? -amount.anos : undefined,
  })

type Keyed = typeof auditLog | typeof permisos | typeof permisosRechazados | typeof users | typeof borradores

/** The first BATCH rows of a table that `where` picks, by key: what one run of a rule changes. */
function firstBatch(db: Database, table: Keyed, where: SQL | undefined): SQL {
  // A table keyed by two columns (a draft: account and form) is picked by its rowid.
  const key = 'id' in table ? sql`${table.id}` : sql`rowid`
  return inArray(
    key,
    db
      .select({ id: key })
      .from(table as typeof auditLog)
      .where(where)
      .limit(BATCH),
  )
}

/**
 * Constancias whose clock ran out: validated or rejected ones two years after their election, the
 * ones never validated 30 days after their window closed. The signed PDF is deleted first (a run
 * cut short deletes it again), then the row keeps only its code, election, comuna, channel and
 * state: the figures and `/verificar` ("depurada") still work.
 */
const constanciasVotoRule: Rule = async (ports, now) => {
  const { db, files } = ports
  const decided = localDate(before(now, { anos: RETENCION.constanciaVotoAnos }))
  const never = before(now, { dias: RETENCION.constanciaVencidaDias })
  // Election by election (a handful), each through the index of what is still to purge: the
  // running election's constancias are never read.
  const expired = await db
    .select({ id: elecciones.id, fecha: elecciones.fecha })
    .from(elecciones)
    .where(lt(elecciones.ventanaFin, never))
  const due: { id: string; pdfKey: string | null }[] = []
  for (const eleccion of expired) {
    if (due.length >= BATCH) break
    due.push(
      ...(await db
        .select({ id: constanciasVoto.id, pdfKey: validacionesVoto.pdfKey })
        .from(constanciasVoto)
        .leftJoin(validacionesVoto, eq(validacionesVoto.constanciaId, constanciasVoto.id))
        .where(
          and(
            eq(constanciasVoto.eleccionId, eleccion.id),
            isNull(constanciasVoto.depuradaAt),
            // Past two years every one goes; before, only those never validated.
            eleccion.fecha < decided ? undefined : eq(constanciasVoto.estado, 'pendiente'),
          ),
        )
        .limit(BATCH - due.length)),
    )
  }
  if (due.length === 0) return 0
  for (const { pdfKey } of due) if (pdfKey) await files.delete(pdfKey)
  const ids = due.map((d) => d.id)
  await runWrites(ports, [
    db
      .update(constanciasVoto)
      .set({
        run: sql`'~' || ${constanciasVoto.id}`,
        nombres: '',
        apellidos: '',
        fechaNacimiento: '',
        email: '',
        telefono: '',
        userId: null,
        motivoRechazo: null,
        depuradaAt: now,
      })
      .where(inArray(constanciasVoto.id, ids)),
    db
      .update(validacionesVoto)
      .set({
        documentoTipo: null,
        documentoNumero: null,
        documentoVencimiento: null,
        justificacion: null,
        motivoRechazo: null,
        token: null,
        pdfKey: null,
      })
      .where(inArray(validacionesVoto.constanciaId, ids)),
  ])
  return ids.length
}

/**
 * Cases five years after they closed: number, service, state and dates stay; nothing points to a
 * person; the questions' and answers' text, and the files sent with the case (worker/archivos),
 * go. The service's own table (what the request says) has its own rule.
 */
const casosRule: Rule = async (ports, now) => {
  const { db } = ports
  const due = await db
    .select({ id: casos.id })
    .from(casos)
    .where(and(isNull(casos.depuradoAt), lt(casos.cerradoAt, before(now, { anos: RETENCION.casoAnos }))))
    .limit(BATCH)
  if (due.length === 0) return 0
  const ids = due.map((d) => d.id)
  // Their files first (photos, videos of the offence): a run cut short picks the cases again.
  await borrarArchivosDeCasos(ports, ids)
  await runWrites(ports, [
    db.update(casos).set({ userId: null, correo: null, depuradoAt: now }).where(inArray(casos.id, ids)),
    db
      .update(casosPreguntas)
      .set({ pregunta: null, respuesta: null })
      .where(inArray(casosPreguntas.casoId, ids)),
  ])
  return ids.length
}

/**
 * The rows of a service's own table whose case was pseudonymised (above) and which are not yet:
 * a batch of them has its receipt deleted from the file store first (a run cut short deletes it
 * again), then `writes` clears what the service keeps of the person, in one batch.
 *
 * @example
 * const reclamosRule: Rule = (ports, now) => trasSuCaso(ports, reclamos, (ids) => [db.update(reclamos)…])
 */
async function trasSuCaso(
  ports: RetentionPorts,
  tabla: typeof denuncias | typeof reclamos | typeof reencuentros,
  writes: (ids: string[]) => Parameters<typeof runWrites>[1],
): Promise<number> {
  const due = await ports.db
    .select({ casoId: tabla.casoId, pdfKey: tabla.pdfKey })
    .from(tabla)
    .innerJoin(casos, eq(casos.id, tabla.casoId))
    .where(and(isNull(tabla.depuradoAt), isNotNull(casos.depuradoAt)))
    .limit(BATCH)
  if (due.length === 0) return 0
  for (const { pdfKey } of due) if (pdfKey) await ports.files.delete(pdfKey)
  await runWrites(ports, writes(due.map((d) => d.casoId)))
  return due.length
}

/** What a service keeps of the person, cleared: their identity and contact, the receipt's key and token. */
const SIN_PERSONA = {
  nombres: '',
  apellidos: '',
  email: '',
  telefono: null,
  lugar: '',
  relato: '',
  pdfKey: null,
  token: '',
}

/**
 * A denuncia once its case was pseudonymised: its offence, dates and comunas stay for the
 * figures; who made it, what they wrote, the people they named, the receipt and the keys that
 * matched it with other reports (its IMEIs, plate, place and hour) go.
 */
const denunciasRule: Rule = (ports, now) =>
  trasSuCaso(ports, denuncias, (ids) => [
    ports.db
      .update(denuncias)
      .set({
        ...SIN_PERSONA,
        run: sql`'~' || ${denuncias.casoId}`,
        lat: null,
        lon: null,
        respuestas: { objetos: [], detalles: {}, sospechosos: [], testigos: [], archivos: [] },
        depuradoAt: now,
      })
      .where(inArray(denuncias.casoId, ids)),
    ports.db.delete(denunciasClaves).where(inArray(denunciasClaves.casoId, ids)),
  ])

/**
 * A complaint once its case was pseudonymised: the unit concerned, the day and the comuna stay for
 * the figures; who complained, what they wrote, the officer and witnesses they named, what they
 * asked for and the receipt go.
 */
const reclamosRule: Rule = async (ports, now) => {
  // The answer's PDF goes first, as the receipt does in trasSuCaso (a run cut short deletes it again).
  const respuestas = await ports.db
    .select({ key: reclamos.respuestaPdfKey })
    .from(reclamos)
    .innerJoin(casos, eq(casos.id, reclamos.casoId))
    .where(and(isNull(reclamos.depuradoAt), isNotNull(casos.depuradoAt), isNotNull(reclamos.respuestaPdfKey)))
    .limit(BATCH)
  for (const { key } of respuestas) if (key) await ports.files.delete(key)
  return trasSuCaso(ports, reclamos, (ids) => [
    ports.db
      .update(reclamos)
      .set({
        ...SIN_PERSONA,
        run: sql`'~' || ${reclamos.casoId}`,
        vehiculo: null,
        peticion: '',
        respuestas: { funcionario: {}, testigos: [], archivos: [] },
        respuestaTexto: null,
        respuestaPdfKey: null,
        respuestaToken: null,
        derivacionMotivo: null,
        reaperturaMotivo: null,
        depuradoAt: now,
      })
      .where(inArray(reclamos.casoId, ids)),
    // The unit's account and what the office asked it go with the complaint.
    ports.db.delete(reclamosDescargos).where(inArray(reclamosDescargos.casoId, ids)),
  ])
}

/**
 * A family search once its case was pseudonymised (decision 0064): the relationship, the years,
 * the comuna and the outcome stay for the figures; who asked, whom they sought, what they wrote,
 * what the person found shared, where a death was told, the team's notes and the receipt go.
 */
const reencuentrosRule: Rule = (ports, now) =>
  trasSuCaso(ports, reencuentros, (ids) => [
    ports.db
      .update(reencuentros)
      .set({
        run: sql`'~' || ${reencuentros.casoId}`,
        nombres: '',
        apellidos: '',
        email: '',
        telefono: null,
        pdfKey: null,
        token: '',
        buscadoNombres: '',
        buscadoApellidos: '',
        buscadoRun: null,
        nacimientoAnio: null,
        ultimoLugar: null,
        motivoDistancia: null,
        mensaje: '',
        contactoNombre: null,
        contactoCorreo: null,
        contactoTelefono: null,
        mensajeRespuesta: null,
        informadoLugar: null,
        informadoPor: null,
        depuradoAt: now,
      })
      .where(inArray(reencuentros.casoId, ids)),
    ports.db.delete(reencuentrosNotas).where(inArray(reencuentrosNotas.casoId, ids)),
  ])

/**
 * Constancias five years after they were issued: code, type, date, comuna and annulment stay (a
 * verification then says it was purged); who asked, what they declared and the PDF go.
 */
const certificadosRule: Rule = async (ports, now) => {
  const { db, files } = ports
  const due = await db
    .select({ id: certificados.id, pdfKey: certificados.pdfKey })
    .from(certificados)
    .where(
      and(
        isNull(certificados.depuradoAt),
        lt(certificados.createdAt, before(now, { anos: RETENCION.certificadoAnos })),
      ),
    )
    .limit(BATCH)
  if (due.length === 0) return 0
  // The PDF first: a run cut short deletes it again.
  for (const { pdfKey } of due) if (pdfKey) await files.delete(pdfKey)
  await runWrites(ports, [
    db
      .update(certificados)
      .set({
        run: sql`'~' || ${certificados.id}`,
        userId: null,
        nombres: '',
        apellidos: '',
        respuestas: {},
        pdfKey: null,
        token: '',
        motivoAnulacion: null,
        depuradoAt: now,
      })
      .where(
        inArray(
          certificados.id,
          due.map((d) => d.id),
        ),
      ),
  ])
  return due.length
}

/** Permits a year after they ended: code, type, comuna and dates stay; nothing points to a person. */
const permisosRule: Rule = async ({ db }, now) => {
  const due = and(
    isNull(permisos.depuradoAt),
    lt(permisos.fin, before(now, { meses: RETENCION.permisoMeses })),
  )
  const purged = await db
    .update(permisos)
    .set({
      run: sql`'~' || ${permisos.id}`,
      nombres: '',
      apellidos: '',
      destino: '',
      campos: {},
      token: '',
      userId: null,
      motivoRevocacion: null,
      depuradoAt: now,
    })
    .where(firstBatch(db, permisos, due))
  return purged.rowsAffected
}

/** A refusal on a registry's answer: after six months, who it was and the answer itself go. */
const permisosRechazadosRule: Rule = async ({ db }, now) => {
  const cutoff = before(now, { meses: RETENCION.permisoRechazadoMeses })
  const people = await db
    .update(permisosRechazados)
    .set({ userId: null })
    .where(
      firstBatch(
        db,
        permisosRechazados,
        and(isNotNull(permisosRechazados.userId), lt(permisosRechazados.at, cutoff)),
      ),
    )
  return people.rowsAffected
}

const auditRule: Rule = async ({ db }, now) => {
  const old = await db
    .delete(auditLog)
    .where(firstBatch(db, auditLog, lt(auditLog.at, before(now, { anos: RETENCION.auditoriaAnos }))))
  const addresses = await db
    .update(auditLog)
    .set({ clientAddress: null })
    .where(
      firstBatch(
        db,
        auditLog,
        and(
          isNotNull(auditLog.clientAddress),
          lt(auditLog.at, before(now, { dias: RETENCION.direccionRedDias })),
        ),
      ),
    )
  // The registry's answer behind a refusal (health or prison data) goes with the refusal's clock.
  const reasons = await db
    .update(auditLog)
    .set({ detail: null })
    .where(
      firstBatch(
        db,
        auditLog,
        and(
          eq(auditLog.action, 'permiso.refused'),
          isNotNull(auditLog.detail),
          lt(auditLog.at, before(now, { meses: RETENCION.permisoRechazadoMeses })),
        ),
      ),
    )
  return old.rowsAffected + addresses.rowsAffected + reasons.rowsAffected
}

/**
 * Accounts: a citizen's, five years after the last sign-in, once nothing kept still points to it
 * (its records' own clocks cut those links); a disabled officer's, five years after, keeps only
 * its id and unit, so that what they did still says which unit did it.
 */
const usersRule: Rule = async ({ db }, now) => {
  const idle = before(now, { anos: RETENCION.cuentaInactivaAnos })
  const citizens = await db.delete(users).where(
    firstBatch(
      db,
      users,
      and(
        eq(users.kind, 'citizen'),
        lt(sql`coalesce(${users.lastLoginAt}, ${users.createdAt})`, idle.getTime()),
        sql`not exists (select 1 from ${constanciasVoto} where ${constanciasVoto.userId} = ${users.id})`,
        sql`not exists (select 1 from ${permisos} where ${permisos.userId} = ${users.id})`,
        sql`not exists (select 1 from ${certificados} where ${certificados.userId} = ${users.id})`,
        sql`not exists (select 1 from ${permisosRechazados} where ${permisosRechazados.userId} = ${users.id})`,
        sql`not exists (select 1 from ${avisosLegales} where ${avisosLegales.userId} = ${users.id})`,
        sql`not exists (select 1 from ${archivos} where ${archivos.userId} = ${users.id})`,
        sql`not exists (select 1 from ${felicitaciones} where ${felicitaciones.userId} = ${users.id})`,
        // A case keeps its citizen until its own clock (casosRule) lets go of them.
        sql`not exists (select 1 from ${casos} where ${casos.userId} = ${users.id})`,
      ),
    ),
  )
  const retired = await db
    .update(users)
    .set({
      run: null,
      givenNames: 'Funcionario',
      familyNames: 'retirado',
      email: null,
      phone: null,
      passwordHash: null,
      totpSecret: null,
    })
    .where(
      and(
        eq(users.kind, 'staff'),
        lt(users.disabledAt, before(now, { anos: RETENCION.funcionarioRetiradoAnos })),
        isNotNull(users.email),
      ),
    )
  return citizens.rowsAffected + retired.rowsAffected
}

const avisosRule: Rule = async (ports, now) => {
  const { db } = ports
  const decided = localDate(before(now, { anos: RETENCION.constanciaVotoAnos }))
  const gone = await db
    .delete(avisosLegales)
    .where(
      inArray(
        avisosLegales.eleccionId,
        db.select({ id: elecciones.id }).from(elecciones).where(lt(elecciones.fecha, decided)),
      ),
    )
  return gone.rowsAffected
}

const condolenciaReportesRule: Rule = async ({ db }, now) => {
  const gone = await db
    .delete(condolenciaReportes)
    .where(lt(condolenciaReportes.createdAt, before(now, { dias: RETENCION.condolenciaReporteDias })))
  return gone.rowsAffected
}

const condolenciasRule: Rule = async ({ db }, now) => {
  const gone = await db
    .delete(condolencias)
    .where(
      or(
        and(
          eq(condolencias.estado, 'rechazado'),
          lt(condolencias.moderadoAt, before(now, { dias: RETENCION.condolenciaOcultaDias })),
        ),
        lt(condolencias.receivedAt, before(now, { anos: RETENCION.condolenciaAnos })),
      ),
    )
  return gone.rowsAffected
}

const ended = (now: Date) => localDate(before(now, { dias: RETENCION.restriccionTerminadaDias }))

/** Each rule by the table whose clock it keeps; a clock in db/catalog.ts without a rule fails a test. */
export const RETENTION_RULES: Partial<Record<TablaCatalogo, Rule>> = {
  users: usersRule,
  sessions: async ({ db }, now) =>
    (await db.delete(sessions).where(lt(sessions.expiresAt, now))).rowsAffected,
  auth_flows: async ({ db }, now) =>
    (await db.delete(authFlows).where(lt(authFlows.expiresAt, now))).rowsAffected,
  user_tokens: async ({ db }, now) =>
    (await db.delete(userTokens).where(lt(userTokens.expiresAt, now))).rowsAffected,
  mfa_challenges: async ({ db }, now) =>
    (await db.delete(mfaChallenges).where(lt(mfaChallenges.expiresAt, now))).rowsAffected,
  // Counters of Node servers sharing one database (decision 0021); elsewhere the table is empty.
  rate_limits: async ({ db }, now) => purgeRateLimits(db, now),
  idempotency_keys: async ({ db }, now) => purgeExpiredKeys(db, now),
  outbox: async ({ db }, now) => purgeSentMail(db, now),
  audit_log: auditRule,
  constancias_voto: constanciasVotoRule,
  // Purged with their constancia (above): the rule is the constancia's.
  validaciones_voto: async () => 0,
  avisos_legales: avisosRule,
  permisos: permisosRule,
  certificados: certificadosRule,
  casos: casosRule,
  // Uploads never finished or never sent; a case's files go with its rule (above).
  archivos: archivosRule,
  // After the case's rule: a case pseudonymised in this run has its denuncia's follow at once.
  denuncias: denunciasRule,
  // After the case's rule too.
  reclamos: reclamosRule,
  // After the case's rule too; its notes go with it (the rule is the search's).
  reencuentros: reencuentrosRule,
  reencuentros_notas: async () => 0,
  // Deleted with their complaint's pseudonymisation (above): the rule is the complaint's.
  reclamos_descargos: async () => 0,
  // A complaint pseudonymised (above): whether its answers satisfied stays for the figures, what
  // the complainant wrote of them goes.
  reclamos_valoraciones: async ({ db }) =>
    (
      await db
        .update(reclamosValoraciones)
        .set({ comentario: null })
        .where(
          and(
            isNotNull(reclamosValoraciones.comentario),
            inArray(
              reclamosValoraciones.casoId,
              db.select({ id: reclamos.casoId }).from(reclamos).where(isNotNull(reclamos.depuradoAt)),
            ),
          ),
        )
    ).rowsAffected,
  // Deleted with their denuncia's pseudonymisation (above): the rule is the denuncia's.
  denuncias_claves: async () => 0,
  // Cleared with their case (above): the rule is the case's.
  casos_preguntas: async () => 0,
  // A family search pseudonymised (above): which registry was asked, when and by whom stays; the
  // RUN asked and the reason go.
  reencuentro_consultas: async ({ db }) =>
    (
      await db
        .update(reencuentroConsultas)
        .set({ run: null, motivo: null })
        .where(
          and(
            isNotNull(reencuentroConsultas.run),
            inArray(
              reencuentroConsultas.casoId,
              db.select({ id: casos.id }).from(casos).where(isNotNull(casos.depuradoAt)),
            ),
          ),
        )
    ).rowsAffected,
  // What was sent goes when the RUC arrives (worker/casos/fiscalia/envios.ts), in that batch; this
  // clears any received row that still holds it (none, unless written otherwise).
  fiscalia_envios: async ({ db }) =>
    (
      await db
        .update(fiscaliaEnvios)
        .set({ payload: null })
        .where(and(isNotNull(fiscaliaEnvios.recibidoAt), isNotNull(fiscaliaEnvios.payload)))
    ).rowsAffected,
  permisos_rechazados: permisosRechazadosRule,
  condolencias: condolenciasRule,
  condolencia_reportes: condolenciaReportesRule,
  felicitaciones: async ({ db }, now) =>
    (
      await db
        .delete(felicitaciones)
        .where(lt(felicitaciones.createdAt, before(now, { anos: RETENCION.felicitacionAnos })))
    ).rowsAffected,
  informaciones: async (ports, now) => {
    const vencido = lt(informaciones.dia, localDate(before(now, { anos: RETENCION.informacionAnos })))
    // A tip's files first (their parts in the file store, then their rows): the tip's own go next.
    await borrarSubidasAnonimas(
      ports,
      inArray(
        informacionArchivos.informacionId,
        ports.db.select({ id: informaciones.id }).from(informaciones).where(vencido),
      ),
    )
    return (await ports.db.delete(informaciones).where(vencido)).rowsAffected
  },
  // A tipster's uploads never sent with a tip (decision 0046).
  informacion_archivos: informacionArchivosRule,
  // Deleted with their tip by the foreign key's cascade (above): the rule is the tip's.
  informacion_estados: async () => 0,
  informacion_mensajes: async () => 0,
  informacion_notas: async () => 0,
  informacion_analistas: async ({ db }) => analistasDesactivados(db, informacionAnalistas),
  informacion_analistas_claves: async ({ db }) => analistasDesactivados(db, informacionAnalistasClaves),
  informacion_claves_envueltas: async ({ db }) => analistasDesactivados(db, informacionClavesEnvueltas),
  borradores: async ({ db }, now) =>
    (
      await db
        .delete(borradores)
        .where(
          firstBatch(db, borradores, lt(borradores.updatedAt, before(now, { dias: RETENCION.borradorDias }))),
        )
    ).rowsAffected,
  solicitudes_datos: async ({ db }, now) =>
    (
      await db
        .delete(solicitudesDatos)
        .where(lt(solicitudesDatos.resueltaAt, before(now, { anos: RETENCION.solicitudDatosAnos })))
    ).rowsAffected,
  restricciones_sanitarias: async ({ db }, now) =>
    (await db.delete(restriccionesSanitarias).where(lt(restriccionesSanitarias.hasta, ended(now))))
      .rowsAffected,
  restricciones_penitenciarias: async ({ db }, now) =>
    (await db.delete(restriccionesPenitenciarias).where(lt(restriccionesPenitenciarias.hasta, ended(now))))
      .rowsAffected,
}

/**
 * Applies every clock of the catalog once (each rule touches at most BATCH rows, so a backlog
 * clears over several runs), and leaves an audit entry of what changed when anything did.
 *
 * @example
 * await applyRetention(ports) // { permisos: 500, sessions: 12, … }
 */
export async function applyRetention(
  ports: RetentionPorts & Pick<Ports, 'storage'>,
): Promise<Record<string, number>> {
  const now = ports.clock.now()
  const changed: Record<string, number> = {}
  for (const [table, rule] of Object.entries(RETENTION_RULES)) {
    const count = await rule(ports, now)
    if (count > 0) changed[table] = count
  }
  const counted = Object.keys(changed).filter((t) => !EXPIRING.has(t))
  if (counted.length > 0) {
    await runWrites(ports, [
      insertRow(auditLog, {
        id: rowId(),
        at: now,
        actorKind: 'system',
        action: 'retention.applied',
        detail: Object.fromEntries(counted.map((t) => [t, changed[t]])),
      }),
    ])
  }
  return changed
}

/** Short-lived machinery whose expiry is not worth an audit entry every run. */
const EXPIRING = new Set([
  'sessions',
  'auth_flows',
  'user_tokens',
  'mfa_challenges',
  'rate_limits',
  'idempotency_keys',
  'outbox',
])
