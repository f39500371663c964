import { Secret, TOTP } from 'otpauth'
import { renderSVG } from 'uqr'

const PERIOD_S = 30

/**
 * A new TOTP enrolment for a staff member: the secret (base32, to seal), the `otpauth://` URI
 * that authenticator apps read, and that URI as an SVG QR code.
 *
 * @example
 * const { secret, uri, qrSvg } = newEnrolment('ana.soto@carabineros.cl')
 */
export function newEnrolment(label: string): { secret: string; uri: string; qrSvg: string } {
  const totp = new TOTP({
    issuer: 'Comisaría Virtual',
    label,
    secret: new Secret({ size: 20 }),
    period: PERIOD_S,
  })
  const uri = totp.toString()
  return { secret: totp.secret.base32, uri, qrSvg: renderSVG(uri, { border: 2 }) }
}

/**
 * The time step a six-digit code belongs to, within one step of the clock either way, or null
 * if it matches none. The caller refuses a step already used, so a code works once.
 *
 * @example
 * const step = totpStep(secret, '123456', clock.now())
 */
export function totpStep(secret: string, code: string, now: Date): number | null {
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(secret),
    period: PERIOD_S,
    timestamp: now.getTime(),
    window: 1,
  })
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD_S) + delta
}

/**
 * The current code of a secret (for the tests and the admin command's self-check).
 *
 * @example
 * totpCode(secret, new Date())
 */
export function totpCode(secret: string, now: Date): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), period: PERIOD_S, timestamp: now.getTime() })
}
