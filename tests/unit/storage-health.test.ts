import { LibsqlBatchError, LibsqlError } from '@libsql/client'
import { DrizzleQueryError } from 'drizzle-orm/errors'
import { describe, expect, it } from 'vitest'
import { AppError, storageFault } from '../../worker/errors.ts'
import type { Logger } from '../../worker/log.ts'
import { STORAGE_ALERT, STORAGE_RECOVERED, StorageHealth } from '../../worker/storage-health.ts'

/** The errors each driver throws, as they are built (messages aside, read from the real ones). */
const driverErrors = {
  // The group-commit client (db/group-commit.ts): the native driver's name and number, as LibsqlError.
  embeddedFull: new LibsqlError('database or disk is full', 'SQLITE_FULL', undefined, 13),
  embeddedIoWrite: new LibsqlError('disk I/O error', 'SQLITE_IOERR_WRITE', undefined, 778),
  embeddedIoFsync: new LibsqlError('disk I/O error', 'SQLITE_IOERR_FSYNC', undefined, 1034),
  // A statement read on the reading connection, before it is wrapped: the native error as is.
  nativeShortRead: Object.assign(new Error('disk I/O error'), {
    code: 'SQLITE_IOERR_SHORT_READ',
    rawCode: 522,
  }),
  // @libsql/client over HTTP: Turso's server sends the primary name only, no number.
  httpFull: new LibsqlBatchError('database or disk is full', 1, 'SQLITE_FULL'),
  httpIo: new LibsqlError('disk I/O error', 'SQLITE_IOERR'),
  // @libsql/client's own SQLite driver: primary name, extended name, number.
  clientIo: new LibsqlError('disk I/O error', 'SQLITE_IOERR', 'SQLITE_IOERR_DELETE', 2570),
}

describe('storageFault', () => {
  it.each([
    ['embeddedFull', 'storage_full'],
    ['embeddedIoWrite', 'storage_error'],
    ['embeddedIoFsync', 'storage_error'],
    ['nativeShortRead', 'storage_error'],
    ['httpFull', 'storage_full'],
    ['httpIo', 'storage_error'],
    ['clientIo', 'storage_error'],
  ] as const)('knows %s as %s, bare and as drizzle wraps it', (name, fault) => {
    const error = driverErrors[name]
    expect(storageFault(error)).toBe(fault)
    expect(storageFault(new DrizzleQueryError('insert into "condolencias" …', [], error))).toBe(fault)
  })

  it('leaves every other error alone: constraints, a busy database, a message that only says so', () => {
    for (const error of [
      new LibsqlError('UNIQUE constraint failed: users.email', 'SQLITE_CONSTRAINT_UNIQUE', undefined, 2067),
      new LibsqlError('database is locked', 'SQLITE_BUSY', undefined, 5),
      new LibsqlError('no such table: x', 'SQLITE_ERROR'),
      new Error('SQLITE_FULL: database or disk is full'),
      new AppError('storage_full'),
      { code: 'constructor' },
      'SQLITE_IOERR',
      null,
      undefined,
    ]) {
      expect(storageFault(error)).toBeUndefined()
    }
  })
})

function recordingLogger() {
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = []
  const push = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push({ level, message, fields })
  }
  const log: Logger = { info: push('info'), warn: push('warn'), error: push('error') }
  return { log, lines }
}

describe('StorageHealth', () => {
  it('alerts once when a fault begins, refuses with 503 and Retry-After, and recovers once', () => {
    const { log, lines } = recordingLogger()
    const storage = new StorageHealth(log)
    const before = storage.faultsBegun
    const refusals = [1, 2, 3].map(() => storage.refusal(driverErrors.embeddedFull))
    expect(refusals.map((refusal) => [refusal?.status, refusal?.code, refusal?.retryAfter])).toEqual([
      [503, 'storage_full', 60],
      [503, 'storage_full', 60],
      [503, 'storage_full', 60],
    ])
    expect(storage.fault).toBe('storage_full')
    expect(lines.map((line) => [line.level, line.message])).toEqual([['error', STORAGE_ALERT]])

    // A write that was under way when the fault began does not end it…
    storage.wrote(before)
    expect(storage.fault).toBe('storage_full')
    // …one that started after does, with one line.
    storage.wrote(storage.faultsBegun)
    storage.wrote(storage.faultsBegun)
    expect(storage.fault).toBeUndefined()
    expect(lines.map((line) => [line.level, line.message])).toEqual([
      ['error', STORAGE_ALERT],
      ['info', STORAGE_RECOVERED],
    ])
    expect(lines[1]?.fields).toMatchObject({ reason: 'storage_full', refused: 3 })
  })

  it('alerts again when the fault changes kind, and not for other errors', () => {
    const { log, lines } = recordingLogger()
    const storage = new StorageHealth(log)
    expect(storage.refusal(new Error('a bug'))).toBeUndefined()
    expect(storage.fault).toBeUndefined()
    storage.refusal(driverErrors.httpFull)
    storage.refusal(driverErrors.httpIo)
    expect(storage.refusal(driverErrors.httpIo)?.retryAfter).toBe(30)
    expect(storage.fault).toBe('storage_error')
    expect(lines.map((line) => line.fields?.reason)).toEqual(['storage_full', 'storage_error'])
  })
})
