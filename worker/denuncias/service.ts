import { and, desc, eq, gte, lte, or, type SQL, sql } from 'drizzle-orm'
import { formatRun } from '../../core/run.ts'
import { localInstant, startOfLocalDay } from '../../core/time.ts'
import {
  casos,
  comunas,
  denuncias,
  denunciasClaves,
  type RespuestasDenuncia,
  users,
} from '../../db/schema/index.ts'
import { archivosParaAdjuntar } from '../archivos/index.ts'
import { auditEntry } from '../audit.ts'
import { historiaCiudadano } from '../casos/historia.ts'
import { recibirCaso } from '../casos/recibir.ts'
import { personaRecibo } from '../casos/recibo.ts'
import { casosSuyos } from '../casos/suyos.ts'
import {
  alDia,
  correoConPdf,
  type DocumentPorts,
  enlaceVerificacion,
  guardarPdf,
  titularDe,
} from '../documents/emitir.ts'
import { AppError, invalidField } from '../errors.ts'
import { distanceKm } from '../geo.ts'
import type { Actor } from '../identity/actor.ts'
import type { Database } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { type Loaded, readRows } from '../reads.ts'
import type { Planned, ServiceContext } from '../service.ts'
import type { Rules } from '../submission.ts'
import { insertRow } from '../writes.ts'
import { clavesDeDenuncia } from './claves.ts'
import type { PosiblesDuplicadosQuery } from './consulta.ts'
import { denunciaRecibidaMail } from './correo.ts'
import { reciboPdf } from './recibo.ts'
import { type DenunciaInput, type DenunciaView, revisarCuando } from './schema.ts'

/** Triage within a day: the case's first due date (issue 15). */
export const PLAZO_REVISION_MS = 24 * 3_600_000
/** How close an earlier report of the same offence must be to be shown as perhaps the same. */
export const DUPLICADO_KM = 3
const DIA_MS = 86_400_000

const queries = preparedFor((db) => ({
  comunas: db
    .select({ cut: comunas.cut, name: comunas.name })
    .from(comunas)
    .where(or(eq(comunas.cut, sql.placeholder('hecho')), eq(comunas.cut, sql.placeholder('domicilio'))))
    .prepare(),
}))

/**
 * What a report reads before it is decided: the names of its two comunas (where it happened, where
 * the complainant lives), which must exist, and the evidence files it names (worker/archivos).
 * Two statements, in the submission's one read batch.
 */
export function denunciaReads(db: Database, input: DenunciaInput) {
  return {
    comunas: readRows(
      queries(db).comunas,
      { hecho: input.comunaCut, domicilio: input.comunaDomicilio },
      (rows) => new Map(rows.map((row) => [row.cut, row.name])),
    ),
    // A new case: it holds no file yet.
    archivos: archivosParaAdjuntar(input.archivos, null),
  }
}
type DenunciaLoaded = Loaded<ReturnType<typeof denunciaReads>>

type Row = typeof denuncias.$inferSelect
type Caso = Pick<typeof casos.$inferSelect, 'numero' | 'estado' | 'createdAt' | 'venceAt'>

/** A report as its citizen sees it, with its history (oldest first). */
export function viewOf(
  row: Pick<Row, 'tipo' | 'hechoDesde' | 'hechoHasta' | 'lugar' | 'nombres' | 'apellidos'>,
  caso: Caso,
  comuna: string,
  historia: DenunciaView['historia'],
): DenunciaView {
  return {
    numero: caso.numero,
    tipo: row.tipo,
    estado: caso.estado,
    createdAt: caso.createdAt.toISOString(),
    venceAt: caso.venceAt?.toISOString() ?? null,
    hechoDesde: row.hechoDesde.toISOString(),
    hechoHasta: row.hechoHasta?.toISOString() ?? null,
    comuna,
    lugar: row.lugar,
    denunciante: `${row.nombres} ${row.apellidos}`.trim(),
    historia,
  }
}

/** The caller's reports with their case and the comuna's name, newest first. */
function propiasDonde(db: Database, actor: Actor, where?: SQL) {
  return db
    .select({
      row: denuncias,
      caso: {
        id: casos.id,
        numero: casos.numero,
        estado: casos.estado,
        createdAt: casos.createdAt,
        venceAt: casos.venceAt,
      },
      comuna: comunas.name,
    })
    .from(denuncias)
    .innerJoin(casos, eq(casos.id, denuncias.casoId))
    .innerJoin(comunas, eq(comunas.cut, denuncias.comunaCut))
    .where(and(casosSuyos(actor, denuncias), where))
    .orderBy(desc(casos.createdAt))
}

/** The signed-in citizen's reports, newest first ("Mis trámites"), without their history. */
export async function misDenuncias(ctx: Pick<ServiceContext, 'db'>, actor: Actor): Promise<DenunciaView[]> {
  const rows = await propiasDonde(ctx.db, actor)
  return rows.map((r) => viewOf(r.row, r.caso, r.comuna, []))
}

/** One of the citizen's own reports, with its dated history; another person's is simply not found. */
export async function denunciaPropia(
  ctx: Pick<ServiceContext, 'db'>,
  actor: Actor,
  numero: string,
): Promise<{ view: DenunciaView; pdfKey: string | null }> {
  const [found] = await propiasDonde(ctx.db, actor, eq(casos.numero, numero))
  if (!found) throw new AppError('not_found')
  const view = viewOf(found.row, found.caso, found.comuna, await historiaCiudadano(ctx.db, found.caso.id))
  return { view, pdfKey: found.row.pdfKey }
}

/**
 * The caller's earlier reports that may be of the same fact (issue 15, point 6): the same offence,
 * happened within a day of the date given, and within {@link DUPLICADO_KM} km of the point given
 * (when both have one), else in the same comuna.
 */
export async function posiblesDuplicados(
  ctx: Pick<ServiceContext, 'db'>,
  actor: Actor,
  query: PosiblesDuplicadosQuery,
): Promise<DenunciaView[]> {
  const day = startOfLocalDay(query.fecha).getTime()
  const rows = await propiasDonde(
    ctx.db,
    actor,
    and(
      eq(denuncias.tipo, query.tipo),
      gte(denuncias.hechoDesde, new Date(day - DIA_MS)),
      lte(denuncias.hechoDesde, new Date(day + 2 * DIA_MS)),
    ),
  )
  const cerca = (row: Row) => {
    if (query.lat !== undefined && query.lon !== undefined && row.lat !== null && row.lon !== null)
      return distanceKm({ lat: query.lat, lon: query.lon }, { lat: row.lat, lon: row.lon }) <= DUPLICADO_KM
    return query.comuna !== undefined && row.comunaCut === query.comuna
  }
  return rows.filter((r) => cerca(r.row)).map((r) => viewOf(r.row, r.caso, r.comuna, []))
}

/**
 * What the form shows before the citizen types: who is reporting and how their identity was
 * proven, and the contact details it prefills — the account's e-mail and phone, and the home
 * comuna of their last report.
 */
export async function fichaDenuncia(ctx: Pick<ServiceContext, 'db'>, actor: Actor) {
  const [[cuenta], [ultima]] = await Promise.all([
    ctx.db.select({ phone: users.phone }).from(users).where(eq(users.id, actor.userId)),
    propiasDonde(ctx.db, actor).limit(1),
  ])
  return {
    titular: {
      nombre: `${actor.givenNames} ${actor.familyNames}`.trim(),
      run: actor.run ? formatRun(actor.run) : null,
      identidad: actor.runProof === 'claveunica' ? ('claveunica' as const) : ('self' as const),
    },
    contacto: {
      email: actor.email ?? ultima?.row.email ?? '',
      telefono: cuenta?.phone ?? ultima?.row.telefono ?? '',
      comunaDomicilio: ultima?.row.comunaDomicilio ?? '',
    },
  }
}
export type FichaDenuncia = Awaited<ReturnType<typeof fichaDenuncia>>

/**
 * The INSERTs of a report's likely-duplicate keys, one a key: `insertRow`'s texts are built once,
 * where one drizzle INSERT of all the rows costs 50–70 µs to build per report (8 µs this way for
 * the usual two keys; decision 0037).
 */
function clavesDe(row: Row) {
  return clavesDeDenuncia(row).map((clave) => insertRow(denunciasClaves, { casoId: row.casoId, ...clave }))
}

/**
 * A citizen's report: its comunas and its time checked (never in the future, within what the law
 * can still prosecute), its case opened (`recibida`, due for review in 24 hours), the report as
 * sent with who sent it and how their identity was proven, the keys that find other reports of
 * the same fact (worker/denuncias/claves.ts), its signed receipt (PDF in the file
 * store, written before the batch under a fresh key: a batch that loses leaves only an unused
 * file), the audit entry, the figures' counter and the e-mail with the receipt — one batch.
 */
export async function planDenuncia(
  ctx: ServiceContext,
  ports: DocumentPorts,
  actor: Actor,
  input: DenunciaInput,
  loaded: DenunciaLoaded,
  numero: string,
): Promise<Planned<DenunciaView> & { rules: Rules }> {
  const { run, identidad } = titularDe(actor)
  const now = ctx.clock.now()
  const comuna = loaded.comunas.get(input.comunaCut)
  const domicilio = loaded.comunas.get(input.comunaDomicilio)
  if (!comuna) throw invalidField('comunaCut', 'invalid_option')
  if (!domicilio) throw invalidField('comunaDomicilio', 'invalid_option')
  const cuando = revisarCuando(input, now)
  if (cuando.length > 0) throw new AppError('validation_failed', { fields: cuando })
  const venceAt = new Date(now.getTime() + PLAZO_REVISION_MS)
  const { caso, adjunto, archivos, token } = await recibirCaso(
    {
      servicio: 'denuncia',
      numero,
      userId: actor.userId,
      estado: 'recibida',
      venceAt,
      at: now,
      // The complainant's home decides the unit and the Fiscalía (the jurisdiction table).
      comunaCut: input.comunaDomicilio,
      correo: input.email,
      locale: ports.locale,
    },
    ctx,
    // The evidence joins the case in the same batch, or the report is refused naming `archivos`.
    loaded.archivos,
    ports.keys,
    'denuncia',
  )
  const verificacion = enlaceVerificacion(token, ports.publicUrl)
  const respuestas: RespuestasDenuncia = {
    objetos: input.objetos ?? [],
    detalles: input.detalles ?? {},
    sospechosos: input.sospechosos,
    testigos: input.testigos,
    archivos,
  }
  const hechoDesde = localInstant(input.desdeFecha, input.desdeHora)
  const hechoHasta =
    input.hastaFecha && input.hastaHora ? localInstant(input.hastaFecha, input.hastaHora) : null
  const pdf = await reciboPdf(
    {
      numero,
      createdAt: now,
      venceAt,
      tipo: input.tipo,
      hechoDesde,
      hechoHasta,
      comuna,
      lugar: input.lugar,
      punto: input.punto ?? null,
      relato: input.relato,
      respuestas,
      denunciante: { ...personaRecibo(actor, run, identidad, input), comunaDomicilio: domicilio },
      verificacion,
      publicUrl: ports.publicUrl,
    },
    archivos,
  )
  const pdfKey = await guardarPdf(ports.files, 'denuncias', numero, pdf)
  const row: Row = {
    casoId: caso.id,
    tipo: input.tipo,
    respuestas,
    hechoDesde,
    hechoHasta,
    comunaCut: input.comunaCut,
    lugar: input.lugar,
    lat: input.punto?.lat ?? null,
    lon: input.punto?.lon ?? null,
    relato: input.relato,
    run: run,
    nombres: actor.givenNames,
    apellidos: actor.familyNames,
    identidad,
    email: input.email,
    telefono: input.telefono ?? null,
    comunaDomicilio: input.comunaDomicilio,
    pdfKey,
    token,
    createdAt: now,
    depuradoAt: null,
  }
  const { subject, text } = denunciaRecibidaMail[ports.locale]({
    nombre: actor.givenNames,
    numero,
    tipo: input.tipo,
    recibidaAt: now,
    venceAt,
    link: new URL(`/denuncias/${numero}`, ports.publicUrl).toString(),
  })
  const view = viewOf(row, { numero, estado: 'recibida', createdAt: now, venceAt }, comuna, [
    { at: now.toISOString(), estado: 'recibida', detalle: {} },
  ])
  return {
    // At the edge the citizen's shard shows it on their pages before Turso has it (decision 0023).
    rules: {
      counters: adjunto.counters,
      ...alDia({ run, identidad }, 'denuncia'),
    },
    writes: [
      ...caso.writes,
      insertRow(denuncias, row),
      // What another citizen's report of the same fact would share with it (decision 0037).
      ...clavesDe(row),
      ...adjunto.writes,
      auditEntry(
        ctx,
        'denuncia.filed',
        { type: 'caso', id: caso.id },
        { tipo: input.tipo, comunaCut: input.comunaCut },
      ),
      correoConPdf(
        now,
        ports.publicUrl,
        { to: input.email, subject, text },
        pdfKey,
        `denuncia-${numero}.pdf`,
      ),
    ],
    result: view,
  }
}
