import { asc, eq, sql } from 'drizzle-orm'
import { formatLocal, localDate, localDayWindow } from '../../core/time.ts'
import { elecciones } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Database } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { type Read, readFirst, readOne } from '../reads.ts'
import type { Planned, ServiceContext } from '../service.ts'

export type Eleccion = typeof elecciones.$inferSelect

/** The elections of record, and the primaries their identity-document rule counts from. */
export const ELECCIONES_2025 = [
  {
    id: '2025-11-16',
    nombre: 'Elecciones Presidenciales y Parlamentarias 2025',
    fecha: '2025-11-16',
    fechaPrimarias: '2025-06-29',
  },
  {
    id: '2025-12-14',
    nombre: 'Segunda Votación Presidencial 2025',
    fecha: '2025-12-14',
    fechaPrimarias: '2025-06-29',
  },
] as const

/**
 * An election with its default window: the whole of its date in America/Santiago, from 00:00 to
 * 23:59:59.999, daylight saving time included.
 *
 * @example
 * withDefaultWindow({ id: '2025-11-16', nombre: '…', fecha: '2025-11-16', fechaPrimarias: '2025-06-29' }, now)
 */
export function withDefaultWindow(
  e: { id: string; nombre: string; fecha: string; fechaPrimarias: string },
  now: Date,
): Eleccion {
  const { start, end } = localDayWindow(e.fecha)
  return { ...e, ventanaInicio: start, ventanaFin: end, createdAt: now }
}

/**
 * Loads the elections of record and, for demonstrations, one held today; existing rows (and any
 * window an administrator moved) are left alone.
 */
export async function loadElecciones(db: Database, now: Date, demo: boolean): Promise<void> {
  const today = localDate(now)
  const rows = ELECCIONES_2025.map((e) => withDefaultWindow(e, now))
  if (demo) {
    rows.push(
      withDefaultWindow(
        {
          id: `demo-${today}`,
          nombre: 'Elección de demostración',
          fecha: today,
          fechaPrimarias: '2025-06-29',
        },
        now,
      ),
    )
  }
  await db.insert(elecciones).values(rows).onConflictDoNothing()
}

export type EstadoEleccion = 'proxima' | 'abierta' | 'cerrada'

export function estadoEleccion(e: Eleccion, now: Date): EstadoEleccion {
  if (now < e.ventanaInicio) return 'proxima'
  return now <= e.ventanaFin ? 'abierta' : 'cerrada'
}

/**
 * The election to tell citizens and officers about: the one whose window is open now, else the
 * next one, else the last one. For showing only: nothing is requested, issued or validated for
 * it without {@link abierta} (the assisted form, the form and the validation all check it again
 * by id, and refuse a window not open).
 */
export async function currentEleccion(db: Database, now: Date): Promise<Eleccion | null> {
  const all = await db.select().from(elecciones).orderBy(asc(elecciones.ventanaInicio))
  return (
    all.find((e) => estadoEleccion(e, now) === 'abierta') ??
    all.find((e) => estadoEleccion(e, now) === 'proxima') ??
    all.at(-1) ??
    null
  )
}

const queries = preparedFor((db) => ({
  byId: db
    .select()
    .from(elecciones)
    .where(eq(elecciones.id, sql.placeholder('id')))
    .prepare(),
}))

/** An election by its id, as a read (worker/reads.ts). */
export function eleccionRead(db: Database, id: string): Read<Eleccion | null> {
  return readFirst(queries(db).byId, { id })
}

/**
 * The election, if requests may be made, issued or validated for it now; `window_closed` if not,
 * on `field` (the input that carried its id), saying in the caller's language when it opens or
 * when it closed. The server's clock decides, whatever the device says: the window is open from
 * `ventanaInicio` to `ventanaFin` included, and never after. An unknown election is an error on
 * `field` too.
 *
 * @example
 * const eleccion = abierta(loaded.eleccion, clock.now())
 */
export function abierta(e: Eleccion | null, now: Date, field = 'eleccionId'): Eleccion {
  if (!e) throw invalidField(field, 'invalid_option')
  const estado = estadoEleccion(e, now)
  if (estado === 'abierta') return e
  const params = { eleccion: e.nombre, inicio: formatLocal(e.ventanaInicio), fin: formatLocal(e.ventanaFin) }
  const key = estado === 'proxima' ? 'window_not_open' : 'window_ended'
  throw new AppError('window_closed', {
    params,
    fields: [{ field, key, params, ...(field === 'eleccionId' ? {} : { label: 'eleccionId' }) }],
  })
}

/** The election by its id, if open now (see {@link abierta}). */
export async function openEleccion(
  db: Database,
  id: string,
  now: Date,
  field = 'eleccionId',
): Promise<Eleccion> {
  return abierta(await readOne(db, eleccionRead(db, id)), now, field)
}

/** Every election day, by its window, as the administrators' list shows them. */
export async function listarElecciones(db: Database, now: Date) {
  const rows = await db.select().from(elecciones).orderBy(asc(elecciones.ventanaInicio))
  return rows.map((e) => describeEleccion(e, now))
}

/** An election as the API shows it. */
export function describeEleccion(e: Eleccion, now: Date) {
  return {
    id: e.id,
    nombre: e.nombre,
    fecha: e.fecha,
    fechaPrimarias: e.fechaPrimarias,
    ventanaInicio: e.ventanaInicio.toISOString(),
    ventanaFin: e.ventanaFin.toISOString(),
    estado: estadoEleccion(e, now),
  }
}

/** An administrator adds an election day; its window defaults to the whole day in Santiago. */
export function planEleccion(
  ctx: ServiceContext,
  input: { id: string; nombre: string; fecha: string; fechaPrimarias: string },
): Planned<{ id: string }> {
  const row = withDefaultWindow(input, ctx.clock.now())
  return {
    writes: [
      ctx.db.insert(elecciones).values(row),
      auditEntry(ctx, 'eleccion.created', { type: 'eleccion', id: input.id }),
    ],
    result: { id: input.id },
  }
}

/** An administrator moves a window (authorities have done so at short notice). */
export async function planVentana(
  ctx: ServiceContext,
  id: string,
  input: { ventanaInicio: Date; ventanaFin: Date },
): Promise<Planned<{ id: string }>> {
  const [e] = await ctx.db.select().from(elecciones).where(eq(elecciones.id, id))
  if (!e) throw new AppError('not_found')
  if (input.ventanaFin <= input.ventanaInicio) throw invalidField('ventanaFin', 'too_small')
  return {
    writes: [
      ctx.db.update(elecciones).set(input).where(eq(elecciones.id, id)),
      auditEntry(
        ctx,
        'eleccion.window_changed',
        { type: 'eleccion', id },
        {
          antes: [e.ventanaInicio.toISOString(), e.ventanaFin.toISOString()],
          despues: [input.ventanaInicio.toISOString(), input.ventanaFin.toISOString()],
        },
      ),
    ],
    result: { id },
  }
}
