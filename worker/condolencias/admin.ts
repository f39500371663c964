import { eq, like, or, sql } from 'drizzle-orm'
import { memoriales } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { AppError, invalidField } from '../errors.ts'
import { rowId } from '../ids.ts'
import type { FileStore } from '../ports.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { fotoCompleta, fotoDe } from './fotos.ts'
import { cabeceraMemorial, memorialesPorFecha } from './memorial.ts'
import type { Foto, MemorialInput } from './schema.ts'

export interface MemorialAdmin {
  slug: string
  nombre: string
  grado: string
  unidad: string
  fecha: string
  texto: string
  foto: string | null
  fotoUrls: Foto | null
  publicado: boolean
  version: number
  updatedAt: string
}

/**
 * Every memorial, published or not, newest `fecha` first: the administrators' list.
 *
 * @example
 * const items = await todosLosMemoriales(ctx)
 */
export async function todosLosMemoriales(ctx: Pick<ServiceContext, 'db'>): Promise<MemorialAdmin[]> {
  const rows = await memorialesPorFecha(ctx.db)
  return rows.map((row) => ({
    ...cabeceraMemorial(row),
    texto: row.texto,
    foto: row.foto,
    fotoUrls: fotoDe(row.foto),
    publicado: row.publicado,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  }))
}

/**
 * A name as a page's address: lower case, no accents, words joined by dashes.
 *
 * @example
 * slugDe('Cabo 1° Daniel Palma Muñoz') // 'cabo-1-daniel-palma-munoz'
 */
export function slugDe(nombre: string): string {
  const slug = nombre
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return slug || 'memorial'
}

/**
 * Addresses a memorial may never take: the form's own pages (`/condolencias/mensaje`, `/firma`,
 * `/revisar`, `/enviado/:id`, which the web reads before a slug) and «general», the book that
 * holds the messages from before memorials (decision 0065).
 */
export const SLUGS_RESERVADOS: ReadonlySet<string> = new Set([
  'mensaje',
  'firma',
  'revisar',
  'enviado',
  'general',
])

async function fotoValida(files: FileStore, foto: string | null | undefined) {
  if (foto && !(await fotoCompleta(files, foto))) throw invalidField('foto', 'foto_incompleta')
}

/**
 * A new memorial: its slug from the name (with the year, then a number, when taken), its photo
 * checked complete in the store. Audited.
 *
 * @example
 * const planned = await planMemorial(ctx, files, input)
 */
export async function planMemorial(
  ctx: ServiceContext,
  files: FileStore,
  input: MemorialInput,
): Promise<Planned<{ slug: string }>> {
  await fotoValida(files, input.foto)
  const base = slugDe(input.nombre)
  const taken = new Set(
    (
      await ctx.db
        .select({ slug: memoriales.slug })
        .from(memoriales)
        .where(or(eq(memoriales.slug, base), like(memoriales.slug, `${base}-%`)))
    ).map((row) => row.slug),
  )
  for (const reservado of SLUGS_RESERVADOS) taken.add(reservado)
  const candidates = [base, `${base}-${input.fecha.slice(0, 4)}`]
  let slug = candidates.find((candidate) => !taken.has(candidate))
  for (let n = 2; !slug; n++) if (!taken.has(`${base}-${n}`)) slug = `${base}-${n}`
  const now = ctx.clock.now()
  const id = rowId()
  return {
    writes: [
      ctx.db
        .insert(memoriales)
        .values({ id, slug, ...input, foto: input.foto ?? null, createdAt: now, updatedAt: now }),
      auditEntry(ctx, 'memorial.created', { type: 'memorial', id }, { slug }),
    ],
    result: { slug },
  }
}

/**
 * An administrator's edit of a memorial (its slug stays: it is its address). Its version moves,
 * so the first page cached under the old one is not read again with new words.
 *
 * @example
 * const planned = await planEdicion(ctx, files, 'general', input)
 */
export async function planEdicion(
  ctx: ServiceContext,
  files: FileStore,
  slug: string,
  input: MemorialInput,
): Promise<Planned<{ slug: string }>> {
  const [row] = await ctx.db.select({ id: memoriales.id }).from(memoriales).where(eq(memoriales.slug, slug))
  if (!row) throw new AppError('not_found')
  await fotoValida(files, input.foto)
  return {
    writes: [
      ctx.db
        .update(memoriales)
        .set({
          ...input,
          foto: input.foto ?? null,
          version: sql`${memoriales.version} + 1`,
          updatedAt: ctx.clock.now(),
        })
        .where(eq(memoriales.id, row.id)),
      auditEntry(ctx, 'memorial.updated', { type: 'memorial', id: row.id }, { slug }),
    ],
    result: { slug },
  }
}
