// The demo citizens the local ClaveÚnica knows, and the claims it releases for them in ClaveÚnica's shape.
import { createHash, timingSafeEqual } from 'node:crypto'
import type { AccountClaims } from 'oidc-provider'
import { parseRun, type Run } from '../../../core/run.ts'

/** A citizen the local ClaveÚnica can log in; `run` is written without dots (`44444444-4`). */
export interface DemoCitizen {
  run: string
  numero: number
  dv: string
  nombres: string[]
  apellidos: string[]
  password: string
}

const DEMO_PASSWORD = 'demo1234'

function citizen(numero: number, dv: string, nombres: string[], apellidos: string[]): DemoCitizen {
  return Object.freeze({ run: `${numero}-${dv}`, numero, dv, nombres, apellidos, password: DEMO_PASSWORD })
}

/**
 * The demo citizens: ClaveÚnica's own sandbox RUNs plus one whose check digit is K (12.345.670-K, valid
 * by módulo 11). All share the password `demo1234`.
 *
 * @example
 * const maria = DEMO_CITIZENS[0] // { run: '44444444-4', nombres: ['María', 'Carmen'], ... }
 * await page.fill('#run', maria.run); await page.fill('#password', maria.password)
 */
export const DEMO_CITIZENS: readonly DemoCitizen[] = Object.freeze([
  citizen(44444444, '4', ['María', 'Carmen'], ['Del Río', 'González']),
  citizen(55555555, '5', ['José', 'Tomás'], ['Muñoz', 'Sepúlveda']),
  citizen(88888888, '8', ['Valentina', 'Sofía'], ['Pérez', 'Núñez']),
  citizen(99999999, '9', ['Benjamín', 'Andrés'], ['Soto', 'Valdés']),
  citizen(12345670, 'K', ['Camila', 'Antonia'], ['Ñanco', 'Fuentealba']),
])

/**
 * The RUN whose `RolUnico.numero` is delivered as a string ("55555555"), as ClaveÚnica sometimes does,
 * so clients are forced to parse both forms.
 *
 * @example
 * const joseRun = NUMERO_AS_STRING_RUN // '55555555-5'
 */
export const NUMERO_AS_STRING_RUN = '55555555-5'

/**
 * The opaque, stable `sub` of a demo citizen: a hash of the RUN, so that clients cannot key on `sub`
 * thinking it is the RUN, yet the value survives restarts.
 *
 * @example
 * subjectOf(DEMO_CITIZENS[0]) // 'cu-3f9a…' (24 hex digits after the prefix)
 */
export function subjectOf(person: DemoCitizen): string {
  return `cu-${createHash('sha256').update(`claveunica-local:${person.run}`).digest('hex').slice(0, 24)}`
}

/**
 * Finds a demo citizen by `sub` (oidc-provider's account id).
 *
 * @example
 * findCitizenBySubject(subjectOf(DEMO_CITIZENS[0]))?.run // '44444444-4'
 */
export function findCitizenBySubject(sub: string): DemoCitizen | undefined {
  return DEMO_CITIZENS.find((person) => subjectOf(person) === sub)
}

/**
 * Checks a RUN (any format) and password against the demo citizens; hashes before comparing so the
 * comparison takes the same time whatever the password's length.
 *
 * @example
 * authenticateCitizen(parseRun('44.444.444-4'), 'demo1234')?.nombres // ['María', 'Carmen']
 */
export function authenticateCitizen(run: Run, password: string): DemoCitizen | undefined {
  const person = DEMO_CITIZENS.find((candidate) => candidate.numero === run.numero && candidate.dv === run.dv)
  if (!person) return undefined
  const given = createHash('sha256').update(password).digest()
  const expected = createHash('sha256').update(person.password).digest()
  return timingSafeEqual(given, expected) ? person : undefined
}

/**
 * The claims of a citizen in ClaveÚnica's shape; oidc-provider keeps only those of the granted scopes
 * (`run` → RolUnico, `name` → name). No e-mail: ClaveÚnica has none.
 *
 * @example
 * claimsOf(DEMO_CITIZENS[0]).RolUnico // { numero: 44444444, DV: '4', tipo: 'RUN' }
 */
export function claimsOf(person: DemoCitizen): AccountClaims {
  const numero = person.run === NUMERO_AS_STRING_RUN ? String(person.numero) : person.numero
  return {
    sub: subjectOf(person),
    RolUnico: { numero, DV: person.dv, tipo: 'RUN' },
    name: { nombres: [...person.nombres], apellidos: [...person.apellidos] },
  }
}

/**
 * Parses a typed RUN and authenticates it in one step (the login form's needs).
 *
 * @example
 * loginCitizen('444444444', 'demo1234') // { ok: true, person: … }
 * loginCitizen('44.444.444-5', 'demo1234') // { ok: false, reason: 'invalid-run' }
 */
export function loginCitizen(
  typedRun: string,
  password: string,
): { ok: true; person: DemoCitizen } | { ok: false; reason: 'invalid-run' | 'wrong-credentials' } {
  const run = parseRun(typedRun)
  if (!run) return { ok: false, reason: 'invalid-run' }
  const person = authenticateCitizen(run, password)
  return person ? { ok: true, person } : { ok: false, reason: 'wrong-credentials' }
}
