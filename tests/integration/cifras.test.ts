import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CIFRA_UPSERT } from '../../db/cifras.ts'
import { sumarCifras } from '../../worker/cifras/contar.ts'
import { rebuildCifras } from '../../worker/cifras/recuento.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { countersAndRecount } from '../support/cifras.ts'
import { signedInWithClaveUnica, testClaveUnica } from '../support/claveunica.ts'
import { comprasRequest, DEMO, solicitudRequest } from '../support/demo.ts'
import { signedInStaff } from '../support/identity.ts'

let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
beforeAll(async () => {
  claveunica = await testClaveUnica()
})
afterAll(() => claveunica.provider.close())

const DAY = '2026-11-23'
const CITIZENS = [DEMO.maria, DEMO.jose, DEMO.valentina]

type Op =
  | { kind: 'permiso'; who: number; parallel: number }
  | { kind: 'rechazo' }
  | { kind: 'revocar'; which: number }
  | { kind: 'constancia'; who: number }
  | { kind: 'resolver'; which: number; result: 'validar' | 'rechazar'; twice: boolean }
  | { kind: 'suprimir'; who: number }
  | { kind: 'replay' }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('permiso'), who: fc.nat(2), parallel: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('rechazo') }),
  fc.record({ kind: fc.constant('revocar'), which: fc.nat(20) }),
  fc.record({ kind: fc.constant('constancia'), who: fc.nat(2) }),
  fc.record({
    kind: fc.constant('resolver'),
    which: fc.nat(20),
    result: fc.constantFrom('validar', 'rechazar'),
    twice: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('suprimir'), who: fc.nat(2) }),
  fc.record({ kind: fc.constant('replay') }),
) as fc.Arbitrary<Op>

describe('rollups', () => {
  it('equal a full recount after any sequence of writes, state changes, failed batches and replays', async () => {
    const clock = fixedClock(new Date(`${DAY}T12:00:00Z`))
    const t = await testApp({ env: { ...claveunica.env, RATE_LIMITS: '0' }, clock })
    const [maria, ...others] = await Promise.all(CITIZENS.map((c) => signedInWithClaveUnica(t.app, c.run)))
    if (!maria) throw new Error('no citizen')
    const citizens = [maria, ...others]
    for (const citizen of citizens)
      await citizen.post('/api/constancias-voto/aviso', { eleccionId: `demo-${DAY}` })
    const isolated = await signedInWithClaveUnica(t.app, '99.999.999-9')
    const officer = (await signedInStaff(t, 'officer')).client
    const supervisor = (await signedInStaff(t, 'supervisor')).client
    const permits: string[] = []
    const constancias: string[] = []
    let last: { who: typeof maria; path: string; body: unknown; key: string } | null = null
    let keys = 0
    const send = async (who: typeof maria, path: string, body: unknown) => {
      last = { who, path, body, key: `k-${++keys}` }
      return who.post(path, body, { 'idempotency-key': last.key })
    }

    const apply = async (o: Op) => {
      clock.advance(20_000)
      switch (o.kind) {
        case 'permiso': {
          const who = citizens[o.who] ?? maria
          const person = CITIZENS[o.who] ?? DEMO.maria
          // Several at once: past the weekly quota, the insert's CHECK fails the whole batch.
          const answers = await Promise.all(
            Array.from({ length: o.parallel }, () =>
              send(who, '/api/permisos', comprasRequest(DAY, person.serie)),
            ),
          )
          for (const answer of answers)
            if (answer.status === 201) permits.push(((await answer.json()) as { code: string }).code)
          return
        }
        case 'rechazo':
          await send(isolated, '/api/permisos', comprasRequest(DAY, 'A045678901'))
          return
        case 'revocar': {
          const code = permits[o.which % Math.max(permits.length, 1)]
          if (code)
            await supervisor.post(`/api/supervisor/permisos/${code}/revocar`, {
              motivo: 'Uso indebido del permiso.',
            })
          return
        }
        case 'constancia': {
          const answer = await send(
            citizens[o.who] ?? maria,
            '/api/constancias-voto',
            solicitudRequest(DAY, (CITIZENS[o.who] ?? DEMO.maria).nacimiento),
          )
          if (answer.status === 201) constancias.push(((await answer.json()) as { code: string }).code)
          return
        }
        case 'resolver': {
          const code = constancias[o.which % Math.max(constancias.length, 1)]
          if (!code) return
          const resolve = () =>
            o.result === 'validar'
              ? officer.post(`/api/funcionarios/constancias-voto/${code}/validar`, {
                  documento: 'cedula',
                  numeroDocumento: '512.345.678',
                  vencimiento: '2027-03-01',
                  runDocumento: DEMO.maria.run,
                  nombreCoincide: true,
                })
              : officer.post(`/api/funcionarios/constancias-voto/${code}/rechazar`, {
                  motivo: 'Documento vencido.',
                })
          // Twice at once: the validation's key fails the second batch as a whole.
          await Promise.all(o.twice ? [resolve(), resolve()] : [resolve()])
          return
        }
        case 'suprimir': {
          const erased = await (citizens[o.who] ?? maria).post('/api/mis-datos/supresion', {
            confirmar: true,
          })
          const { cuentaEliminada } = (await erased.json()) as { cuentaEliminada?: boolean }
          // With nothing kept the account went: the citizen signs in again (a new account).
          if (cuentaEliminada) {
            const again = await signedInWithClaveUnica(t.app, (CITIZENS[o.who] ?? DEMO.maria).run)
            await again.post('/api/constancias-voto/aviso', { eleccionId: `demo-${DAY}` })
            citizens[o.who] = again
          }
          return
        }
        case 'replay':
          if (last) await last.who.post(last.path, last.body, { 'idempotency-key': last.key })
          return
      }
    }

    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 12 }), async (ops) => {
        for (const o of ops) await apply(o)
        const { kept, recounted } = await countersAndRecount(t.db)
        expect(kept).toEqual(recounted)
      }),
      { numRuns: 12, seed: 20261204 },
    )
    expect(permits.length).toBeGreaterThan(0)
    expect(constancias.length).toBeGreaterThan(0)
    // The rebuild writes what the recount says, and the figures read the same.
    const before = await (await supervisor.get(`/api/supervisor/permisos/cifras?fecha=${DAY}`)).json()
    await rebuildCifras(t.db)
    expect(await (await supervisor.get(`/api/supervisor/permisos/cifras?fecha=${DAY}`)).json()).toEqual(
      before,
    )
  })

  it('adds a batch’s counters into one UPSERT each, as a shard commits them', () => {
    const moved = (comunaCut: string, n: number) => ({
      sql: CIFRA_UPSERT,
      args: ['permisos', '', 0, comunaCut, 'emitido', n],
    })
    const other = { sql: 'insert into permisos …', args: [] }
    const summed = sumarCifras([
      other,
      moved('13101', 1),
      moved('13101', 1),
      moved('5101', 1),
      moved('13101', 1),
      moved('5101', -1),
    ])
    expect(summed).toEqual([other, moved('13101', 3)])
  })
})

describe('figures routes', () => {
  it('answer with an ETag, and 304 when nothing changed since', async () => {
    const t = await testApp({ env: claveunica.env, clock: fixedClock(new Date(`${DAY}T12:00:00Z`)) })
    const supervisor = (await signedInStaff(t, 'supervisor')).client
    for (const path of [
      `/api/supervisor/permisos/cifras?fecha=${DAY}`,
      '/api/supervisor/constancias-voto/cifras',
    ]) {
      const first = await supervisor.get(path)
      const tag = first.headers.get('etag') ?? ''
      expect(tag).toMatch(/^"/)
      expect(first.headers.get('cache-control')).toBe('private, no-cache')
      const again = await supervisor.get(path, { 'if-none-match': tag })
      expect(again.status).toBe(304)
      expect(await again.text()).toBe('')
    }
    const valentina = await signedInWithClaveUnica(t.app, DEMO.valentina.run)
    const before =
      (await supervisor.get(`/api/supervisor/permisos/cifras?fecha=${DAY}`)).headers.get('etag') ?? ''
    await valentina.post('/api/permisos', comprasRequest(DAY, DEMO.valentina.serie))
    const after = await supervisor.get(`/api/supervisor/permisos/cifras?fecha=${DAY}`, {
      'if-none-match': before,
    })
    expect(after.status).toBe(200)
  })
})
