import { and, eq } from 'drizzle-orm'
import { casosPreguntas, fiscaliaEnvios, unidades } from '../../db/schema/index.ts'
import { normaliseCode } from '../codes.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { rowId } from '../ids.ts'
import type { Database, FileStore, SigningKeys } from '../ports.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { insertRow, type Write } from '../writes.ts'
import { puedeActuar, puedeVer } from './alcance.ts'
import { type CambioContext, cambiarEstado } from './cambio.ts'
import { type Caso, casoPorNumero, definicionDe } from './caso.ts'
import { envioFiscalia } from './fiscalia/envios.ts'
import { unidadPropuesta } from './jurisdiccion.ts'
import { type AccionContext, pasoPermitido, type ServicioDeCasos } from './maquina.ts'
import type { AccionInput } from './schema.ts'

/** What a staff action answers: where the case stands now, and the delivery it queued, if any. */
export interface Hecho {
  numero: string
  accion: AccionInput['accion']
  estado: string
  /** The delivery to the Fiscalía it queued (handed to the edge's queue once committed). */
  envioId?: string
}

/**
 * Whether a case is on its way to the Fiscalía (or there already): from then on nothing but the
 * Fiscalía's answer changes it.
 *
 * @example
 * if (await enEnvio(db, caso.id)) throw new AppError('conflict')
 */
export async function enEnvio(db: Database, casoId: string): Promise<boolean> {
  const [found] = await db
    .select({ id: fiscaliaEnvios.id })
    .from(fiscaliaEnvios)
    .where(eq(fiscaliaEnvios.casoId, casoId))
  return found !== undefined
}

/** A case a staff member may act on: 404 when it does not exist or is not theirs to see. */
async function casoVisible(ctx: ServiceContext, actor: Actor, numero: string) {
  const caso = await casoPorNumero(ctx.db, numero)
  if (!caso) throw new AppError('not_found')
  const servicio = definicionDe(caso.servicio)
  if (!puedeVer(actor, servicio, caso)) throw new AppError('not_found')
  return { caso, servicio }
}

/**
 * A staff action on a case (point 8 and 9 of issue 15): the machine decides whether it is allowed
 * from the case's state (409 when not), the service's capabilities whether this staff member may
 * take it (403), and the writes go in one batch with the case's history entry, its e-mail, its
 * counters and its audit entry, guarded against a colleague's concurrent action (409).
 *
 * @example
 * const planned = await planAccion(ctx, actor, 'WNDT7C4Z3T', { accion: 'derivar', unidad: 'DEMO-13101-1' }, { publicUrl, keys, files })
 */
export async function planAccion(
  ctx: ServiceContext,
  actor: Actor,
  numero: string,
  input: AccionInput,
  entorno: EntornoAccion,
): Promise<Planned<Hecho>> {
  const { publicUrl } = entorno
  const { caso, servicio } = await casoVisible(ctx, actor, numero)
  const paso = servicio.maquina.pasos[input.accion]
  if (!paso) throw invalidField('accion', 'invalid_option')
  if (!puedeActuar(actor, servicio, caso, paso.quien)) throw new AppError('forbidden')
  if (!pasoPermitido(servicio.maquina, input.accion, caso.estado)) throw new AppError('conflict')
  if (await enEnvio(ctx.db, caso.id)) throw new AppError('conflict')
  const cambio: CambioContext = { ...ctx, publicUrl }
  const autor = { tipo: 'funcionario' as const, id: actor.userId }
  const { writes, detalle, unidadCode, envioId } = await efectos(
    { ...ctx, ...entorno, actor, locale: caso.locale, correo: caso.correo },
    servicio,
    caso,
    input,
  )
  writes.push(...cambiarEstado(cambio, servicio, caso, { accion: input.accion, autor, detalle, unidadCode }))
  if (input.accion === 'marcar_duplicado') writes.push(...(await vincular(cambio, actor, caso, detalle)))
  return {
    writes,
    result: {
      numero: caso.numero,
      accion: input.accion,
      estado: paso.hacia ?? caso.estado,
      ...(envioId ? { envioId } : {}),
    },
  }
}

interface Efectos {
  writes: Write[]
  detalle: Record<string, string>
  unidadCode?: string
  envioId?: string
}

/** What an action needs beyond the request: the portal's address, and the keys and files a signed answer needs. */
export interface EntornoAccion {
  publicUrl: string
  keys: SigningKeys
  files: FileStore
}

/** What each action writes besides the case's change, and what its history entry says. */
async function efectos(
  ctx: AccionContext & { actor: Actor },
  servicio: ServicioDeCasos,
  caso: Caso,
  input: AccionInput,
): Promise<Efectos> {
  const { actor } = ctx
  const now = ctx.clock.now()
  switch (input.accion) {
    case 'analizar':
      return { writes: [], detalle: {} }
    case 'pedir_informacion': {
      const id = rowId()
      const pregunta = insertRow(casosPreguntas, {
        id,
        casoId: caso.id,
        at: now,
        preguntadoPor: actor.userId,
        pregunta: input.mensaje,
      })
      return { writes: [pregunta], detalle: { pregunta: id } }
    }
    case 'reclasificar': {
      const { anterior, writes } = await servicio.ganchos.reclasificar(ctx, caso, input.tipo)
      return { writes, detalle: { tipo: input.tipo, ...(anterior ? { tipo_anterior: anterior } : {}) } }
    }
    case 'marcar_duplicado': {
      const original = await casoPorNumero(ctx.db, normaliseCode(input.numeroOriginal))
      if (!original || original.servicio !== caso.servicio || original.id === caso.id)
        throw invalidField('numeroOriginal', 'invalid')
      return { writes: [], detalle: { motivo: 'ya_denunciada', numero_anterior: original.numero } }
    }
    case 'cerrar':
      return { writes: [], detalle: cierre(servicio, input) }
    case 'derivar': {
      const [unidad] = await ctx.db
        .select({ code: unidades.code, name: unidades.name })
        .from(unidades)
        .where(and(eq(unidades.code, input.unidad), eq(unidades.active, true)))
      if (!unidad) throw invalidField('unidad', 'invalid_option')
      return {
        writes: [],
        detalle: { unidad: unidad.code, unidad_nombre: unidad.name },
        unidadCode: unidad.code,
      }
    }
    case 'enviar_fiscalia':
      return enviar(ctx, actor, servicio, caso)
    case 'pedir_descargo':
    case 'contestar':
    case 'remitir':
    case 'anotar':
    case 'contactar':
    case 'registrar_consentimiento':
    case 'concluir':
    case 'informar_en_persona': {
      // The machine allowed the step only if the service has it: its hook carries it out.
      const propia = servicio.ganchos.accionPropia
      if (!propia) throw invalidField('accion', 'invalid_option')
      return propia(ctx, caso, input)
    }
  }
}

/** A close's reason, with the detail it needs (the earlier número, where to go instead). */
function cierre(servicio: ServicioDeCasos, input: Extract<AccionInput, { accion: 'cerrar' }>) {
  const motivo = servicio.maquina.motivosCierre[input.motivo]
  if (!Object.hasOwn(servicio.maquina.motivosCierre, input.motivo) || !motivo)
    throw invalidField('motivo', 'invalid_option')
  if (motivo.requiere === 'numero_anterior' && !input.numeroAnterior)
    throw invalidField('numeroAnterior', 'required')
  if (motivo.requiere === 'donde_acudir' && !input.dondeAcudir) throw invalidField('dondeAcudir', 'required')
  return {
    motivo: input.motivo,
    ...(motivo.requiere === 'numero_anterior' && input.numeroAnterior
      ? { numero_anterior: input.numeroAnterior }
      : {}),
    ...(motivo.requiere === 'donde_acudir' && input.dondeAcudir ? { donde_acudir: input.dondeAcudir } : {}),
  }
}

/**
 * The delivery to the Fiscalía with jurisdiction over the case's comuna: what it receives (the
 * case, its unit, its complainant, the service's content), signed when sent. The case stays in
 * its state until the RUC arrives.
 */
async function enviar(
  ctx: ServiceContext,
  actor: Actor,
  servicio: ServicioDeCasos,
  caso: Caso,
): Promise<Efectos> {
  const destino = caso.comunaCut ? await unidadPropuesta(ctx.db, caso.comunaCut) : null
  const [unidad] = await ctx.db
    .select({ code: unidades.code, nombre: unidades.name })
    .from(unidades)
    .where(eq(unidades.code, caso.unidadCode ?? ''))
  if (!destino || !unidad) throw new AppError('conflict')
  const { id, write } = envioFiscalia({
    casoId: caso.id,
    solicitadoPor: actor.userId,
    now: ctx.clock.now(),
    envio: {
      numeroTramite: caso.numero,
      servicio: caso.servicio,
      fiscalia: destino.fiscalia,
      unidad,
      comunaCut: caso.comunaCut,
      recibidaAt: caso.createdAt.toISOString(),
      denunciante: caso.titular,
      contenido: await servicio.ganchos.contenidoParaFiscalia(ctx.db, caso),
    },
  })
  return {
    writes: [write],
    detalle: { fiscalia: destino.fiscalia.code, fiscalia_nombre: destino.fiscalia.nombre },
    envioId: id,
  }
}

/** The original's half of a duplicate: a note in its history naming the repeat (staff only). */
async function vincular(
  ctx: CambioContext,
  actor: Actor,
  duplicado: Caso,
  detalle: Record<string, string>,
): Promise<Write[]> {
  const original = await casoPorNumero(ctx.db, detalle.numero_anterior ?? '')
  if (!original) throw invalidField('numeroOriginal', 'invalid')
  const servicio = definicionDe(original.servicio)
  if (!pasoPermitido(servicio.maquina, 'vincular_duplicado', original.estado)) return []
  return cambiarEstado(ctx, servicio, original, {
    accion: 'vincular_duplicado',
    autor: { tipo: 'funcionario', id: actor.userId },
    detalle: { numero_duplicado: duplicado.numero },
  })
}
