import { and, eq, isNull } from 'drizzle-orm'
import { TIPOS, TIPOS_CERTIFICADO, type TipoCertificado } from '../../core/certificados/tipos.ts'
import { formatRun } from '../../core/run.ts'
import { localDayWindow } from '../../core/time.ts'
import { certificados, comunas } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { contar } from '../cifras/contar.ts'
import { leerCifras, porClave } from '../cifras/leer.ts'
import { AppError } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import type { Database } from '../ports.ts'
import { lecturaDeDatos } from '../privacy/accesos.ts'
import type { Planned, ServiceContext } from '../service.ts'
import type { Respuestas } from './schema.ts'

/** A constancia as an officer sees it: what was declared, by whom, how their identity was proven. */
export interface CertificadoFuncionario {
  codigo: string
  tipo: TipoCertificado
  nombreLegal: string
  emitidoAt: string
  titular: { nombre: string; run: string; identidad: 'claveunica' | 'self' } | null
  comuna: string | null
  respuestas: Respuestas
  anulacion: { at: string; motivo: string } | null
  /** Its clock ran out: what it was stays, whose it was is gone (db/catalog.ts). */
  depuradoAt: string | null
}

async function porCodigo(db: Database, codigo: string) {
  const [found] = await db
    .select({ row: certificados, comuna: comunas.name })
    .from(certificados)
    .leftJoin(comunas, eq(comunas.cut, certificados.comunaCut))
    .where(eq(certificados.code, codigo))
  if (!found) throw new AppError('not_found')
  return found
}

/**
 * An officer's look-up of a constancia by its number, and the audit entry of the read (the holder
 * sees it in "Quién vio mis datos"), to run before answering.
 *
 * @example
 * return commitRead(c, await consultarCertificado(ctx, 'K7PXQ2MZ9A'))
 */
export async function consultarCertificado(
  ctx: ServiceContext,
  codigo: string,
): Promise<Planned<CertificadoFuncionario>> {
  const { row, comuna } = await porCodigo(ctx.db, codigo)
  const depurado = row.depuradoAt !== null
  return {
    result: {
      codigo: row.code,
      tipo: row.tipo,
      nombreLegal: TIPOS[row.tipo].nombreLegal,
      emitidoAt: row.createdAt.toISOString(),
      titular: depurado
        ? null
        : {
            nombre: `${row.nombres} ${row.apellidos}`.trim(),
            run: formatRun(row.run),
            identidad: row.identidad,
          },
      comuna,
      respuestas: row.respuestas,
      anulacion: row.anuladaAt
        ? { at: row.anuladaAt.toISOString(), motivo: row.motivoAnulacion ?? '' }
        : null,
      depuradoAt: row.depuradoAt?.toISOString() ?? null,
    },
    writes: depurado
      ? []
      : [
          lecturaDeDatos(
            ctx,
            row.run,
            { tipo: 'certificado', code: row.code },
            'atencion_tramite',
            row.userId,
          ),
        ],
  }
}

/**
 * A supervisor annuls a constancia with the reason: verification says annulled from then on. The
 * write holds only while it is not annulled (two at once: one annuls, the other changes nothing);
 * one already annulled is a conflict.
 */
export async function planAnulacion(
  ctx: ServiceContext,
  actor: Actor,
  codigo: string,
  motivo: string,
): Promise<Planned<{ codigo: string; anulacion: { at: string; motivo: string } }>> {
  const { row } = await porCodigo(ctx.db, codigo)
  if (row.anuladaAt) throw new AppError('already_resolved', { params: { estado: 'anulada' } })
  const now = ctx.clock.now()
  return {
    writes: [
      ctx.db
        .update(certificados)
        .set({ anuladaAt: now, anuladaPor: actor.userId, motivoAnulacion: motivo })
        .where(and(eq(certificados.id, row.id), isNull(certificados.anuladaAt))),
      auditEntry(ctx, 'certificado.annulled', { type: 'certificado', id: row.id }, { motivo }),
      ...contar(ctx, 'certificados', { evento: 'anulada', en: now, comuna: row.comunaCut, ambito: row.tipo }),
    ],
    result: { codigo: row.code, anulacion: { at: now.toISOString(), motivo } },
  }
}

const HOUR_MS = 3_600_000

/**
 * The constancias of a day (Chile's calendar) for supervisors, from the rollups (worker/cifras):
 * issued and annulled per type, per hour and per region. The same few hundred rows on any day.
 *
 * @example
 * const cifras = await cifrasCertificados(db, '2026-12-04')
 */
export async function cifrasCertificados(db: Database, fecha: string) {
  const { start, end } = localDayWindow(fecha)
  const from = start.getTime()
  const { porHora, porComuna } = await leerCifras(db, 'certificados', {
    todosLosAmbitos: true,
    desde: start,
    hasta: end,
    periodoComuna: from,
  })
  const cuenta = (n: Record<string, number> | undefined) => ({
    emitidas: n?.emitida ?? 0,
    anuladas: n?.anulada ?? 0,
  })
  const horas = porClave(porHora, (row) => row.periodo)
  const tipos = porClave(porHora, (row) => row.ambito)
  const regiones = porClave(porComuna, (row) => row.regionCode)
  const nombreRegion = new Map(porComuna.map((row) => [row.regionCode, row.region]))
  return {
    fecha,
    porTipo: TIPOS_CERTIFICADO.map((tipo) => ({ tipo, ...cuenta(tipos.get(tipo)) })),
    porHora: Array.from({ length: Math.round((end.getTime() + 1 - from) / HOUR_MS) }, (_, hora) => ({
      desde: new Date(from + hora * HOUR_MS).toISOString(),
      ...cuenta(horas.get(from + hora * HOUR_MS)),
    })),
    // A type that asks no place (alimony) is counted apart: regionCode '' ("sin lugar").
    porRegion: [...regiones.entries()]
      .map(([regionCode, n]) => ({ regionCode, region: nombreRegion.get(regionCode) ?? '', ...cuenta(n) }))
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
  }
}
