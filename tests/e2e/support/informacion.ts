import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { messages as informacionEs } from '../../../web/funcionarios/informacion/i18n/es.ts'
import type { AxeViolation } from './axe.ts'
import { inspectScreen } from './inspect.ts'

/*
 * The analysts' screens of información anónima driven by their visible labels: an administrator
 * puts staff on a desk, an analyst makes their key in their browser (tests/e2e/informacion-*.test.ts).
 */

/**
 * Axe in Spanish, English and Creole, no Spanish sentence of the analysts' catalogue left in the
 * other two, no sideways scroll.
 *
 * @example
 * await inThreeLanguages(page, 'mi-clave')
 */
export async function inThreeLanguages(page: Page, name: string): Promise<void> {
  const found: Record<string, AxeViolation[]> = {}
  const spanish = Object.values(informacionEs).filter((value) => value.length > 40 && !value.includes('{'))
  await inspectScreen(page, `in-${name}`, found, { spanish })
  expect(found).toEqual({})
}

/**
 * The administrator, by the visible labels: the capability ticked, then the person put on the desk
 * of unit `mesa` (its name as the desks' list shows it).
 *
 * @example
 * await hacerAnalista(admin, { nombres: 'Ana', apellidos: 'Soto' }, 'OS-7 (Drogas)')
 */
export async function hacerAnalista(
  page: Page,
  person: { nombres: string; apellidos: string },
  mesa: string,
): Promise<void> {
  const nombre = `${person.nombres} ${person.apellidos}`
  const editar = async () => {
    await page.goto('/funcionarios/personal')
    await page.getByRole('link', { name: `Editar ${nombre}` }).click()
    await page.getByRole('heading', { name: `Editar a ${nombre}` }).waitFor()
  }
  await editar()
  await page.getByLabel('Analizar información anónima').check()
  await page.getByRole('button', { name: 'Guardar cambios' }).click()
  await page.getByText(`Se guardaron los cambios de ${nombre}.`).waitFor()
  await editar()
  await page.getByLabel('Mesa', { exact: true }).selectOption({ label: mesa })
  await page.getByRole('button', { name: 'Poner en la mesa' }).click()
  await page.getByText(`${nombre} quedó en la mesa ${mesa}.`).waitFor()
}

/**
 * An analyst makes their key on this device from the staff home's entry (with a recovery
 * passphrase when given); answers its fingerprint.
 *
 * @example
 * const huella = await inscribirse(page)
 */
export async function inscribirse(page: Page, frase?: string): Promise<string> {
  await page.goto('/funcionarios')
  await page.getByRole('link', { name: 'Mi clave de analista' }).click()
  await page.getByText('Este equipo no tiene su clave.').waitFor()
  if (frase) await page.getByLabel('Frase para recuperar su clave (opcional)').fill(frase)
  await page.getByRole('button', { name: 'Crear mi clave en este equipo' }).click()
  await page.getByText('Este equipo tiene ahora su clave.').waitFor()
  await page.getByText(/Huella de su clave: /).waitFor()
  const huella = /Huella de su clave: ([0-9A-F]{4}(?: [0-9A-F]{4}){4})/.exec(
    (await page.locator('main').textContent()) ?? '',
  )?.[1]
  if (!huella) throw new Error('no fingerprint shown')
  return huella
}
