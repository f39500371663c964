import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq, sql } from 'drizzle-orm'
import { migrate } from 'drizzle-orm/libsql/migrator'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS_FOLDER, migrateDatabase } from '../../db/migrate.ts'
import { openFileDatabase } from '../../db/open.ts'
import { auditLog, condolencias, memoriales, outbox, users } from '../../db/schema/index.ts'
import { PASOS_FORMULARIO } from '../../web/condolencias/rutas.ts'
import { SLUGS_RESERVADOS } from '../../worker/condolencias/admin.ts'
import { retener } from '../../worker/condolencias/filtro.ts'
import { DEMORA_MS, iniciales } from '../../worker/condolencias/service.ts'
import { fixedClock, once, testApp } from '../support/app.ts'
import { testClient } from '../support/client.ts'
import { CITIZEN, signedInCitizen, signedInStaff } from '../support/identity.ts'

const NOW = '2026-12-04T15:00:00Z'
type Client = Awaited<ReturnType<typeof signedInCitizen>>

const people = once(setup)

async function setup() {
  const clock = fixedClock(new Date(NOW))
  const t = await testApp({ clock })
  const camila = await signedInCitizen(t)
  const admin = (await signedInStaff(t, 'admin', 'admin@carabineros.example.cl')).client
  const supervisor = (await signedInStaff(t, 'supervisor', 'jefa@carabineros.example.cl')).client
  const anonimo = testClient((path, init) => t.app.request(path, init))
  return { t, clock, camila, admin, supervisor, anonimo }
}

/** A PNG's first bytes: enough for its type and its width. */
function png(width: number): Uint8Array {
  const bytes = new Uint8Array(64)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  new DataView(bytes.buffer).setUint32(16, width)
  new DataView(bytes.buffer).setUint32(20, Math.round(width * 1.25))
  return bytes
}

async function putFoto(
  t: Awaited<ReturnType<typeof testApp>>,
  client: Client,
  foto: string,
  ancho: number,
  bytes: Uint8Array,
) {
  return t.app.request(`/api/admin/memoriales/fotos/${foto}/${ancho}`, {
    method: 'PUT',
    headers: {
      cookie: [...client.jar].map(([k, v]) => `${k}=${v}`).join('; '),
      origin: 'http://localhost:8787',
      'content-type': 'image/png',
      'content-length': String(bytes.length),
    },
    body: bytes as Uint8Array<ArrayBuffer>,
  })
}

const MEMORIAL = {
  nombre: 'Sargento 2° Daniel Palma Muñoz',
  grado: 'Sargento 2°',
  unidad: '3ª Comisaría de Santiago',
  fecha: '2026-10-14',
  texto: 'Cayó en servicio protegiendo a su comunidad.\n\nSu familia agradece el cariño.',
  publicado: true,
}

async function crearMemorial(admin: Client, extra: Record<string, unknown> = {}) {
  const created = await admin.post('/api/admin/memoriales', { ...MEMORIAL, ...extra })
  expect(created.status, await created.clone().text()).toBe(201)
  return ((await created.json()) as { slug: string }).slug
}

async function escribir(client: Client, body: Record<string, unknown>, key = crypto.randomUUID()) {
  const response = await client.post('/api/condolencias', body, { 'Idempotency-Key': key })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function pagina(client: Client, path: string) {
  const response = await client.get(path)
  return {
    status: response.status,
    cache: response.headers.get('cache-control'),
    body: (await response.json()) as {
      items: { id: string; firma: string; mensaje: string }[]
      siguiente: string | null
    },
  }
}

async function memorial(client: Client, slug: string) {
  const response = await client.get(`/api/condolencias/memoriales/${slug}`)
  return {
    cache: response.headers.get('cache-control'),
    body: (await response.json()) as Record<string, unknown>,
  }
}

describe('the first pass', () => {
  it('holds links, e-mails, RUNs in every spelling, phone numbers and insults as whole words', () => {
    expect(retener('Descanse en paz, sargento. Gracias por su entrega el 14-10-2026.')).toEqual([])
    expect(retener('más en www.ejemplo.cl')).toEqual(['enlace'])
    expect(retener('https://x.example/abc')).toEqual(['enlace'])
    expect(retener('escríbame a ana@example.cl')).toEqual(['correo'])
    for (const run of ['12.345.678-5', '12345678-5', '123456785', '12 345 678 5', '12.345.678 - 5']) {
      expect(retener(`mi RUN es ${run}`), run).toEqual(['run'])
    }
    for (const fono of ['+56 9 1234 5678', '912345678', '(2) 2345 6789', '9-1234-5678']) {
      expect(retener(`llame al ${fono}`), fono).toEqual(['telefono'])
    }
    expect(retener('qué IMBÉCIL')).toEqual(['insulto'])
    expect(retener('Imbecil')).toEqual(['insulto'])
    // Whole words: a word that contains one is not one.
    expect(retener('Computadora, disputa, reputación')).toEqual([])
  })

  it('signs with initials one per word', () => {
    expect(iniciales('María Carmen Del Río González')).toBe('M. C. D. R. G.')
  })
})

describe('the condolence book as memorials', () => {
  it('requires a signed-in citizen: an anonymous message is refused with 401 and nothing is written', async () => {
    const { t, anonimo } = await people()
    const before = await t.db.$count(condolencias)
    const response = await anonimo.post(
      '/api/condolencias',
      { memorial: 'general', mensaje: 'Mis condolencias a la familia.', firma: 'completa' },
      { 'Idempotency-Key': 'anon-1' },
    )
    expect(response.status, await response.clone().text()).toBe(401)
    expect(await t.db.$count(condolencias)).toBe(before)
  })

  it('signs with the full name or initials and comuna (required then), from the session', async () => {
    const { t, camila } = await people()
    const completa = await escribir(camila, {
      memorial: 'general',
      mensaje: 'Mis condolencias a la familia.',
      firma: 'completa',
    })
    expect(completa.status, JSON.stringify(completa.body)).toBe(201)
    expect(completa.body).toEqual({
      id: expect.any(String),
      estado: 'pendiente',
      publicarDesde: new Date(Date.parse(NOW) + DEMORA_MS).toISOString(),
    })
    const sinComuna = await escribir(camila, {
      memorial: 'general',
      mensaje: 'Fuerza a su familia.',
      firma: 'iniciales',
    })
    expect(sinComuna.status).toBe(400)
    expect(JSON.stringify(sinComuna.body)).toContain('comuna')
    const conIniciales = await escribir(camila, {
      memorial: 'general',
      mensaje: 'Fuerza a su familia.',
      firma: 'iniciales',
      comuna: '13120',
    })
    expect(conIniciales.status).toBe(201)
    const rows = await t.db
      .select({ id: condolencias.id, firmaTexto: condolencias.firmaTexto })
      .from(condolencias)
      .where(sql`${condolencias.id} in (${completa.body.id}, ${conIniciales.body.id})`)
    const firmas = Object.fromEntries(rows.map((row) => [row.id, row.firmaTexto]))
    expect(firmas[String(completa.body.id)]).toBe(`${CITIZEN.nombres} ${CITIZEN.apellidos}`)
    expect(firmas[String(conIniciales.body.id)]).toBe('C. A. R. F., Ñuñoa')
    // A memorial that does not exist, or an unknown signature, changes nothing.
    expect(
      (await escribir(camila, { memorial: 'no-existe', mensaje: 'Mis condolencias.', firma: 'completa' }))
        .status,
    ).toBe(400)
    expect(
      (await escribir(camila, { memorial: 'general', mensaje: 'Mis condolencias.', firma: 'apodo' })).status,
    ).toBe(400)
  })

  it('holds for moderation what the first pass catches, each kind, with the reason kept', async () => {
    const { t, camila } = await people()
    const kinds: Record<string, string> = {
      enlace: 'Vean www.ejemplo.cl para más.',
      correo: 'Escríbanme a vecina@example.cl por favor.',
      run: 'Soy su prima, RUN 12.345.678-5.',
      telefono: 'Llamen a su madre al +56 9 1234 5678.',
      insulto: 'Esos imbéciles no lo cuidaron.',
    }
    for (const [motivo, mensaje] of Object.entries(kinds)) {
      const sent = await escribir(camila, { memorial: 'general', mensaje, firma: 'completa' })
      expect(sent.body, motivo).toEqual({ id: expect.any(String), estado: 'retenido', publicarDesde: null })
      const [row] = await t.db
        .select()
        .from(condolencias)
        .where(eq(condolencias.id, String(sent.body.id)))
      expect(row?.motivoRetencion).toBe(motivo)
    }
  })

  it('keeps a message waiting 2 h, during which a moderator may stop it; then it is public with no sweep', async () => {
    const { t, clock, camila, admin, anonimo } = await people()
    const slug = await crearMemorial(admin, { nombre: 'Cabo Ana Vera', fecha: '2026-11-01' })
    const sent = await escribir(camila, {
      memorial: slug,
      mensaje: 'Gracias, cabo, por su valentía.',
      firma: 'completa',
    })
    const stopped = await escribir(camila, {
      memorial: slug,
      mensaje: 'Otro mensaje que se detiene.',
      firma: 'completa',
    })
    const first = async () => {
      const view = await memorial(anonimo, slug)
      return pagina(anonimo, String(view.body.primeraPagina))
    }
    expect((await first()).body.items).toEqual([])
    const queue = await admin.get('/api/funcionarios/condolencias/cola?estado=pendiente')
    const waiting = ((await queue.json()) as { items: { id: string }[] }).items.map((item) => item.id)
    expect(waiting).toEqual(expect.arrayContaining([sent.body.id, stopped.body.id]))
    const stop = await admin.post(`/api/funcionarios/condolencias/${stopped.body.id}/decision`, {
      decision: 'rechazar',
      motivo: 'Repetido.',
    })
    expect(stop.status).toBe(200)
    clock.advance(DEMORA_MS - 1)
    expect((await first()).body.items).toEqual([])
    clock.advance(1)
    expect((await first()).body.items.map((item) => item.id)).toEqual([sent.body.id])
    clock.set(new Date(NOW))
    void t
  })

  it('lets a moderator publish a held message (the version moves) or reject it, the author e-mailed with the reason', async () => {
    const { t, clock, camila, admin, anonimo } = await people()
    clock.set(new Date(NOW))
    const slug = await crearMemorial(admin, { nombre: 'Suboficial Luis Toro', fecha: '2026-09-01' })
    const held = await escribir(camila, {
      memorial: slug,
      mensaje: 'Llamen al 9 8765 4321 por la colecta.',
      firma: 'completa',
    })
    const rejected = await escribir(camila, {
      memorial: slug,
      mensaje: 'Imbéciles los que no lo cuidaron.',
      firma: 'completa',
    })
    const queue = (await (await admin.get('/api/funcionarios/condolencias/cola')).json()) as {
      items: { id: string; motivoRetencion: string; memorial: { slug: string } }[]
    }
    expect(queue.items.find((item) => item.id === held.body.id)).toMatchObject({
      motivoRetencion: 'telefono',
      memorial: { slug },
    })
    const before = await memorial(anonimo, slug)
    expect(
      (await admin.post(`/api/funcionarios/condolencias/${held.body.id}/decision`, { decision: 'publicar' }))
        .status,
    ).toBe(200)
    const after = await memorial(anonimo, slug)
    expect(after.body.primeraPagina).not.toBe(before.body.primeraPagina)
    expect(after.body.mensajes).toBe(1)
    expect((await pagina(anonimo, String(after.body.primeraPagina))).body.items.map((i) => i.id)).toEqual([
      held.body.id,
    ])

    const mailsBefore = await t.db.$count(outbox, eq(outbox.to, CITIZEN.email))
    const bad = await admin.post(`/api/funcionarios/condolencias/${rejected.body.id}/decision`, {
      decision: 'rechazar',
    })
    expect(bad.status).toBe(400)
    const reject = await admin.post(`/api/funcionarios/condolencias/${rejected.body.id}/decision`, {
      decision: 'rechazar',
      motivo: 'Contiene insultos.',
    })
    expect(reject.status).toBe(200)
    const mails = await t.db.select().from(outbox).where(eq(outbox.to, CITIZEN.email))
    expect(mails).toHaveLength(mailsBefore + 1)
    expect(mails.at(-1)?.text).toContain('Contiene insultos.')
    expect(mails.at(-1)?.text).toContain('Suboficial Luis Toro')
    const audited = await t.db.select().from(auditLog).where(eq(auditLog.action, 'condolencia.moderated'))
    expect(audited.length).toBeGreaterThanOrEqual(2)
    // Withdrawing the published one bumps the version again and hides it.
    expect(
      (
        await admin.post(`/api/funcionarios/condolencias/${held.body.id}/decision`, {
          decision: 'rechazar',
          motivo: 'Retirado por la familia.',
        })
      ).status,
    ).toBe(200)
    const withdrawn = await memorial(anonimo, slug)
    expect(withdrawn.body.primeraPagina).not.toBe(after.body.primeraPagina)
    expect(withdrawn.body.mensajes).toBe(0)
  })

  it('refuses the queue and decisions to staff without condolencias.moderar, and memorials without memoriales.administrar', async () => {
    const { supervisor, camila, anonimo } = await people()
    for (const client of [supervisor, camila]) {
      expect((await client.get('/api/funcionarios/condolencias/cola')).status).toBe(403)
      expect((await client.get('/api/funcionarios/condolencias/cifras')).status).toBe(403)
      expect(
        (await client.post('/api/funcionarios/condolencias/x/decision', { decision: 'publicar' })).status,
      ).toBe(403)
      expect((await client.get('/api/admin/memoriales')).status).toBe(403)
      expect((await client.post('/api/admin/memoriales', MEMORIAL)).status).toBe(403)
    }
    expect((await anonimo.get('/api/funcionarios/condolencias/cola')).status).toBe(401)
    expect((await anonimo.get('/api/admin/memoriales')).status).toBe(401)
  })

  it('takes readers’ reports, one per reader; the third sends a public message back to the queue', async () => {
    const { t, clock, camila, admin, anonimo } = await people()
    clock.set(new Date(NOW))
    const slug = await crearMemorial(admin, { nombre: 'Cabo Rosa Pinto', fecha: '2026-08-01' })
    const sent = await escribir(camila, {
      memorial: slug,
      mensaje: 'Siempre la recordaremos, cabo.',
      firma: 'completa',
    })
    const id = String(sent.body.id)
    // Not public yet: nothing to report.
    expect((await anonimo.post(`/api/condolencias/${id}/reportes`, { motivo: 'ofensivo' })).status).toBe(404)
    // Published early by a moderator (staff sessions would not outlive the delay on this clock).
    expect(
      (await admin.post(`/api/funcionarios/condolencias/${id}/decision`, { decision: 'publicar' })).status,
    ).toBe(200)
    const report = (client: Client, ip: string) =>
      client.post(`/api/condolencias/${id}/reportes`, { motivo: 'falso' }, { 'x-forwarded-for': ip })
    expect((await report(camila, '10.0.0.1')).status).toBe(202)
    expect((await report(camila, '10.0.0.1')).status).toBe(202)
    expect((await report(admin, '10.0.0.2')).status).toBe(202)
    const reported = (await (
      await admin.get('/api/funcionarios/condolencias/cola?estado=reportado')
    ).json()) as {
      items: { id: string; reportes: number }[]
    }
    expect(reported.items.find((item) => item.id === id)?.reportes).toBe(2)
    const version = (await memorial(anonimo, slug)).body.primeraPagina
    const third = await signedInCitizen(t, { ...CITIZEN, run: '11.111.111-1', email: 'tercera@example.cl' })
    expect((await report(third, '10.0.0.3')).status).toBe(202)
    const [row] = await t.db.select().from(condolencias).where(eq(condolencias.id, id))
    expect(row).toMatchObject({ estado: 'retenido', motivoRetencion: 'reportes' })
    const after = await memorial(anonimo, slug)
    expect(after.body.mensajes).toBe(0)
    expect(after.body.primeraPagina).not.toBe(version)
    expect((await anonimo.post(`/api/condolencias/${id}/reportes`, { motivo: 'nada' })).status).toBe(400)
  })

  it('pages by cursor with no duplicate and no skip while new messages arrive; caches each page as the contract says', async () => {
    const { t, clock, camila, admin, anonimo } = await people()
    clock.set(new Date(NOW))
    const slug = await crearMemorial(admin, { nombre: 'Teniente Jorge Soto', fecha: '2026-07-01' })
    const ids: string[] = []
    for (let i = 0; i < 45; i++) {
      clock.advance(1000)
      const sent = await escribir(camila, {
        memorial: slug,
        mensaje: `Mensaje de recuerdo número ${i}.`,
        firma: 'completa',
      })
      ids.push(String(sent.body.id))
    }
    clock.advance(DEMORA_MS)
    const view = await memorial(anonimo, slug)
    expect(view.cache).toBe('public, max-age=60, s-maxage=300')
    expect(view.body.mensajes).toBe(45)
    const first = await pagina(anonimo, String(view.body.primeraPagina))
    expect(first.cache).toBe('public, max-age=300, s-maxage=86400, immutable')
    expect(first.body.items).toHaveLength(20)
    // New messages arrive and become public between the reader's pages (another citizen: the
    // first one's session went idle with the clock).
    const late = await signedInCitizen(t, { ...CITIZEN, run: '22.222.222-2', email: 'tardia@example.cl' })
    for (let i = 0; i < 3; i++) {
      await escribir(late, { memorial: slug, mensaje: `Mensaje tardío número ${i}.`, firma: 'completa' })
    }
    clock.advance(DEMORA_MS)
    const seen = [...first.body.items.map((item) => item.id)]
    let next = first.body.siguiente
    while (next) {
      const page = await pagina(anonimo, next)
      expect(page.cache).toBe('public, s-maxage=3600')
      seen.push(...page.body.items.map((item) => item.id))
      next = page.body.siguiente
    }
    expect(seen).toEqual([...ids].reverse())
    // A made-up or old version: the current content, never cached under that key.
    const stale = await pagina(anonimo, `/api/condolencias/memoriales/${slug}/mensajes?v=1.0`)
    expect(stale.cache).toBe('no-cache')
    expect(stale.body.items).toHaveLength(20)
    // The delay's end moves the first page's version by itself.
    expect((await memorial(anonimo, slug)).body.primeraPagina).not.toBe(view.body.primeraPagina)
    const list = await anonimo.get('/api/condolencias/memoriales')
    expect(list.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=300')
    const items = ((await list.json()) as { items: { slug: string; fecha: string; mensajes: number }[] })
      .items
    expect(items.map((item) => item.fecha)).toEqual([...items.map((item) => item.fecha)].sort().reverse())
    expect(items.find((item) => item.slug === slug)?.mensajes).toBe(48)
    expect((await anonimo.get(`/api/condolencias/memoriales/${slug}/mensajes?antes=%00`)).status).toBe(400)
    clock.set(new Date(NOW))
  })

  it('lets an administrator create and edit a memorial with a photo checked at each width, served at phone sizes', async () => {
    const { t, admin, anonimo } = await people()
    const started = await admin.post('/api/admin/memoriales/fotos', {})
    expect(started.status).toBe(201)
    const { foto } = (await started.json()) as { foto: string }
    // A width that is not the one named, or not an image, is refused.
    expect((await putFoto(t, admin, foto, 320, png(640))).status).toBe(400)
    expect((await putFoto(t, admin, foto, 320, new TextEncoder().encode('no es una imagen'))).status).toBe(
      400,
    )
    // A photo missing a width cannot be named.
    expect((await putFoto(t, admin, foto, 320, png(320))).status).toBe(204)
    expect(
      (await admin.post('/api/admin/memoriales', { ...MEMORIAL, nombre: 'Con foto', foto })).status,
    ).toBe(400)
    expect((await putFoto(t, admin, foto, 640, png(640))).status).toBe(204)
    expect((await putFoto(t, admin, foto, 960, png(960))).status).toBe(204)
    const slug = await crearMemorial(admin, {
      nombre: 'Mayor Rodrigo Lillo',
      fecha: '2026-06-01',
      foto,
      publicado: false,
    })
    expect((await anonimo.get(`/api/condolencias/memoriales/${slug}`)).status).toBe(404)
    const all = (await (await admin.get('/api/admin/memoriales')).json()) as { items: { slug: string }[] }
    expect(all.items.map((item) => item.slug)).toContain(slug)
    const edited = await admin.put(`/api/admin/memoriales/${slug}`, {
      ...MEMORIAL,
      nombre: 'Mayor Rodrigo Lillo',
      fecha: '2026-06-01',
      foto,
      publicado: true,
    })
    expect(edited.status).toBe(200)
    const view = await memorial(anonimo, slug)
    expect(view.body.foto).toEqual({
      src: `/api/condolencias/fotos/${foto}/640`,
      srcset: `/api/condolencias/fotos/${foto}/320 320w, /api/condolencias/fotos/${foto}/640 640w, /api/condolencias/fotos/${foto}/960 960w`,
    })
    const served = await anonimo.get(`/api/condolencias/fotos/${foto}/960`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(served.headers.get('cache-control')).toContain('immutable')
    expect((await anonimo.get(`/api/condolencias/fotos/${foto}/500`)).status).toBe(404)
    // A second memorial of the same name gets another address.
    expect(await crearMemorial(admin, { nombre: 'Mayor Rodrigo Lillo', fecha: '2026-06-01' })).not.toBe(slug)
    expect((await admin.put('/api/admin/memoriales/no-existe', MEMORIAL)).status).toBe(404)
    expect((await admin.post('/api/admin/memoriales', { ...MEMORIAL, fecha: '2026-02-30' })).status).toBe(400)
  })

  it('counts each memorial’s messages for moderators: received, held by the filter, waiting, published, rejected, reported', async () => {
    const { admin, camila, anonimo } = await people()
    const slug = await crearMemorial(admin, { nombre: 'Sargento Inés Mora', fecha: '2025-05-05' })
    const limpio = await escribir(camila, {
      memorial: slug,
      mensaje: 'Un abrazo a su familia, sargento.',
      firma: 'completa',
    })
    const enlace = await escribir(camila, {
      memorial: slug,
      mensaje: 'Vean www.ejemplo.com para más.',
      firma: 'completa',
    })
    const tercero = await escribir(camila, {
      memorial: slug,
      mensaje: 'Gracias por su servicio, sargento.',
      firma: 'completa',
    })
    expect([limpio.body.estado, enlace.body.estado]).toEqual(['pendiente', 'retenido'])
    const decidir = (id: unknown, body: Record<string, unknown>) =>
      admin.post(`/api/funcionarios/condolencias/${id}/decision`, body)
    expect(
      (await decidir(enlace.body.id, { decision: 'rechazar', motivo: 'Contiene un enlace.' })).status,
    ).toBe(200)
    expect((await decidir(tercero.body.id, { decision: 'publicar' })).status).toBe(200)
    expect(
      (await anonimo.post(`/api/condolencias/${tercero.body.id}/reportes`, { motivo: 'otro' })).status,
    ).toBe(202)
    const response = await admin.get('/api/funcionarios/condolencias/cifras')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const { items } = (await response.json()) as { items: { slug: string }[] }
    expect(items.find((item) => item.slug === slug)).toEqual({
      slug,
      nombre: 'Sargento Inés Mora',
      recibidos: 3,
      retenidosPorFiltro: 1,
      enRevision: 0,
      enEspera: 1,
      publicados: 1,
      rechazados: 1,
      reportados: 1,
      reportes: 1,
    })
  })

  it('never gives a memorial an address the form’s pages use, nor «general»', async () => {
    const { admin, anonimo } = await people()
    // The web reads these before a slug (web/condolencias/rutas.ts).
    for (const paso of [...PASOS_FORMULARIO, 'enviado']) expect(SLUGS_RESERVADOS.has(paso)).toBe(true)
    for (const nombre of ['Mensaje', 'Firma', 'Revisar', 'Enviado', 'General']) {
      const slug = await crearMemorial(admin, { nombre, fecha: '2025-03-02' })
      expect(SLUGS_RESERVADOS.has(slug), slug).toBe(false)
      expect(slug).toBe(`${nombre.toLowerCase()}-2025`)
      expect((await memorial(anonimo, slug)).body.nombre).toBe(nombre)
    }
    // Taken with the year too: a number then, never the reserved word.
    expect(await crearMemorial(admin, { nombre: 'Firma', fecha: '2025-03-02' })).toBe('firma-2')
    expect(await crearMemorial(admin, { nombre: 'GENERAL', fecha: '2024-01-01' })).toBe('general-2024')
    expect((await memorial(anonimo, 'general')).body.nombre).not.toBe('General')
  })
})

describe('the migration', () => {
  it('moves the messages written before into «general», published; a hidden one rejected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'memoriales-'))
    const folder = join(dir, 'migrations')
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true })
    const journalPath = join(folder, 'meta', '_journal.json')
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] }
    const at = journal.entries.findIndex((entry) => entry.tag.endsWith('_memoriales'))
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }))
    const { db, client } = await openFileDatabase(`file:${join(dir, 'db.sqlite')}`)
    await migrate(db, { migrationsFolder: folder })
    await client.execute(
      "insert into condolencias (id, nombre, mensaje, received_at, hidden_at) values ('viejo', 'Rosa', 'Fuerza, familia.', 1700000000000, null), ('oculto', 'X', 'Spam', 1700000001000, 1700000002000)",
    )
    await migrateDatabase(db)
    const rows = await db.select().from(condolencias).orderBy(condolencias.id)
    expect(
      rows.map((row) => [row.id, row.memorialId, row.firmaTexto, row.estado, row.publicarDesde.getTime()]),
    ).toEqual([
      ['oculto', 'general', 'X', 'rechazado', 1700000001000],
      ['viejo', 'general', 'Rosa', 'publicado', 1700000000000],
    ])
    const [general] = await db.select().from(memoriales).where(eq(memoriales.slug, 'general'))
    expect(general).toMatchObject({ nombre: 'Libro general', publicado: true })
    const fk = await client.execute('pragma foreign_key_check')
    expect(fk.rows).toEqual([])
    void users
    client.close()
  })
})
