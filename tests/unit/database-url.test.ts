import { describe, expect, it } from 'vitest'
import { openDatabase, redactedUrl } from '../../db/open.ts'

describe('DATABASE_URL', () => {
  it('opens a libSQL server over HTTP from its libsql://, https:// or http:// URL, without connecting yet', async () => {
    for (const url of [
      'libsql://comisaria-carabineros.turso.io',
      'https://sqld.example.cl',
      'http://10.0.0.5:8080',
    ]) {
      const database = await openDatabase(url, 'token')
      expect(database.kind).toBe('remote')
      expect(database.client.protocol).toBe('http')
      database.client.close()
    }
  })

  it('refuses any other scheme, naming the setting and not the token', async () => {
    for (const url of ['ws://sqld.example.cl', 'postgres://db.example.cl/comisaria', 'comisaria.db']) {
      await expect(openDatabase(url)).rejects.toThrow(
        /^DATABASE_URL must be file:, libsql:\/\/, https:\/\/ or http:\/\//,
      )
    }
    await expect(openDatabase('wss://db.turso.io?authToken=secret')).rejects.toThrow(
      /got wss:\/\/db\.turso\.io$/,
    )
  })

  it('is logged without a token or a password', () => {
    expect(redactedUrl('libsql://db-org.turso.io?authToken=secret')).toBe('libsql://db-org.turso.io')
    expect(redactedUrl('https://user:secret@sqld.example.cl:8080/base?x=1')).toBe(
      'https://sqld.example.cl:8080/base',
    )
    expect(redactedUrl('file:data/comisaria.db')).toBe('file:data/comisaria.db')
  })
})
