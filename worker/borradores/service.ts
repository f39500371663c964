import { and, eq, sql } from 'drizzle-orm'
import { borradores, users } from '../../db/schema/index.ts'
import type { Ports } from '../ports.ts'
import { shardOf } from '../shards/protocol.ts'
import { runWrites, toStatements } from '../writes.ts'
import type { FormularioConBorrador } from './formularios.ts'

/** What a draft store needs: the database, the clock, and at the edge the shards that keep drafts. */
export type BorradorPorts = Pick<Ports, 'db' | 'storage' | 'clock' | 'shards'>

/** A draft as "Mis trámites" lists it: which form, when it was last saved, its version. */
export interface BorradorListado {
  formulario: string
  /** ISO 8601, the server's clock. */
  updatedAt: string
  version: number
}

/** A draft as its form reads it back. */
export interface Borrador extends BorradorListado {
  respuestas: Record<string, string>
}

/** What a shard keeps to answer with (decision 0034): the answers and when they were saved. */
interface Vista {
  respuestas: Record<string, string>
  updatedAt: string
}

/**
 * The save of a draft as one statement, the same on Node and (through a shard) on Turso: from the
 * account's own row, so that an account erased meanwhile writes nothing instead of breaking the
 * foreign key; the version moves past the stored one even when the clock does not.
 */
function upsert(ports: BorradorPorts, owner: string, formulario: string, texto: string, at: Date) {
  const { db } = ports
  return db
    .insert(borradores)
    .select(
      db
        .select({
          userId: users.id,
          formulario: sql<string>`${formulario}`.as('formulario'),
          respuestas: sql<string>`${texto}`.as('respuestas'),
          updatedAt: sql<number>`${at.getTime()}`.as('updated_at'),
          version: sql<number>`${at.getTime()}`.as('version'),
        })
        .from(users)
        .where(eq(users.id, owner)),
    )
    .onConflictDoUpdate({
      target: [borradores.userId, borradores.formulario],
      set: {
        respuestas: sql`excluded.respuestas`,
        updatedAt: sql`excluded.updated_at`,
        version: sql`max(excluded.version, ${borradores.version} + 1)`,
      },
    })
}

function removal(ports: BorradorPorts, owner: string, formulario: string) {
  return ports.db
    .delete(borradores)
    .where(and(eq(borradores.userId, owner), eq(borradores.formulario, formulario)))
}

/**
 * Saves an account's draft of a form (`texto`: its answers as JSON, already within the limit):
 * one write — on Node the upsert itself; at the edge the owner's shard keeps it and commits the
 * latest to Turso with the other drafts it keeps, seconds later (decision 0034).
 *
 * @example
 * const saved = await guardarBorrador(ports, actor.userId, 'permisos', '{"destino":"Av. Matta 1200"}')
 */
export async function guardarBorrador(
  ports: BorradorPorts,
  owner: string,
  formulario: FormularioConBorrador,
  texto: string,
): Promise<BorradorListado> {
  const at = ports.clock.now()
  const updatedAt = at.toISOString()
  const write = upsert(ports, owner, formulario, texto, at)
  if (ports.shards) {
    const view: Vista = { respuestas: JSON.parse(texto) as Record<string, string>, updatedAt }
    const version = await ports.shards.keepDraft(shardOf(owner), {
      owner,
      form: formulario,
      view: JSON.stringify(view),
      version: at.getTime(),
      statements: toStatements([write]),
    })
    return { formulario, updatedAt, version }
  }
  const [result] = await runWrites(ports, [write.returning({ version: borradores.version })])
  return { formulario, updatedAt, version: Number(result?.rows[0]?.version ?? at.getTime()) }
}

/**
 * Forgets an account's draft of a form, if there is one: once the form is sent, or when the
 * citizen discards it.
 *
 * @example
 * await descartarBorrador(ports, actor.userId, 'permisos')
 */
export async function descartarBorrador(
  ports: BorradorPorts,
  owner: string,
  formulario: FormularioConBorrador,
): Promise<void> {
  const write = removal(ports, owner, formulario)
  if (!ports.shards) {
    await runWrites(ports, [write])
    return
  }
  await ports.shards.keepDraft(shardOf(owner), {
    owner,
    form: formulario,
    view: null,
    version: ports.clock.now().getTime(),
    statements: toStatements([write]),
  })
}

const columnas = {
  formulario: borradores.formulario,
  respuestas: borradores.respuestas,
  updatedAt: borradores.updatedAt,
  version: borradores.version,
}

type Fila = { formulario: string; respuestas: Record<string, string>; updatedAt: Date; version: number }

const desdeFila = (fila: Fila): Borrador => ({
  formulario: fila.formulario,
  respuestas: fila.respuestas,
  updatedAt: fila.updatedAt.toISOString(),
  version: fila.version,
})

/** A draft a shard keeps, as its owner reads it; null when it was discarded. */
function desdeShard(formulario: string, kept: { view: string | null; version: number }): Borrador | null {
  if (kept.view === null) return null
  const view = JSON.parse(kept.view) as Vista
  return { formulario, respuestas: view.respuestas, updatedAt: view.updatedAt, version: kept.version }
}

/**
 * An account's draft of a form, or null: at the edge what its shard keeps (a save Turso does not
 * have yet, or a discarding) comes before Turso's row.
 *
 * @example
 * const draft = await leerBorrador(ports, actor.userId, 'permisos')
 */
export async function leerBorrador(
  ports: BorradorPorts,
  owner: string,
  formulario: FormularioConBorrador,
): Promise<Borrador | null> {
  const { db, shards } = ports
  const [[fila], kept] = await Promise.all([
    db
      .select(columnas)
      .from(borradores)
      .where(and(eq(borradores.userId, owner), eq(borradores.formulario, formulario))),
    shards ? shards.draftOf(shardOf(owner), owner, formulario) : null,
  ])
  if (kept) return desdeShard(formulario, kept)
  return fila ? desdeFila(fila) : null
}

/**
 * An account's drafts, the latest saved first, without their answers: what "Mis trámites" lists.
 *
 * @example
 * const drafts = await listarBorradores(ports, actor.userId)
 */
export async function listarBorradores(ports: BorradorPorts, owner: string): Promise<BorradorListado[]> {
  const { db, shards } = ports
  const [filas, kept] = await Promise.all([
    db
      .select({
        formulario: borradores.formulario,
        updatedAt: borradores.updatedAt,
        version: borradores.version,
      })
      .from(borradores)
      .where(eq(borradores.userId, owner)),
    shards ? shards.draftsOf(shardOf(owner), owner) : [],
  ])
  const byForm = new Map<string, BorradorListado | null>(
    filas.map((fila) => [fila.formulario, { ...fila, updatedAt: fila.updatedAt.toISOString() }]),
  )
  for (const one of kept) {
    const draft = desdeShard(one.form, one)
    byForm.set(
      one.form,
      draft && { formulario: one.form, updatedAt: draft.updatedAt, version: draft.version },
    )
  }
  return [...byForm.values()]
    .flatMap((draft) => (draft ? [draft] : []))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}
