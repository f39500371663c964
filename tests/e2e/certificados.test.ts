import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TIPOS, type TipoCertificado } from '../../core/certificados/tipos.ts'
import { checkDigit } from '../../core/run.ts'
import { formatLocalDay, localDate } from '../../core/time.ts'
import { TIPOS_ORDEN } from '../../web/constancias/certificados/comun.ts'
import { messages as emitidaEs } from '../../web/constancias/certificados/emitida/i18n/es.ts'
import { messages as formularioEs } from '../../web/constancias/certificados/formulario/i18n/es.ts'
import { messages as tipoEs } from '../../web/constancias/certificados/tipo/i18n/es.ts'
import { pdfQr, pdfText } from '../support/pdf.ts'
import type { AxeViolation } from './support/axe.ts'
import { newPhoneContext, waitForServiceWorker } from './support/browser.ts'
import { CITIZENS, citizenPortalForFile } from './support/constancia.ts'
import { inspectScreen } from './support/inspect.ts'
import { claveUnica } from './support/pages.ts'

/*
 * The nine constancias, the citizen's side (issue 16): each type issued through its pages by their
 * visible labels, its PDF read back (its answers, its number, its QR verified at /verificar); an
 * IMEI and a plate refused on their questions; «Otra igual» from Mis trámites; one asked for with
 * no network, issued once when it returns, its PDF then kept on the device; axe-core in three
 * languages (screenshots with SHOTS_DIR). One portal, one browser, one citizen for the file.
 */

const portal = citizenPortalForFile()
const PASSWORD = 'demo1234'
const EMAIL = 'jose.constancias@example.cl'
/** Long Spanish sentences of the screens: none may be left on a page shown in English or Creole. */
const SPANISH = [tipoEs, formularioEs, emitidaEs].flatMap((catalogue) =>
  Object.values(catalogue).filter((value) => value.length >= 40 && !value.includes('{')),
)

/** Days ago, in Chile's calendar, as the date boxes take them. */
function diasAtras(n: number): { dia: string; mes: string; anio: string } {
  const [anio = '', mes = '', dia = ''] = localDate(new Date(Date.now() - n * 86_400_000)).split('-')
  return { dia: String(Number(dia)), mes: String(Number(mes)), anio }
}
/** A month `n` months before this one in Chile, as the month boxes take it. */
function mesesAtras(n: number): { mes: string; anio: string } {
  const [anio = 0, mes = 1] = localDate(new Date()).split('-').map(Number)
  const total = anio * 12 + (mes - 1) - n
  return { mes: String((total % 12) + 1), anio: String(Math.floor(total / 12)) }
}
const rut = (numero: number) => `${numero.toLocaleString('es-CL')}-${checkDigit(numero)}`

type Paso = (page: Page) => Promise<void>
const texto =
  (label: string, value: string): Paso =>
  (page) =>
    page.getByLabel(label, { exact: true }).fill(value)
const opcion =
  (label: string): Paso =>
  (page) =>
    page.getByLabel(label, { exact: true }).check()
const comuna =
  (label = 'Comuna'): Paso =>
  (page) =>
    page
      .getByLabel(label, { exact: true })
      .selectOption('13101')
      .then(() => undefined)
const fecha =
  (dias: number, hora?: string): Paso =>
  async (page) => {
    const parts = diasAtras(dias)
    await page.getByLabel('Día', { exact: true }).fill(parts.dia)
    await page.getByLabel('Mes', { exact: true }).fill(parts.mes)
    await page.getByLabel('Año', { exact: true }).fill(parts.anio)
    if (hora) await page.getByLabel('Hora', { exact: true }).fill(hora)
  }
const mes =
  (meses: number): Paso =>
  async (page) => {
    const parts = mesesAtras(meses)
    await page.getByLabel('Mes', { exact: true }).fill(parts.mes)
    await page.getByLabel('Año', { exact: true }).fill(parts.anio)
  }
/** An optional question left unanswered. */
const nada: Paso = async () => undefined

/** Each type's answers, a page each in the form's order, and what its PDF must then say. */
const CASOS: Record<TipoCertificado, { pasos: Paso[]; pdf: string[] }> = {
  regimen_visitas: {
    pasos: [
      texto('Tribunal de familia', 'Juzgado de Familia de Pudahuel'),
      texto('RIT de la causa', 'C-1234-2024'),
      texto('RUN de la otra parte (opcional)', rut(15_234_567)),
      texto('Nombre de la otra parte', 'Pedro Soto Lagos'),
      fecha(2, '10:00'),
      comuna(),
      texto('Lugar de la entrega', 'Plaza de Armas de Santiago, frente a la Catedral'),
      texto('Qué ocurrió', 'Esperé una hora con mi hijo y la otra parte no llegó ni avisó.'),
    ],
    pdf: ['Juzgado de Familia de Pudahuel', 'C-1234-2024', 'Pedro Soto Lagos', 'a las 10:00 horas'],
  },
  extravio_documentos: {
    pasos: [
      async (page) => {
        const primero = page.getByRole('group', { name: 'Documento 1' })
        await primero.getByLabel('Cédula de identidad', { exact: true }).check()
        await primero.getByLabel('Número del documento 1 (opcional)').fill('55.555.555')
        await page.getByRole('button', { name: 'Agregar otro documento' }).click()
        await page
          .getByRole('group', { name: 'Documento 2' })
          .getByLabel('Pasaporte', { exact: true })
          .check()
      },
      fecha(1),
      comuna(),
      texto('Lugar', 'Metro Baquedano, andén dirección Los Dominicos'),
    ],
    pdf: ['Cédula de identidad', 'N° 55.555.555', 'Pasaporte', 'Registro Civil'],
  },
  extravio_celular: {
    pasos: [
      async (page) => {
        // A mistyped digit: refused on its own page, naming it.
        await page.getByLabel('IMEI del teléfono', { exact: true }).fill('352099001761482')
        await continuar(page)
        await page.locator('.error-summary').waitFor()
        expect(await page.locator('.error-summary').textContent()).toContain(
          '«IMEI del teléfono» no es un IMEI válido',
        )
        expect(await page.locator('.form-group--error .error-message').textContent()).toContain(
          'no es un IMEI válido',
        )
        await page.getByLabel('IMEI del teléfono', { exact: true }).fill('35-209900-176148-1')
      },
      texto('Marca del teléfono', 'Samsung'),
      texto('Modelo del teléfono', 'Galaxy A54'),
      texto('Número de teléfono', '+56 9 8765 4321'),
      opcion('Entel'),
      fecha(1),
      comuna(),
      texto('Lugar', 'Paradero de Alameda con Santa Lucía'),
    ],
    pdf: ['352099001761481', 'Samsung', 'Galaxy A54', 'IMEI'],
  },
  placa_patente: {
    pasos: [
      async (page) => {
        await page.getByLabel('Placa patente', { exact: true }).fill('ABCD12')
        await continuar(page)
        await page.locator('.error-summary').waitFor()
        expect(await page.locator('.error-summary').textContent()).toContain(
          '«Placa patente» no es una patente chilena',
        )
        await page.getByLabel('Placa patente', { exact: true }).fill('BB·BB·12')
      },
      opcion('La placa trasera'),
      opcion('Se perdió'),
      texto('Marca del vehículo', 'Chevrolet'),
      texto('Modelo del vehículo', 'Sail'),
      fecha(3),
      comuna(),
      texto('Lugar', 'Avenida Matta 1200'),
    ],
    pdf: ['BB·BB·12', 'Chevrolet', 'Sail'],
  },
  pension_alimentos: {
    pasos: [
      texto('Tribunal de familia', 'Segundo Juzgado de Familia de Santiago'),
      texto('RIT de la causa', 'C-987-2023'),
      nada,
      texto('Nombre del deudor', 'Marcelo Rojas Díaz'),
      mes(3),
      mes(1),
      texto('Monto total adeudado', '$ 450.000'),
    ],
    pdf: ['Segundo Juzgado de Familia de Santiago', 'C-987-2023', 'Marcelo Rojas Díaz', '$450.000'],
  },
  abandono_hogar: {
    pasos: [
      nada,
      texto('Nombre de quien se fue', 'Carla Muñoz Pérez'),
      opcion('Cónyuge'),
      fecha(5),
      comuna('Comuna del hogar'),
      texto('Dirección del hogar', 'Pasaje Los Aromos 345'),
      texto('Circunstancias', 'Se llevó su ropa y sus documentos mientras yo trabajaba, sin avisar.'),
      texto('Quiénes permanecen en el hogar', 'Yo y nuestros dos hijos, de 8 y 12 años'),
    ],
    pdf: ['Carla Muñoz Pérez', 'Pasaje Los Aromos 345', 'nuestros dos hijos'],
  },
  fines_laborales: {
    pasos: [
      opcion('Trabajador o trabajadora'),
      texto('RUT de la otra parte', rut(76_543_210)),
      texto('Nombre o razón social de la otra parte', 'Comercial Andes Limitada'),
      texto(
        'Qué incumplimiento ocurrió',
        'No me permitieron ingresar a mi lugar de trabajo al llegar a mi turno.',
      ),
      fecha(2),
      comuna(),
      texto('Lugar', 'Bodega de Avenida Matta 1500'),
    ],
    pdf: ['Comercial Andes Limitada', 'No me permitieron ingresar'],
  },
  bomberos_lesionados: {
    pasos: [
      opcion('El bombero lesionado'),
      texto('RUN del bombero', rut(16_345_678)),
      texto('Nombre del bombero', 'Javier Fuentes Araya'),
      texto('Cuerpo de Bomberos', 'Cuerpo de Bomberos de Santiago'),
      texto('Compañía', 'Primera Compañía'),
      opcion('Incendio'),
      fecha(4, '23:15'),
      comuna(),
      texto('Lugar', 'Calle San Diego 800'),
      texto('Lesiones', 'Quemaduras en el antebrazo derecho; atendido en la Posta Central.'),
    ],
    pdf: ['Javier Fuentes Araya', 'Primera Compañía', 'Comisión para el Mercado Financiero'],
  },
  permanencia_definitiva: {
    pasos: [
      texto('Nacionalidad', 'Haitiana'),
      texto('Número del certificado', 'PD-2019-44871'),
      fecha(2000),
      fecha(1),
      comuna(),
      texto('Lugar', 'Estación Central'),
    ],
    pdf: ['Haitiana', 'PD-2019-44871', 'Servicio Nacional de Migraciones'],
  },
}

const continuar = (page: Page) => page.getByRole('button', { name: 'Continuar', exact: true }).click()
const waitPath = (page: Page, path: string | RegExp) =>
  page.waitForURL((url) => (typeof path === 'string' ? url.pathname === path : path.test(url.pathname)))
const main = async (page: Page) => ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ')
const slug = (id: string) => id.replaceAll('_', '-')

describe('Constancias: the nine types, the citizen’s side', () => {
  let context: BrowserContext
  let page: Page
  const found: Record<string, AxeViolation[]> = {}
  const errors: string[] = []
  const emitidas: { tipo: TipoCertificado; codigo: string }[] = []
  const inspect = (name: string, languages: ('es' | 'en' | 'ht')[] = ['es']) =>
    inspectScreen(page, `certificados-${name}`, found, { languages, spanish: SPANISH })
  const cookie = async () =>
    (await context.cookies(portal().proxy.origin)).map((c) => `${c.name}=${c.value}`).join('; ')
  /** The citizen's own list, as the API gives it. */
  const lista = async (): Promise<{ codigo: string; tipo: string }[]> =>
    (
      await fetch(`${portal().server.origin}/api/certificados`, { headers: { cookie: await cookie() } })
    ).json()

  /** From a type's page through its questions to its issued page; its number. */
  async function emitir(tipo: TipoCertificado, options: { inspeccionar?: boolean } = {}): Promise<string> {
    const caso = CASOS[tipo]
    await page.goto(`/constancias/${slug(tipo)}`)
    await page.getByRole('link', { name: 'Comenzar' }).click()
    for (const [index, campo] of TIPOS[tipo].campos.entries()) {
      await waitPath(page, `/constancias/${slug(tipo)}/${slug(campo.id)}`)
      await caso.pasos[index]?.(page)
      if (options.inspeccionar && index === 0) await inspect(`pregunta-${tipo}`, ['es', 'en', 'ht'])
      await continuar(page)
    }
    await waitPath(page, `/constancias/${slug(tipo)}/revisar`)
    await page.getByRole('heading', { name: 'Revise sus respuestas' }).waitFor()
    if (options.inspeccionar) {
      // Unticked, the declaration names what is missing.
      await page.getByRole('button', { name: 'Emitir constancia' }).click()
      await page.locator('.error-summary').waitFor()
      expect(await page.locator('.error-summary').textContent()).toContain(
        'Para emitir la constancia debe marcar «Declaro que la información que entrego es verdadera».',
      )
      await page.getByLabel('Correo electrónico (opcional)').fill(EMAIL)
      await inspect(`revisar-${tipo}`, ['es', 'en', 'ht'])
    }
    await page.getByLabel('Declaro que la información que entrego es verdadera').check()
    await page.getByRole('button', { name: 'Emitir constancia' }).click()
    await waitPath(page, /^\/constancias\/emitida\/[A-Z0-9]+$/)
    await page.locator('.panel__numero').waitFor()
    const codigo = new URL(page.url()).pathname.split('/').pop() ?? ''
    emitidas.push({ tipo, codigo })
    return codigo
  }

  /** The PDF as the server gives it to its holder, read back: its answers, its number, its QR verified. */
  async function leerPdf(tipo: TipoCertificado, codigo: string): Promise<void> {
    const response = await fetch(`${portal().server.origin}/api/certificados/${codigo}/pdf`, {
      headers: { cookie: await cookie() },
    })
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const pdf = new Uint8Array(await response.arrayBuffer())
    const text = pdfText(pdf).replace(/\s+/g, ' ')
    for (const shown of [TIPOS[tipo].nombreLegal, codigo, CITIZENS.jose.name, ...CASOS[tipo].pdf])
      expect(text, `${tipo}: ${shown}`).toContain(shown)
    const qr = pdfQr(pdf) ?? ''
    expect(qr).toMatch(new RegExp(`^${portal().proxy.origin}/verificar#`))
    // The QR, opened: the signature holds, and it says only what it is, when, whose — no details.
    await page.goto(qr)
    await page.getByText('Firma digital comprobada en este dispositivo.', { exact: false }).waitFor()
    // Its type's legal name comes with the server's answer (valid, or annulled).
    await page.getByText(TIPOS[tipo].nombreLegal).first().waitFor()
    const verified = await main(page)
    expect(verified, tipo).toContain(TIPOS[tipo].nombreLegal)
    for (const detail of CASOS[tipo].pdf.slice(0, 2))
      expect(verified, `${tipo}: ${detail}`).not.toContain(detail)
  }

  beforeAll(async () => {
    context = await newPhoneContext(portal().browser, portal().proxy.origin, { bypassCSP: true })
    page = await context.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
  })
  afterAll(() => context?.close())

  it('lists the nine beside the election’s; a type’s page says what it is for and when it is not, and asks to sign in', async () => {
    await page.goto('/constancias')
    await page.locator('.services a').first().waitFor()
    const offered = await page.locator('.services a').allTextContents()
    expect(offered).toHaveLength(1 + TIPOS_ORDEN.length)
    expect(offered).toContain('Extravío de teléfono celular')
    await inspect('lista', ['es', 'en', 'ht'])
    await page.getByRole('link', { name: 'Extravío de teléfono celular' }).click()
    await waitPath(page, '/constancias/extravio-celular')
    expect(await main(page)).toContain('no es un extravío: haga una denuncia')
    expect(await page.locator('main a[href="/denuncias"]').count()).toBe(1)
    await inspect('tipo', ['es', 'en', 'ht'])
    // Signed out: the way in is to sign in (ClaveÚnica or an account), and back here.
    await page.locator('main').getByRole('link', { name: 'Ingresar' }).click()
    await page.locator('button.button-cu').click()
    await page.waitForURL((url) => url.origin === portal().server.claveUnicaOrigin)
    await claveUnica.signIn(page, CITIZENS.jose.run, PASSWORD)
    await waitPath(page, '/constancias/extravio-celular')
    await page.getByRole('link', { name: 'Comenzar' }).waitFor()
    expect(await main(page)).toContain(`Sesión iniciada como ${CITIZENS.jose.name}.`)
  })

  // One of each of the nine, in order, each its own test (the nine in one took two minutes on a loaded machine).
  it.each(TIPOS_ORDEN)(
    'issues a %s by its labels, refusing a bad IMEI and a bad plate on their pages; its PDF says what was declared, and its QR verifies',
    async (tipo) => {
      const primera = tipo === 'regimen_visitas'
      const codigo = await emitir(tipo, { inspeccionar: primera })
      const grouped = (await page.locator('.panel__numero').textContent()) ?? ''
      expect(grouped.replace(/\s/g, '')).toBe(codigo)
      expect(await main(page)).toContain('Qué hacer ahora')
      if (primera) {
        await inspect('emitida', ['es', 'en', 'ht'])
        // Also e-mailed, with its number.
        await portal().mailbox.waitFor(EMAIL, codigo)
      }
      if (tipo === 'extravio_documentos')
        expect(await main(page)).toContain('Bloquee su cédula de identidad en el Servicio de Registro Civil')
      await leerPdf(tipo, codigo)
    },
  )

  it('lists the nine issued in Mis trámites', async () => {
    expect((await lista()).map((entry) => entry.tipo).sort()).toEqual([...TIPOS_ORDEN].sort())
  })

  it('«Otra igual» from Mis trámites: the same answers, only the visit’s date and time asked again', async () => {
    const anterior = emitidas.find((entry) => entry.tipo === 'regimen_visitas')?.codigo ?? ''
    await page.goto('/mis-tramites')
    await page.locator('#mis-certificados').waitFor()
    await inspect('mis-tramites')
    await page.locator(`main a[href="/constancias/regimen-visitas/otra/${anterior}"]`).click()
    await waitPath(page, '/constancias/regimen-visitas/programada')
    // Cleared: the date is the one thing to give.
    expect(await page.getByLabel('Día', { exact: true }).inputValue()).toBe('')
    await fecha(0, '00:00')(page)
    await continuar(page)
    await waitPath(page, '/constancias/regimen-visitas/revisar')
    const review = await main(page)
    for (const kept of ['Juzgado de Familia de Pudahuel', 'C-1234-2024', 'Pedro Soto Lagos'])
      expect(review).toContain(kept)
    await page.getByLabel('Declaro que la información que entrego es verdadera').check()
    await page.getByRole('button', { name: 'Emitir constancia' }).click()
    await waitPath(page, /^\/constancias\/emitida\/[A-Z0-9]+$/)
    await page.locator('.panel__numero').waitFor()
    const codigo = new URL(page.url()).pathname.split('/').pop() ?? ''
    expect(codigo).not.toBe(anterior)
    const pdf = await fetch(`${portal().server.origin}/api/certificados/${codigo}/pdf`, {
      headers: { cookie: await cookie() },
    })
    const text = pdfText(new Uint8Array(await pdf.arrayBuffer())).replace(/\s+/g, ' ')
    const hoy = formatLocalDay(new Date())
    expect(text).toContain(`${hoy} a las 00:00 horas`)
    expect(text).toContain('Juzgado de Familia de Pudahuel')
  })

  it('asked for with no network: kept on the device, issued once when it returns, its PDF then kept for offline', async () => {
    const { proxy } = portal()
    await waitForServiceWorker(page)
    const antes = (await lista()).length
    await proxy.cut()
    await context.setOffline(true)
    try {
      // The second visit: the service worker serves the pages, the form works with no network.
      await page.goto('/constancias/extravio-celular')
      await page.getByRole('link', { name: 'Comenzar' }).click()
      for (const [index, campo] of TIPOS.extravio_celular.campos.entries()) {
        await waitPath(page, `/constancias/extravio-celular/${slug(campo.id)}`)
        await CASOS.extravio_celular.pasos[index]?.(page)
        await continuar(page)
      }
      await waitPath(page, '/constancias/extravio-celular/revisar')
      await page.getByLabel('Declaro que la información que entrego es verdadera').check()
      await page.getByRole('button', { name: 'Emitir constancia' }).click()
      await waitPath(page, /^\/constancias\/envio\//)
      await page.getByRole('heading', { name: formularioEs['espera.title'] }).waitFor()
      await inspect('en-espera')
    } finally {
      await proxy.restore()
      await context.setOffline(false)
    }
    // Back online: issued by itself, and its page shows it.
    await waitPath(page, /^\/constancias\/emitida\/[A-Z0-9]+$/)
    await page.locator('.panel__numero').waitFor()
    const codigo = new URL(page.url()).pathname.split('/').pop() ?? ''
    expect((await lista()).length).toBe(antes + 1)
    await page.getByText(emitidaEs['emitida.guardada']).waitFor()

    // Kept with its PDF: with no network, the page opens from the device and the PDF with it.
    await proxy.cut()
    await context.setOffline(true)
    try {
      await page.goto(`/constancias/emitida/${codigo}`)
      await page.getByText(emitidaEs['emitida.fuente.dispositivo']).waitFor()
      const href =
        (await page.getByRole('link', { name: emitidaEs['emitida.pdf'] }).getAttribute('href')) ?? ''
      expect(href).toMatch(/^blob:/)
      const head = await page.evaluate(async (url) => (await (await fetch(url)).text()).slice(0, 5), href)
      expect(head).toBe('%PDF-')
    } finally {
      await proxy.restore()
      await context.setOffline(false)
    }
    expect(found).toEqual({})
    expect(errors).toEqual([])
  })
})
