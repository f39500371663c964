/**
 * The oldest expiry date an identity document may have to validate an election constancia: twelve
 * calendar months before the election's primaries, that day included (29 Feb becomes 28 Feb in a
 * common year). The one copy of the rule: the unit's check (worker/constancias-voto/validacion.ts),
 * the citizen's request page and the officer's hint read it from here.
 *
 * @example
 * oldestAcceptedExpiry('2025-06-29') // '2024-06-29'
 * oldestAcceptedExpiry('2024-02-29') // '2023-02-28'
 */
export function oldestAcceptedExpiry(fechaPrimarias: string): string {
  const [y = 0, m = 1, d = 1] = fechaPrimarias.split('-').map(Number)
  const lastDay = new Date(Date.UTC(y - 1, m, 0)).getUTCDate()
  return `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`
}
