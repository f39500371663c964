import { eq, type SQL } from 'drizzle-orm'
import { esTipo } from '../../core/denuncias/tipos.ts'
import { comunas, denuncias } from '../../db/schema/index.ts'
import { archivosDeCaso } from '../archivos/index.ts'
import { ganchosDeTipo } from '../casos/ganchos.ts'
import type { Ganchos } from '../casos/maquina.ts'
import { invalidField } from '../errors.ts'
import type { Database } from '../ports.ts'
import { filtroPosibleDuplicado, posiblesDuplicados } from './duplicados.ts'

/** The report a case holds, with the name of the comuna where it happened; null if it has none. */
async function reporteDe(db: Database, casoId: string) {
  const [found] = await db
    .select({ row: denuncias, comuna: comunas.name })
    .from(denuncias)
    .innerJoin(comunas, eq(comunas.cut, denuncias.comunaCut))
    .where(eq(denuncias.casoId, casoId))
  return found ?? null
}

/**
 * The report as the people who work it read it, and as the Fiscalía receives it: the offence,
 * when and where, the narrative, the items, suspects and witnesses, the complainant and how their
 * identity was proven (a self-declared one says so), and the evidence by name, type, size and
 * SHA-256, as it arrived.
 */
async function contenido(db: Database, casoId: string): Promise<Record<string, unknown>> {
  const [reporte, evidencia] = await Promise.all([reporteDe(db, casoId), archivosDeCaso(db, casoId)])
  if (!reporte) return {}
  const { row, comuna } = reporte
  return {
    tipo: row.tipo,
    hechoDesde: row.hechoDesde.toISOString(),
    hechoHasta: row.hechoHasta?.toISOString() ?? null,
    comunaCut: row.comunaCut,
    comuna,
    lugar: row.lugar,
    punto: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    relato: row.relato,
    objetos: row.respuestas.objetos,
    detalles: row.respuestas.detalles,
    sospechosos: row.respuestas.sospechosos,
    testigos: row.respuestas.testigos,
    denunciante: {
      nombres: row.nombres,
      apellidos: row.apellidos,
      run: row.run,
      // 'self': declared by the person on an internal account, not proven by ClaveÚnica.
      identidad: row.identidad,
      autodeclarada: row.identidad === 'self',
      email: row.email,
      telefono: row.telefono,
      comunaDomicilio: row.comunaDomicilio,
    },
    archivos: evidencia.map(({ id, nombre, tipo, bytes, sha256, preguntaId }) => ({
      id,
      nombre,
      tipo,
      bytes,
      sha256,
      preguntaId,
    })),
  }
}

/** The report's type, read from its row by each case row (the queue's rows, figures and filter). */
const porTipo = ganchosDeTipo(denuncias, denuncias.casoId, denuncias.tipo)

/**
 * The denuncia's hooks into the case pieces (worker/casos/maquina.ts): its type is its row's in
 * `denuncias` (a reclassification rewrites it there, with the one it replaces in the history),
 * the queue filters by it and by likely duplicates (its keys in `denuncias_claves`), and staff and
 * the Fiscalía read the report as sent.
 *
 * @example
 * const { anterior, writes } = await ganchosDenuncia.reclasificar(ctx, caso, 'robo_por_sorpresa')
 */

export const ganchosDenuncia: Ganchos = {
  reclasificar: async (ctx, caso, tipo) => {
    if (!esTipo(tipo)) throw invalidField('tipo', 'invalid_option')
    const [actual] = await ctx.db
      .select({ tipo: denuncias.tipo })
      .from(denuncias)
      .where(eq(denuncias.casoId, caso.id))
    return {
      anterior: actual?.tipo ?? null,
      writes: [ctx.db.update(denuncias).set({ tipo }).where(eq(denuncias.casoId, caso.id))],
    }
  },
  tipoDeCaso: porTipo.tipoDeCaso,
  filtroTipo: (tipo): SQL => {
    if (!esTipo(tipo)) throw invalidField('tipo', 'invalid_option')
    return porTipo.filtroTipo(tipo)
  },
  // Shared keys with another report, whoever made it (worker/denuncias/duplicados.ts).
  filtroPosibleDuplicado,
  posiblesDuplicados,
  contenidoParaFiscalia: (db, caso) => contenido(db, caso.id),
  // Staff also get each file's download (worker/casos/staff-route.ts), recorded as a read.
  detalle: async (db, caso) => {
    const reporte = await contenido(db, caso.id)
    const archivos = (reporte.archivos ?? []) as { id: string }[]
    const descarga = (id: string) => `/api/funcionarios/casos/${caso.numero}/archivos/${id}`
    return { ...reporte, archivos: archivos.map((a) => ({ ...a, descarga: descarga(a.id) })) }
  },
}
