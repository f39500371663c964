import { eq, sql } from 'drizzle-orm'
import { comunas, reclamos, unidades } from '../../db/schema/index.ts'
import { archivosParaAdjuntar } from '../archivos/index.ts'
import { auditEntry } from '../audit.ts'
import { recibirCaso } from '../casos/recibir.ts'
import { personaRecibo } from '../casos/recibo.ts'
import { contar } from '../cifras/contar.ts'
import {
  alDia,
  correoConPdf,
  type DocumentPorts,
  enlaceVerificacion,
  guardarPdf,
  titularDe,
} from '../documents/emitir.ts'
import { AppError, invalidField } from '../errors.ts'
import { feriadosDelPlazoRead } from '../feriados.ts'
import type { Actor } from '../identity/actor.ts'
import { diasRestantes, venceReclamo } from '../plazos.ts'
import type { Database } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { type Loaded, readRows } from '../reads.ts'
import type { Planned, ServiceContext } from '../service.ts'
import type { Rules } from '../submission.ts'
import { insertRow } from '../writes.ts'
import { reclamoRecibidoMail } from './correo.ts'
import { RECLAMO } from './estados.ts'
import { reciboReclamoPdf } from './recibo.ts'
import { type ReclamoInput, type ReclamoView, revisarFechaReclamo } from './schema.ts'

const queries = preparedFor((db) => ({
  comuna: db
    .select({ name: comunas.name })
    .from(comunas)
    .where(eq(comunas.cut, sql.placeholder('comuna')))
    .prepare(),
  unidad: db
    .select({ code: unidades.code, name: unidades.name })
    .from(unidades)
    .where(eq(unidades.code, sql.placeholder('unidad')))
    .prepare(),
}))

/**
 * What a complaint reads before it is decided: that its comuna and its unit exist (the unit's
 * name for the answer), the evidence files it names, and the national holidays its term may
 * cross (decision 0051) — four statements in the submission's one read batch.
 */
export function reclamoReads(db: Database, input: ReclamoInput, recibido: Date) {
  return {
    feriados: feriadosDelPlazoRead(db, recibido),
    comuna: readRows(queries(db).comuna, { comuna: input.comunaCut }, (rows) => rows[0]?.name ?? null),
    unidad: readRows(queries(db).unidad, { unidad: input.unidadCode }, (rows) => rows[0]?.name ?? null),
    // A new case: it holds no file yet.
    archivos: archivosParaAdjuntar(input.archivos, null),
  }
}
type ReclamoLoaded = Loaded<ReturnType<typeof reclamoReads>>

/**
 * A citizen's complaint about police conduct: its comuna, unit and day checked, its case opened
 * (`recibido`, due in 20 working days) held by the complaints office — `casos.unidad_code` stays
 * null and the unit concerned is the complaint's own column —, the complaint as sent with who sent
 * it and how their identity was proven, its evidence attached, the audit entry (which names no
 * unit) and the figures' counter: one batch.
 *
 * @example
 * const planned = await planReclamo(ctx, { keys, locale: 'es' }, actor, input, loaded, numero)
 */
export async function planReclamo(
  ctx: ServiceContext,
  ports: DocumentPorts,
  actor: Actor,
  input: ReclamoInput,
  loaded: ReclamoLoaded,
  numero: string,
): Promise<Planned<ReclamoView> & { rules: Rules }> {
  const { run, identidad } = titularDe(actor)
  const now = ctx.clock.now()
  if (!loaded.comuna) throw invalidField('comunaCut', 'invalid_option')
  if (!loaded.unidad) throw invalidField('unidadCode', 'unidad_desconocida')
  const fecha = revisarFechaReclamo(input, now)
  if (fecha.length > 0) throw new AppError('validation_failed', { fields: fecha })
  const venceAt = venceReclamo(now, loaded.feriados)
  const { caso, adjunto, archivos, token } = await recibirCaso(
    {
      servicio: 'reclamo',
      numero,
      userId: actor.userId,
      estado: RECLAMO.maquina.inicial,
      venceAt,
      at: now,
      comunaCut: input.comunaCut,
      correo: input.email,
      locale: ports.locale,
    },
    ctx,
    loaded.archivos,
    ports.keys,
    'reclamo',
  )
  const respuestas = { funcionario: input.funcionario, testigos: input.testigos, archivos }
  // The receipt, in the file store before the batch under a fresh key: a batch that loses leaves an unused file.
  const pdf = await reciboReclamoPdf({
    numero,
    createdAt: now,
    venceAt,
    fecha: input.fecha,
    hora: input.hora ?? null,
    comuna: loaded.comuna,
    lugar: input.lugar,
    unidad: loaded.unidad,
    vehiculo: input.vehiculo ?? null,
    relato: input.relato,
    peticion: input.peticion,
    respuestas,
    reclamante: personaRecibo(actor, run, identidad, input),
    verificacion: enlaceVerificacion(token, ports.publicUrl),
    publicUrl: ports.publicUrl,
  })
  const pdfKey = await guardarPdf(ports.files, 'reclamos', numero, pdf)
  const { subject, text } = reclamoRecibidoMail[ports.locale]({
    nombre: actor.givenNames,
    numero,
    recibidoAt: now,
    venceAt,
    link: new URL(RECLAMO.pagina(numero), ports.publicUrl).toString(),
  })
  const row: typeof reclamos.$inferInsert = {
    casoId: caso.id,
    unidadCode: input.unidadCode,
    tipo: input.tipoReclamo,
    respuestas,
    hechoFecha: input.fecha,
    hechoHora: input.hora ?? null,
    comunaCut: input.comunaCut,
    lugar: input.lugar,
    vehiculo: input.vehiculo ?? null,
    relato: input.relato,
    peticion: input.peticion,
    run: run,
    nombres: actor.givenNames,
    apellidos: actor.familyNames,
    identidad,
    email: input.email,
    telefono: input.telefono ?? null,
    pdfKey,
    token,
    createdAt: now,
    depuradoAt: null,
  }
  const estado = RECLAMO.maquina.inicial
  return {
    rules: {
      counters: adjunto.counters,
      ...alDia({ run, identidad }, 'reclamo'),
    },
    writes: [
      ...caso.writes,
      insertRow(reclamos, row),
      // The figures per unit concerned and per kind (decision 0061), in the complaint's own batch.
      ...contar(ctx, 'reclamos_unidad', {
        evento: 'recibido',
        en: now,
        comuna: input.comunaCut,
        ambito: input.unidadCode,
      }),
      ...contar(ctx, 'reclamos_tipo', {
        evento: 'recibido',
        en: now,
        comuna: input.comunaCut,
        ambito: input.tipoReclamo,
      }),
      ...adjunto.writes,
      // The unit concerned is not in the audit line: the log is read more widely than the complaint.
      auditEntry(ctx, 'reclamo.filed', { type: 'caso', id: caso.id }, { comunaCut: input.comunaCut }),
      correoConPdf(now, ports.publicUrl, { to: input.email, subject, text }, pdfKey, `reclamo-${numero}.pdf`),
    ],
    result: {
      numero,
      estado,
      createdAt: now.toISOString(),
      venceAt: venceAt.toISOString(),
      fecha: input.fecha,
      unidad: loaded.unidad,
      historia: [{ at: now.toISOString(), estado, detalle: { accion: 'abrir' } }],
      // The whole view, as a read gives it: at the edge the shard shows this one until Turso has it.
      diasRestantes: diasRestantes(venceAt, now, loaded.feriados),
      puedeValorar: false,
      puedeReabrir: false,
    },
  }
}
