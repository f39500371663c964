import { afterEach, describe, expect, it, vi } from 'vitest'
import { informacionDesafios, informaciones } from '../../db/schema/index.ts'
import { DESAFIO_VIGENCIA_MS } from '../../worker/informacion/desafio.ts'
import { consoleLogger, sinHora } from '../../worker/log.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { mesaConClave, resolver, tipCifrado } from '../support/informacion.ts'

/** The proof of work by the clock port (in-process; the Node server's test is informacion.test.ts). */
describe('información anónima: the challenge by the clock', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  async function sent(t: Awaited<ReturnType<typeof testApp>>, body: unknown) {
    return t.app.request('/api/informacion', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  }

  it('refuses a challenge past its ten minutes, and keeps a used one only until the end of the day it expires on', async () => {
    const clock = fixedClock(new Date('2026-11-23T12:00:00Z'))
    const t = await testApp({ clock })
    await mesaConClave(t.db)
    const desafio = async () => resolver(await (await t.app.request('/api/informacion/desafio')).json())

    const late = await tipCifrado('tarde', await desafio())
    clock.advance(DESAFIO_VIGENCIA_MS + 1)
    const refused = await sent(t, late.body)
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { fields: { field: string }[] }).fields[0]?.field).toBe('desafio')
    expect(await t.db.select().from(informaciones)).toEqual([])

    const onTime = await tipCifrado('a tiempo', await desafio())
    expect((await sent(t, onTime.body)).status).toBe(201)
    const [kept] = await t.db.select().from(informacionDesafios)
    // Issued at 12:10:00.001Z, usable until 12:20:00.001Z: kept until the 23rd ends in Chile
    // (03:00Z on the 24th), not a time that would date the tip written beside it.
    expect(kept?.vence.toISOString()).toBe('2026-11-24T03:00:00.000Z')
    expect((await t.db.select().from(informaciones))[0]?.dia).toBe('2026-11-23')

    // The next day's first tip's batch clears the spent challenges of the day before.
    clock.advance(24 * 60 * 60_000)
    const next = await tipCifrado('después', await desafio())
    expect((await sent(t, next.body)).status).toBe(201)
    expect((await t.db.select().from(informacionDesafios)).map((row) => row.vence.toISOString())).toEqual([
      '2026-11-25T03:00:00.000Z',
    ])
  })

  it('logs the lines of the tip routes with the day, never the time', () => {
    const lines: string[] = []
    vi.spyOn(console, 'error').mockImplementation((line: string) => {
      lines.push(line)
    })
    sinHora(consoleLogger({ service: 'test' }), () => '2026-11-23').error('unhandled error', {
      error: 'boom',
    })
    expect(JSON.parse(lines[0] ?? '{}')).toEqual({
      time: '2026-11-23',
      level: 'error',
      message: 'unhandled error',
      service: 'test',
      error: 'boom',
    })
  })
})
