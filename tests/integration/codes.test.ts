import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { constanciasVoto } from '../../db/schema/index.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { signedInWithClaveUnica, testClaveUnica } from '../support/claveunica.ts'
import { comprasRequest, DEMO } from '../support/demo.ts'

/** Codes the next draws give, before the random ones: a test makes a draw meet a code in use. */
const drawn = vi.hoisted((): string[] => [])
vi.mock('../../worker/codes.ts', async (original) => {
  const real = await original<typeof import('../../worker/codes.ts')>()
  return {
    ...real,
    randomCode: (...args: Parameters<typeof real.randomCode>) => drawn.shift() ?? real.randomCode(...args),
  }
})

let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
beforeAll(async () => {
  claveunica = await testClaveUnica()
})
afterAll(() => claveunica.provider.close())

describe('document codes', () => {
  it('are never issued twice, whatever the draw: a code in use by a document of any kind is drawn again', async () => {
    const t = await testApp({ env: claveunica.env, clock: fixedClock(new Date('2026-11-23T12:00:00Z')) })
    const citizen = await signedInWithClaveUnica(t.app, '88.888.888-8')
    const compras = comprasRequest('2026-11-23', DEMO.valentina.serie)
    const first = (await (await citizen.post('/api/permisos', compras)).json()) as { code: string }
    // The next draw gives that permit's code, then a random one.
    drawn.push(first.code)
    const second = await citizen.post('/api/permisos', { ...compras, hora: '15:00' })
    expect(second.status).toBe(201)
    const { code } = (await second.json()) as { code: string }
    expect(code).not.toBe(first.code)
    expect(drawn).toEqual([])

    // Across kinds: a constancia's draw that meets the permit's code is drawn again too.
    const maria = await signedInWithClaveUnica(t.app, '44.444.444-4')
    expect((await maria.post('/api/constancias-voto/aviso', { eleccionId: 'demo-2026-11-23' })).status).toBe(
      200,
    )
    drawn.push(first.code)
    const constancia = await maria.post('/api/constancias-voto', {
      eleccionId: 'demo-2026-11-23',
      fechaNacimiento: '1985-03-14',
      email: 'maria@example.cl',
      emailConfirmacion: 'maria@example.cl',
      telefono: '987654321',
      declaracion: true,
    })
    expect(constancia.status).toBe(201)
    const [row] = await t.db.select().from(constanciasVoto)
    expect(row?.code).not.toBe(first.code)
  })
})
