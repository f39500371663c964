import { asc, eq } from 'drizzle-orm'
import { comunas, reclamos, reclamosDescargos, unidades } from '../../db/schema/index.ts'
import type { CasoDelServicio } from '../casos/maquina.ts'
import type { Database } from '../ports.ts'
import { decisionesDe } from './resolucion.ts'

/**
 * What the office sees of a complaint when it opens its case (the RECLAMO machine's `detalle`
 * hook): the complaint as sent — the unit concerned, the facts, the officer as described, the
 * witnesses, the evidence, what the citizen asks for — its requests to units and their accounts,
 * and its answer or referral.
 *
 * @example
 * const detalle = await detalleDeOficina(db, caso)
 */
export async function detalleDeOficina(
  db: Database,
  caso: CasoDelServicio,
): Promise<Record<string, unknown>> {
  const [[fila], descargos] = await Promise.all([
    db
      .select({
        unidadCode: reclamos.unidadCode,
        unidad: unidades.name,
        tipo: reclamos.tipo,
        fecha: reclamos.hechoFecha,
        hora: reclamos.hechoHora,
        comuna: comunas.name,
        lugar: reclamos.lugar,
        vehiculo: reclamos.vehiculo,
        relato: reclamos.relato,
        peticion: reclamos.peticion,
        respuestas: reclamos.respuestas,
        email: reclamos.email,
        telefono: reclamos.telefono,
        respuestaTexto: reclamos.respuestaTexto,
        respuestaAt: reclamos.respuestaAt,
        derivacionDestino: reclamos.derivacionDestino,
        derivacionDonde: reclamos.derivacionDonde,
        derivacionMotivo: reclamos.derivacionMotivo,
        derivacionAt: reclamos.derivacionAt,
        reabiertoAt: reclamos.reabiertoAt,
        reaperturaMotivo: reclamos.reaperturaMotivo,
      })
      .from(reclamos)
      .innerJoin(unidades, eq(unidades.code, reclamos.unidadCode))
      .innerJoin(comunas, eq(comunas.cut, reclamos.comunaCut))
      .where(eq(reclamos.casoId, caso.id)),
    db
      .select({
        id: reclamosDescargos.id,
        unidadCode: reclamosDescargos.unidadCode,
        unidad: unidades.name,
        pedido: reclamosDescargos.pedido,
        pedidoAt: reclamosDescargos.pedidoAt,
        descargo: reclamosDescargos.descargo,
        descargoAt: reclamosDescargos.descargoAt,
      })
      .from(reclamosDescargos)
      .innerJoin(unidades, eq(unidades.code, reclamosDescargos.unidadCode))
      .where(eq(reclamosDescargos.casoId, caso.id))
      .orderBy(asc(reclamosDescargos.pedidoAt)),
  ])
  if (!fila) return {}
  const {
    respuestas,
    respuestaTexto,
    respuestaAt,
    derivacionDestino,
    derivacionDonde,
    derivacionMotivo,
    derivacionAt,
    reabiertoAt,
    reaperturaMotivo,
    ...reclamo
  } = fila
  const { respuesta, derivacion } = decisionesDe(caso.numero, {
    respuestaTexto,
    respuestaAt,
    derivacionDestino,
    derivacionDonde,
    derivacionMotivo,
    derivacionAt,
  })
  return {
    ...reclamo,
    funcionario: respuestas.funcionario,
    testigos: respuestas.testigos,
    archivos: respuestas.archivos,
    descargos: descargos.map((d) => ({
      ...d,
      pedidoAt: d.pedidoAt.toISOString(),
      descargoAt: d.descargoAt?.toISOString() ?? null,
    })),
    respuesta: respuesta ?? null,
    derivacion: derivacion ?? null,
    /** The citizen's reopening (decision 0056): when and why; null if never reopened. */
    reapertura: reabiertoAt ? { at: reabiertoAt.toISOString(), motivo: reaperturaMotivo ?? '' } : null,
  }
}
