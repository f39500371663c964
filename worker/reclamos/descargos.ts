import { and, desc, eq, isNull } from 'drizzle-orm'
import { tieneCapacidad } from '../../core/capacidades.ts'
import { casos, comunas, reclamos, reclamosDescargos, unidades } from '../../db/schema/index.ts'
import { cambiarEstado } from '../casos/cambio.ts'
import { casoPorNumero } from '../casos/caso.ts'
import { AppError } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { RECLAMO } from './estados.ts'
import { type Reclamante, sinIdentidad } from './reserva.ts'

/** How many requests a unit's list shows: a unit is asked a few times a month, not hundreds. */
const LISTA_MAX = 200

/**
 * A request for the unit's account as the unit reads it: what the office asks and THE FACTS ONLY —
 * when, where, what happened, the officer and vehicle as described — never the complaint's
 * número (the citizen's key to it), who complained, their contact, the witnesses (who may lead
 * to them), what they ask for, nor the evidence files (a photo or a video may show them: the
 * office describes in its request what the unit must see). Free text has the complainant's
 * identifiers taken out ({@link sinIdentidad}).
 */
export interface DescargoVista {
  id: string
  pedidoAt: string
  pedido: string
  unidad: { code: string; nombre: string }
  hechos: {
    fecha: string
    hora: string | null
    comuna: string
    lugar: string
    vehiculo: string | null
    relato: string
    funcionario: { nombre?: string; grado?: string; senas?: string }
  }
  descargo: string | null
  descargoAt: string | null
}

/** The columns read: the complaint's facts and, for the redaction only, who complained (never returned). */
function consulta(ctx: Pick<ServiceContext, 'db'>) {
  return ctx.db
    .select({
      d: reclamosDescargos,
      unidad: unidades.name,
      comuna: comunas.name,
      fecha: reclamos.hechoFecha,
      hora: reclamos.hechoHora,
      lugar: reclamos.lugar,
      vehiculo: reclamos.vehiculo,
      relato: reclamos.relato,
      respuestas: reclamos.respuestas,
      quien: {
        nombres: reclamos.nombres,
        apellidos: reclamos.apellidos,
        run: reclamos.run,
        email: reclamos.email,
        telefono: reclamos.telefono,
      },
    })
    .from(reclamosDescargos)
    .innerJoin(reclamos, eq(reclamos.casoId, reclamosDescargos.casoId))
    .innerJoin(unidades, eq(unidades.code, reclamosDescargos.unidadCode))
    .innerJoin(comunas, eq(comunas.cut, reclamos.comunaCut))
}
type Fila = Awaited<ReturnType<ReturnType<typeof consulta>['where']>>[number]

function vista(fila: Fila): DescargoVista {
  const quien: Reclamante = fila.quien
  const limpio = (texto: string) => sinIdentidad(texto, quien)
  const f = fila.respuestas.funcionario
  const funcionario: DescargoVista['hechos']['funcionario'] = {}
  if (f.nombre !== undefined) funcionario.nombre = limpio(f.nombre)
  if (f.grado !== undefined) funcionario.grado = limpio(f.grado)
  if (f.senas !== undefined) funcionario.senas = limpio(f.senas)
  return {
    id: fila.d.id,
    pedidoAt: fila.d.pedidoAt.toISOString(),
    pedido: limpio(fila.d.pedido),
    unidad: { code: fila.d.unidadCode, nombre: fila.unidad },
    hechos: {
      fecha: fila.fecha,
      hora: fila.hora,
      comuna: fila.comuna,
      lugar: limpio(fila.lugar),
      vehiculo: fila.vehiculo,
      relato: limpio(fila.relato),
      funcionario,
    },
    descargo: fila.d.descargo,
    descargoAt: fila.d.descargoAt?.toISOString() ?? null,
  }
}

/** The unit whose requests this officer answers: 403 without the capability or a unit. */
function unidadDe(actor: Actor): string {
  if (!tieneCapacidad(actor, 'reclamos.descargar') || !actor.unidadCode) throw new AppError('forbidden')
  return actor.unidadCode
}

/**
 * The office's requests to the officer's unit for its account, newest first (`reclamos.descargar`
 * with a unit; 403 otherwise): the facts only ({@link DescargoVista}).
 *
 * @example
 * const { descargos } = await descargosDeUnidad(ctx, actor)
 */
export async function descargosDeUnidad(ctx: Pick<ServiceContext, 'db'>, actor: Actor) {
  const unidad = unidadDe(actor)
  const filas = await consulta(ctx)
    .where(eq(reclamosDescargos.unidadCode, unidad))
    .orderBy(desc(reclamosDescargos.pedidoAt))
    .limit(LISTA_MAX)
  return { descargos: filas.map(vista) }
}

/**
 * One request to the officer's unit: 404 for another unit's (it does not exist for them).
 *
 * @example
 * const descargo = await descargoDeUnidad(ctx, actor, id)
 */
export async function descargoDeUnidad(ctx: Pick<ServiceContext, 'db'>, actor: Actor, id: string) {
  const unidad = unidadDe(actor)
  const [fila] = await consulta(ctx).where(
    and(eq(reclamosDescargos.id, id), eq(reclamosDescargos.unidadCode, unidad)),
  )
  if (!fila) throw new AppError('not_found')
  return vista(fila)
}

/**
 * The unit's account: stored once (409 once given), and a staff-only entry in the complaint's
 * history (`recibir_descargo`, naming the request) where the office reads it — through the case
 * change path, guarded on the case's version. The answer says only that it was received.
 *
 * @example
 * const planned = await planDescargo({ ...ctx, publicUrl }, actor, id, '…')
 */
export async function planDescargo(
  ctx: ServiceContext & { publicUrl: string },
  actor: Actor,
  id: string,
  descargo: string,
): Promise<Planned<{ id: string; descargoAt: string }>> {
  const unidad = unidadDe(actor)
  const [fila] = await ctx.db
    .select({ descargoAt: reclamosDescargos.descargoAt, numero: casos.numero })
    .from(reclamosDescargos)
    .innerJoin(casos, eq(casos.id, reclamosDescargos.casoId))
    .where(and(eq(reclamosDescargos.id, id), eq(reclamosDescargos.unidadCode, unidad)))
  if (!fila) throw new AppError('not_found')
  if (fila.descargoAt !== null) throw new AppError('conflict')
  const caso = await casoPorNumero(ctx.db, fila.numero)
  if (!caso) throw new AppError('not_found')
  const now = ctx.clock.now()
  const writes = [
    ctx.db
      .update(reclamosDescargos)
      .set({ descargo, descargoPor: actor.userId, descargoAt: now })
      .where(and(eq(reclamosDescargos.id, id), isNull(reclamosDescargos.descargoAt))),
    ...cambiarEstado(ctx, RECLAMO, caso, {
      accion: 'recibir_descargo',
      autor: { tipo: 'funcionario', id: actor.userId },
      detalle: { descargo: id, unidad },
    }),
  ]
  return { writes, result: { id, descargoAt: now.toISOString() } }
}
