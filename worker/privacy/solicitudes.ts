import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import * as v from 'valibot'
import { addCalendar, RETENCION } from '../../core/retention.ts'
import { formatRun } from '../../core/run.ts'
import {
  avisosLegales,
  borradores,
  condolencias,
  constanciasVoto,
  felicitaciones,
  memoriales,
  permisos,
  solicitudesDatos,
  users,
} from '../../db/schema/index.ts'
import { subidasSinEnviarDe } from '../archivos/retencion.ts'
import { auditEntry } from '../audit.ts'
import { contar } from '../cifras/contar.ts'
import { randomCode } from '../codes.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { ownedBy } from '../identity/owned-by.ts'
import { rowId } from '../ids.ts'
import type { FileStore } from '../ports.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { insertRow, type Write } from '../writes.ts'
import { lecturaDeDatos } from './accesos.ts'
import { misDatos, type RegistroPersonal, solicitudBase } from './mis-datos.ts'
import {
  campoRectificable,
  correccion,
  type RegistroRectificable,
  TABLA_DE_REGISTRO,
} from './rectificables.ts'
import type { RectificacionInput, RespuestaInput } from './schema.ts'

/** Whether a record the citizen names is theirs and still holds their data: one key look-up. */
async function esPropio(ctx: ServiceContext, actor: Actor, tipo: RegistroRectificable, id: string) {
  if (tipo === 'cuenta') return id === actor.userId
  const table = tipo === 'permiso' ? permisos : constanciasVoto
  const purged = tipo === 'permiso' ? permisos.depuradoAt : constanciasVoto.depuradaAt
  const [found] = await ctx.db
    .select({ id: table.id })
    .from(table as typeof permisos)
    .where(and(eq(table.id, id), ownedBy(actor, table), isNull(purged)))
  return found !== undefined
}

/**
 * A citizen asks to correct a field of one of their records: checked now (the record is theirs,
 * the field may be corrected, the new value is valid), answered by staff within the legal term.
 */
export async function planRectificacion(
  ctx: ServiceContext,
  actor: Actor,
  input: RectificacionInput,
): Promise<Planned<{ code: string; estado: 'pendiente'; venceAt: string }>> {
  const field = campoRectificable(input.registroTipo, input.campo)
  if (!field) throw invalidField('campo', 'invalid_option')
  const checked = v.safeParse(field.schema, input.valor)
  if (!checked.success) {
    const key = checked.issues[0]?.message
    throw invalidField('valor', key && /^[a-z_]+$/.test(key) ? key : 'invalid')
  }
  if (!(await esPropio(ctx, actor, input.registroTipo, input.registroId))) throw new AppError('not_found')
  const now = ctx.clock.now()
  const id = rowId()
  const code = randomCode()
  const venceAt = addCalendar(now, { dias: RETENCION.respuestaSolicitudDias })
  return {
    writes: [
      insertRow(solicitudesDatos, {
        id,
        code,
        userId: actor.userId,
        tipo: 'rectificacion',
        registroTipo: input.registroTipo,
        registroId: input.registroId,
        campo: input.campo,
        valorSolicitado: checked.output,
        explicacion: input.explicacion ?? null,
        estado: 'pendiente',
        createdAt: now,
        venceAt,
      }),
      auditEntry(
        ctx,
        'mis_datos.rectification_requested',
        { type: 'solicitud_datos', id: code },
        {
          registroTipo: input.registroTipo,
          campo: input.campo,
        },
      ),
    ],
    result: { code, estado: 'pendiente', venceAt: venceAt.toISOString() },
  }
}

interface Supresion {
  code: string
  suprimidos: { tipo: string; code: string | null }[]
  conservados: { tipo: string; code: string | null; motivo: string | null; hasta: string | null }[]
  cuentaEliminada: boolean
}

/**
 * A citizen asks to erase their data: what the law lets go goes now (a constancia never
 * validated, its legal notice, and the account once nothing kept depends on it); the rest is
 * kept with its reason and date. The answer is recorded as a resolved request, unless the
 * account itself went (then only the audit entry remains, naming no one).
 */
export async function planSupresion(
  ctx: ServiceContext,
  actor: Actor,
  files: FileStore,
): Promise<Planned<Supresion>> {
  const datos = await misDatos(ctx, actor)
  const now = ctx.clock.now()
  const code = randomCode()
  const personales = datos.registros.filter((r) => r.tipo !== 'solicitud_datos')
  const [borrar, conservar] = [
    personales.filter((r) => r.supresion.posible),
    personales.filter((r) => !r.supresion.posible),
  ]
  const of = (tipo: RegistroPersonal['tipo']) => borrar.filter((r) => r.tipo === tipo).map((r) => r.id)
  const cuentaEliminada = borrar.some((r) => r.tipo === 'cuenta')
  const result: Supresion = {
    code,
    suprimidos: borrar.map((r) => ({ tipo: r.tipo, code: r.code })),
    conservados: conservar.map((r) => ({
      tipo: r.tipo,
      code: r.code,
      motivo: r.supresion.motivo,
      hasta: r.supresion.hasta,
    })),
    cuentaEliminada,
  }
  const writes: Write[] = []
  const constancias = of('constancia_voto')
  if (constancias.length > 0) {
    const rows = await ctx.db.select().from(constanciasVoto).where(inArray(constanciasVoto.id, constancias))
    writes.push(ctx.db.delete(constanciasVoto).where(inArray(constanciasVoto.id, constancias)))
    // The figures count rows: a request that no longer exists is taken back from them.
    for (const row of rows) {
      writes.push(
        ...contar(ctx, 'constancias_voto', {
          evento: 'solicitada',
          en: row.createdAt,
          comuna: row.comunaVotacionCut,
          ambito: row.eleccionId,
          n: -1,
        }),
      )
    }
  }
  const avisos = of('aviso_legal')
  if (avisos.length > 0) {
    writes.push(
      ctx.db
        .delete(avisosLegales)
        .where(and(eq(avisosLegales.userId, actor.userId), inArray(avisosLegales.eleccionId, avisos))),
    )
  }
  const felicitadas = of('felicitacion')
  if (felicitadas.length > 0) {
    // A commendation stays with the unit it thanked, no longer tied to the person nor signed.
    writes.push(
      ctx.db
        .update(felicitaciones)
        .set({ userId: null, firma: null })
        .where(and(eq(felicitaciones.userId, actor.userId), inArray(felicitaciones.id, felicitadas))),
    )
  }
  const mensajes = of('condolencia')
  if (mensajes.length > 0) {
    // Written with consent: erased at once (their reports go with them, ON DELETE CASCADE); the
    // memorials they were on move their version, so that no cached first page keeps them.
    const suyos = and(eq(condolencias.autorId, actor.userId), inArray(condolencias.id, mensajes))
    writes.push(
      ctx.db
        .update(memoriales)
        .set({ version: sql`${memoriales.version} + 1`, updatedAt: now })
        .where(
          inArray(
            memoriales.id,
            ctx.db.select({ id: condolencias.memorialId }).from(condolencias).where(suyos),
          ),
        ),
      ctx.db.delete(condolencias).where(suyos),
    )
  }
  if (cuentaEliminada) {
    // Uploads never sent with a request go too (their parts now, their rows in this batch).
    writes.push(...(await subidasSinEnviarDe({ db: ctx.db, files }, actor.userId)))
    // A commendation stays with the unit it thanked, no longer tied to the person nor signed.
    writes.push(
      ctx.db
        .update(felicitaciones)
        .set({ userId: null, firma: null })
        .where(eq(felicitaciones.userId, actor.userId)),
    )
    // Sessions, one-time links, drafts and the requests go with it (ON DELETE CASCADE).
    writes.push(ctx.db.delete(users).where(eq(users.id, actor.userId)))
  } else {
    // Forms begun and never sent (decision 0034): no purpose keeps them.
    writes.push(ctx.db.delete(borradores).where(eq(borradores.userId, actor.userId)))
    writes.push(
      insertRow(solicitudesDatos, {
        id: rowId(),
        code,
        userId: actor.userId,
        tipo: 'supresion',
        estado: 'resuelta',
        createdAt: now,
        venceAt: now,
        resueltaAt: now,
        respuesta: { suprimidos: result.suprimidos, conservados: result.conservados },
      }),
    )
  }
  writes.push(
    auditEntry(ctx, 'mis_datos.erased', cuentaEliminada ? null : { type: 'solicitud_datos', id: code }, {
      suprimidos: result.suprimidos.length,
      conservados: result.conservados.length,
      cuentaEliminada,
    }),
  )
  return { writes, result }
}

/** The staff queue: pending requests first, by due date; no personal data in the list. */
export async function colaSolicitudes(ctx: Pick<ServiceContext, 'db' | 'clock'>) {
  const rows = await ctx.db
    .select()
    .from(solicitudesDatos)
    .where(eq(solicitudesDatos.tipo, 'rectificacion'))
    .orderBy(sql`${solicitudesDatos.estado} != 'pendiente'`, asc(solicitudesDatos.venceAt))
    .limit(500)
  const now = ctx.clock.now()
  return rows.map((row) => ({
    ...solicitudBase(row),
    vencida: row.estado === 'pendiente' && row.venceAt < now,
    registroTipo: row.registroTipo,
  }))
}

async function solicitud(ctx: Pick<ServiceContext, 'db'>, code: string) {
  const [found] = await ctx.db
    .select({ row: solicitudesDatos, user: users })
    .from(solicitudesDatos)
    .innerJoin(users, eq(users.id, solicitudesDatos.userId))
    .where(and(eq(solicitudesDatos.code, code), eq(solicitudesDatos.tipo, 'rectificacion')))
  if (!found) throw new AppError('not_found')
  return found
}

/**
 * One request as the staff member answering it sees it: the requester, the record, the value now
 * and the one asked for. Reading it is recorded for the requester to see.
 */
export async function detalleSolicitud(ctx: ServiceContext, code: string) {
  const { row, user } = await solicitud(ctx, code)
  const tipo = row.registroTipo as RegistroRectificable
  const field = campoRectificable(tipo, row.campo ?? '')
  const [actual] = field
    ? await ctx.db.all<{ valor: string | null; code: string | null }>(
        sql`select ${sql.identifier(field.column)} as valor, ${tipo === 'cuenta' ? sql`null` : sql.identifier('code')} as code from ${sql.identifier(TABLA_DE_REGISTRO[tipo])} where id = ${row.registroId}`,
      )
    : []
  const writes = user.run
    ? [lecturaDeDatos(ctx, user.run, { tipo: 'solicitud_datos', code }, 'atencion_derechos', user.id)]
    : []
  return {
    writes,
    detalle: {
      ...solicitudBase(row),
      vencida: row.estado === 'pendiente' && row.venceAt < ctx.clock.now(),
      registroTipo: row.registroTipo,
      solicitante: {
        nombre: `${user.givenNames} ${user.familyNames}`,
        run: user.run ? formatRun(user.run) : null,
      },
      registro: { tipo: row.registroTipo, code: actual?.code ?? null },
      valorActual: actual?.valor ?? null,
      valorSolicitado: row.valorSolicitado,
      explicacion: row.explicacion,
      respuesta: row.respuesta,
    },
  }
}

/**
 * A staff member answers a rectification: accepted, the correction is applied to the record in
 * the same batch; either way the answer is what the citizen reads in Mis trámites. Two answers at
 * once: the second updates nothing and is refused.
 */
export async function planRespuesta(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  input: RespuestaInput,
): Promise<Planned<{ code: string; estado: 'acogida' | 'rechazada' }>> {
  const { row } = await solicitud(ctx, code)
  if (row.estado !== 'pendiente') throw new AppError('already_resolved', { params: { estado: row.estado } })
  const now = ctx.clock.now()
  const writes: Write[] = [
    ctx.db
      .update(solicitudesDatos)
      .set({
        estado: input.decision,
        resueltaAt: now,
        resueltaPor: actor.userId,
        respuesta: { texto: input.respuesta },
      })
      .where(and(eq(solicitudesDatos.id, row.id), eq(solicitudesDatos.estado, 'pendiente'))),
  ]
  if (
    input.decision === 'acogida' &&
    row.registroTipo &&
    row.registroId &&
    row.campo &&
    row.valorSolicitado
  ) {
    writes.push(
      correccion(row.registroTipo as RegistroRectificable, row.campo, row.registroId, row.valorSolicitado),
    )
  }
  writes.push(
    auditEntry(
      ctx,
      'mis_datos.rectification_answered',
      { type: 'solicitud_datos', id: code },
      { decision: input.decision },
    ),
  )
  return { writes, result: { code, estado: input.decision } }
}
