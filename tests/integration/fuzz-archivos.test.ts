import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OFFSET_HEADER, PARTE_CONTENT_TYPE, PARTE_MIN } from '../../worker/archivos/limites.ts'
import type { ArchivoView } from '../../worker/archivos/schema.ts'
import { errorStatus } from '../../worker/errors.ts'
import { FUZZ_RUNS, FUZZ_SEED, fuzzAppWithCitizen } from '../support/fuzz.ts'
import { headerText } from '../support/fuzz-values.ts'

const JPEG = [0xff, 0xd8, 0xff, 0xe0]
/** Parts sent: a tenth of the JSON endpoints' count (each carries up to 150 KiB). */
const PARTS = Math.max(50, Math.round(FUZZ_RUNS / 10))

/** One generated part: where it says it goes, what it says it is, what it carries. */
const part = fc.record({
  offset: fc.oneof(
    { weight: 6, arbitrary: fc.constant('right') },
    { weight: 1, arbitrary: fc.constantFrom('0', '-1', '1e3', ' 0', '', '99999999999999999', 'abc') },
    { weight: 1, arbitrary: headerText(20) },
    { weight: 1, arbitrary: fc.nat({ max: 400_000 }).map(String) },
  ),
  type: fc.oneof(
    { weight: 8, arbitrary: fc.constant(PARTE_CONTENT_TYPE) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('application/json', 'application/octet-stream', '', 'text/plain'),
    },
  ),
  length: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: PARTE_MIN, max: 150 * 1024 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: PARTE_MIN }) },
  ),
  /** The declared length against the bytes sent: usually the truth. */
  lies: fc.oneof(
    { weight: 9, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: 5 }) },
  ),
  head: fc.oneof(
    { weight: 5, arbitrary: fc.constant(JPEG) },
    { weight: 1, arbitrary: fc.array(fc.nat(255), { maxLength: 8 }) },
  ),
})

let fuzzing: Awaited<ReturnType<typeof fuzzAppWithCitizen>>
beforeAll(async () => {
  fuzzing = await fuzzAppWithCitizen()
}, 60_000)
afterAll(() => fuzzing?.close())

describe('file parts, generated (PATCH /api/archivos/:id)', () => {
  it(`${PARTS} generated parts: never a server error, always the one error shape, and the upload holds exactly the parts it acknowledged`, async () => {
    const { t, session } = fuzzing
    const cookie = `cv_session=${session}`
    const send = (path: string, init: RequestInit = {}) =>
      t.app.request(path, {
        ...init,
        headers: { cookie, 'sec-fetch-site': 'same-origin', ...(init.headers as Record<string, string>) },
      })
    const SIZE = 300 * 1024
    let id = ''
    let acknowledged: Buffer[] = []
    const begin = async () => {
      const response = await send('/api/archivos', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ nombre: 'fuzz.jpg', bytes: SIZE }),
      })
      expect(response.status).toBe(201)
      id = ((await response.json()) as ArchivoView).id
      acknowledged = []
    }
    await begin()
    for (const generated of fc.sample(part, { seed: FUZZ_SEED, numRuns: PARTS })) {
      const at = acknowledged.reduce((sum, chunk) => sum + chunk.length, 0)
      const bytes = Buffer.alloc(Math.min(generated.length, SIZE - at))
      bytes.set(generated.head.slice(0, bytes.length))
      const response = await send(`/api/archivos/${id}`, {
        method: 'PATCH',
        headers: {
          'content-type': generated.type,
          [OFFSET_HEADER]: generated.offset === 'right' ? String(at) : generated.offset,
          'content-length': String(Math.max(0, bytes.length + generated.lies)),
        },
        body: bytes,
      })
      expect(response.status).toBeLessThan(500)
      const body = (await response.json()) as Record<string, unknown>
      if (response.status >= 400) {
        expect(body).toMatchObject({
          status: response.status,
          code: expect.any(String),
          requestId: expect.any(String),
        })
        expect(errorStatus[body.code as keyof typeof errorStatus]).toBe(response.status)
        // A refused type forgets the upload: begin another.
        if ((await send(`/api/archivos/${id}`)).status === 404) await begin()
        continue
      }
      acknowledged.push(bytes)
      const view = body as unknown as ArchivoView
      const held = Buffer.concat(acknowledged)
      expect(view.recibidos).toBe(held.length)
      if (view.completo) {
        expect(view.sha256).toBe(createHash('sha256').update(held).digest('hex'))
        await begin()
      }
    }
  }, 120_000)
})
