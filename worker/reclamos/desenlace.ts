import { and, asc, eq } from 'drizzle-orm'
import { casos, comunas, reclamos, reclamosDescargos, unidades } from '../../db/schema/index.ts'
import type { CasoDelServicio } from '../casos/maquina.ts'
import type { Database } from '../ports.ts'

/** Where a complaint was referred: the contract's `derivacion` (issue 18 notes). */
export interface Derivacion {
  destino: 'fiscalia' | 'inspeccion_general'
  donde: string
  motivo: string
  at: string
}

/** The office's written answer: the contract's `respuesta`. */
export interface Respuesta {
  texto: string
  at: string
  /** The signed PDF, for its owner (`GET /api/reclamos/:numero/respuesta/pdf`). */
  pdfUrl: string
}

/**
 * How a complaint ended for its citizen's page: the office's answer (text, when, the PDF's
 * address) and where it was referred (destination, which office, why, when) — each only once it
 * happened. For `GET /api/reclamos/:numero` (the citizen's side reads it; the office's actions
 * write it: worker/reclamos/oficina.ts). Undefined when there is no such complaint.
 *
 * @example
 * const { respuesta, derivacion } = (await desenlaceReclamo(db, 'K7PXQ2MZ9A')) ?? {}
 */
export async function desenlaceReclamo(
  db: Database,
  numero: string,
): Promise<{ respuesta?: Respuesta; derivacion?: Derivacion; respuestaPdfKey: string | null } | undefined> {
  const [fila] = await db
    .select({
      texto: reclamos.respuestaTexto,
      at: reclamos.respuestaAt,
      pdfKey: reclamos.respuestaPdfKey,
      destino: reclamos.derivacionDestino,
      donde: reclamos.derivacionDonde,
      motivo: reclamos.derivacionMotivo,
      derivadoAt: reclamos.derivacionAt,
    })
    .from(reclamos)
    .innerJoin(casos, eq(casos.id, reclamos.casoId))
    .where(and(eq(casos.numero, numero), eq(casos.servicio, 'reclamo')))
  if (!fila) return undefined
  return {
    respuestaPdfKey: fila.pdfKey,
    ...(fila.texto !== null && fila.at !== null
      ? {
          respuesta: {
            texto: fila.texto,
            at: fila.at.toISOString(),
            pdfUrl: `/api/reclamos/${numero}/respuesta/pdf`,
          },
        }
      : {}),
    ...(fila.destino !== null && fila.derivadoAt !== null
      ? {
          derivacion: {
            destino: fila.destino,
            donde: fila.donde ?? '',
            motivo: fila.motivo ?? '',
            at: fila.derivadoAt.toISOString(),
          },
        }
      : {}),
  }
}

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
  const [[fila], descargos, desenlace] = await Promise.all([
    db
      .select({
        unidadCode: reclamos.unidadCode,
        unidad: unidades.name,
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
    desenlaceReclamo(db, caso.numero),
  ])
  if (!fila) return {}
  const { respuestas, ...reclamo } = fila
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
    respuesta: desenlace?.respuesta ?? null,
    derivacion: desenlace?.derivacion ?? null,
  }
}
