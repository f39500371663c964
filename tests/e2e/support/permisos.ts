import type { Page } from 'playwright-core'
import type * as v from 'valibot'
import { localDate, localInstant, localTime } from '../../../core/time.ts'
import type { PermisoInput, PermisoView } from '../../../worker/permisos/schema.ts'
import { citizenViaClaveUnica, DEMO_PASSWORD } from './identity.ts'
import { claveUnica } from './pages.ts'

/** A permit request as `POST /api/permisos` takes it. */
export type PermisoRequest = v.InferInput<typeof PermisoInput>

/**
 * A permit issued to `citizen` through the API: signed in with the local ClaveÚnica over HTTP
 * (`portal.origin`: the server's own address will do), then `POST /api/permisos`. Throws with the
 * server's answer if the permit was not issued.
 *
 * @example
 * const permiso = await issuePermit(server, { run: '88.888.888-8' }, { tipoId: 'compras', comunaCut: '13101', … })
 */
export async function issuePermit(
  portal: { origin: string; publicOrigin: string },
  citizen: { run: string },
  body: PermisoRequest,
): Promise<PermisoView> {
  const call = await citizenViaClaveUnica(portal, citizen.run)
  const response = await call('/api/permisos', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  })
  if (response.status !== 201)
    throw new Error(`permit not issued: ${response.status} ${await response.text()}`)
  return (await response.json()) as PermisoView
}

/** The demo permit types' hours and durations (worker/permisos/reglas.ts). */
const TIPOS = [
  { tipoId: 'compras', desde: '07:00', hasta: '22:00', minutos: 180, campos: {} },
  {
    tipoId: 'salud',
    desde: '00:00',
    hasta: '23:59',
    minutos: 240,
    campos: { establecimiento: 'CESFAM Santiago Centro' },
  },
] as const

function fits(tipo: (typeof TIPOS)[number], fecha: string, hora: string): boolean {
  const fin = new Date(localInstant(fecha, hora).getTime() + tipo.minutos * 60_000)
  return hora >= tipo.desde && localDate(fin) === fecha && localTime(fin) <= tipo.hasta
}

/**
 * A request for a permit in Santiago (13101, in quarantine in the demo data) that is in force
 * at `vigenteAt`: from this very minute (the server allows a start up to 15 minutes past) as
 * `compras` when it fits in its hours, else `salud` (any hour, 4 h); late in the evening, when
 * neither ends before midnight, `salud` from tomorrow 00:00 (`vigenteAt` is then tomorrow: a
 * browser checking it needs its clock set there).
 */
export function permitRequestInForce(
  serieCedula: string,
  now = new Date(),
): { request: PermisoRequest; vigenteAt: Date } {
  const base = { comunaCut: '13101', destino: 'Supermercado, Av. Matta 1200', serieCedula }
  const fecha = localDate(now)
  const hora = localTime(now)
  const tipo = TIPOS.find((candidate) => fits(candidate, fecha, hora))
  if (tipo) {
    return {
      request: { ...base, tipoId: tipo.tipoId, fecha, hora, campos: { ...tipo.campos } },
      vigenteAt: now,
    }
  }
  const salud = TIPOS[1]
  const manana = localDate(new Date(now.getTime() + 12 * 3_600_000))
  return {
    request: { ...base, tipoId: salud.tipoId, fecha: manana, hora: '00:00', campos: { ...salud.campos } },
    vigenteAt: new Date(localInstant(manana, '00:00').getTime() + 3_600_000),
  }
}

/** A permit form's answers; the comuna is Santiago (in quarantine in the demo data). */
export interface PermitAnswers {
  tipo: string
  fecha: string
  hora: string
  serie: string
  campos?: Record<string, string>
}

/**
 * The citizen's path through a permit request, in the screens' order; buttons are found by type
 * and place, not their (translated) text. `portal` is any portal's (Node or the edge): only its
 * ClaveÚnica's origin is needed.
 */
export const permiso = {
  /** ClaveÚnica's button, the local provider's form, and back to the permit form. */
  async signIn(page: Page, portal: { claveUnicaOrigin: string }, citizen: { run: string }): Promise<void> {
    await page.locator('button.button-cu').click()
    await page.waitForURL((url) => url.origin === portal.claveUnicaOrigin)
    await claveUnica.signIn(page, citizen.run, DEMO_PASSWORD)
    await page.waitForURL((url) => url.pathname === '/permisos/solicitud')
    await page.locator('#tipoId').waitFor()
  },
  /** The value of the date select's option `n` days from today (0: today). */
  dayAhead: (page: Page, n: number) =>
    page
      .locator('#fecha option')
      .nth(n + 1)
      .getAttribute('value'),
  async fill(page: Page, answers: PermitAnswers): Promise<void> {
    await page.locator(`input[name="tipoId"][value="${answers.tipo}"]`).check()
    await page.locator('#comunaCut').selectOption('13101')
    await page.locator('#fecha').selectOption(answers.fecha)
    await page.locator('#hora').selectOption(answers.hora)
    await page.locator('#destino').fill('Supermercado, Av. Matta 1200, Santiago')
    for (const [campo, value] of Object.entries(answers.campos ?? {}))
      await page.locator(`[id="campos.${campo}"]`).fill(value)
    await page.locator('#serieCedula').fill(answers.serie)
  },
  /** "Continuar", then the review page. */
  async toReview(page: Page): Promise<void> {
    await page.locator('main form button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/permisos/revisar')
    await page.locator('.summary').waitFor()
  },
  send: (page: Page) => page.locator('main form button[type="submit"]').click(),
  /** The code of the permit page, once it shows. */
  async code(page: Page): Promise<string> {
    await page.waitForURL((url) => /^\/permisos\/[A-Z0-9]{10}$/.test(url.pathname), { timeout: 30_000 })
    await page.locator('.pm-code').waitFor()
    return (await page.locator('.pm-code').textContent())?.trim() ?? ''
  },
}
