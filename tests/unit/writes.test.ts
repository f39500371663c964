import { drizzle } from 'drizzle-orm/libsql'
import { describe, expect, it } from 'vitest'
import * as schema from '../../db/schema/index.ts'
import { auditLog, constanciasVoto } from '../../db/schema/index.ts'
import { enqueueMail } from '../../worker/mail/outbox.ts'
import { insertRow } from '../../worker/writes.ts'

/** drizzle only to build statements: no connection is ever opened. */
const db = drizzle({ client: {} as never, schema })
const at = new Date('2026-11-23T12:00:00Z')

const constancia: typeof constanciasVoto.$inferSelect = {
  id: 'c-1',
  code: 'WNDT7C4Z3T',
  eleccionId: '2025-11-16',
  userId: 'u-1',
  run: '12345678',
  nombres: 'Ana María',
  apellidos: 'Rojas Pizarro',
  fechaNacimiento: '1980-01-01',
  email: 'ana@example.cl',
  telefono: '+56912345678',
  comunaVotacionCut: '13101',
  canal: 'online',
  estado: 'pendiente',
  declaracionAt: at,
  createdAt: at,
  resolvedAt: null,
  resolvedBy: null,
  resolvedUnidad: null,
  motivoRechazo: null,
  depuradaAt: null,
}

describe('insertRow', () => {
  it('writes the same SQL and arguments as drizzle for a whole row (dates, nulls, enums)', () => {
    const ours = insertRow(constanciasVoto, constancia)
    const theirs = db.insert(constanciasVoto).values(constancia).toSQL()
    expect(ours).toEqual({ sql: theirs.sql, args: theirs.params })
  })

  it('leaves out the columns not given (their SQL default applies), JSON columns as text', () => {
    const row = {
      id: 'a-1',
      at,
      actorKind: 'citizen' as const,
      action: 'user.login' as const,
      detail: { x: 1 },
    }
    const ours = insertRow(auditLog, row)
    expect(ours.sql).toBe(
      'insert into "audit_log" ("id", "at", "actor_kind", "action", "detail") values (?, ?, ?, ?, ?)',
    )
    expect(ours.args).toEqual(['a-1', at.getTime(), 'citizen', 'user.login', '{"x":1}'])
    // drizzle names every column, with null for those not given: the same row once written.
    const theirs = db.insert(auditLog).values(row).toSQL()
    expect(theirs.params.filter((p) => p !== null)).toEqual(ours.args)
  })

  it('keeps one text per set of columns', () => {
    const a = enqueueMail(at, 'comisaria.test', { to: 'a@example.cl', subject: 'S', text: 'T' })
    const b = enqueueMail(at, 'comisaria.test', { to: 'b@example.cl', subject: 'S', text: 'T' })
    expect(a.sql).toBe(b.sql)
    expect(a.sql).toMatch(/^insert into "outbox" \(/)
    expect(a.args).not.toEqual(b.args)
  })
})
