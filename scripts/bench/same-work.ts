/**
 * `npm run bench -- enumeration`: whether registration and password reset tell, by their time,
 * who has an account. Each form is sent alternately for an account that exists and one that does
 * not, one request at a time, and the medians are printed side by side.
 */

import { checkDigit } from '../../core/run.ts'
import { DEVICE_SECRET } from '../../tests/support/client.ts'
import { startNodeServer } from '../../tests/support/node-server.ts'

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

const run = (numero: number) => `${numero}-${checkDigit(numero)}`

/** Registers, then times `rounds` of each pair alternately; returns the medians in ms. */
export async function sameWork(rounds = { register: 15, reset: 200 }) {
  const server = await startNodeServer({ env: { RATE_LIMITS: '0' } })
  const post = async (path: string, body: unknown) => {
    const started = performance.now()
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-secret': DEVICE_SECRET },
      body: JSON.stringify(body),
    })
    await response.arrayBuffer()
    if (response.status !== 202) throw new Error(`${path} answered ${response.status}`)
    return performance.now() - started
  }
  const citizen = (numero: number) => ({
    run: run(numero),
    nombres: 'Ana',
    apellidos: 'Soto',
    email: `ana${numero}@example.cl`,
    password: 'una clave larga de invierno',
  })
  const known = citizen(31_000_000)
  await post('/api/auth/register', known)
  const times = {
    registerKnown: [] as number[],
    registerNew: [] as number[],
    resetKnown: [] as number[],
    resetUnknown: [] as number[],
  }
  for (let i = 1; i <= rounds.register; i += 1) {
    times.registerKnown.push(await post('/api/auth/register', known))
    times.registerNew.push(await post('/api/auth/register', citizen(31_000_000 + i)))
  }
  for (let i = 0; i < rounds.reset; i += 1) {
    times.resetKnown.push(await post('/api/auth/password-reset', { email: known.email }))
    times.resetUnknown.push(await post('/api/auth/password-reset', { email: `nadie${i}@example.cl` }))
  }
  await server.stop()
  return {
    register: { exists: median(times.registerKnown), new: median(times.registerNew), n: rounds.register },
    reset: { exists: median(times.resetKnown), new: median(times.resetUnknown), n: rounds.reset },
  }
}

/** Prints the medians as a table. */
export function printSameWork(figures: Awaited<ReturnType<typeof sameWork>>): void {
  console.log('\nSame work whether or not the account exists (median ms, one request at a time):')
  console.table({
    'POST /api/auth/register': {
      'account exists': figures.register.exists.toFixed(1),
      'no account': figures.register.new.toFixed(1),
      requests: figures.register.n,
    },
    'POST /api/auth/password-reset': {
      'account exists': figures.reset.exists.toFixed(1),
      'no account': figures.reset.new.toFixed(1),
      requests: figures.reset.n,
    },
  })
}
