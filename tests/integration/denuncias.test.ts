import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  archivos,
  auditLog,
  casos,
  casosHistoria,
  cifras,
  denuncias,
  denunciasClaves,
  outbox,
} from '../../db/schema/index.ts'
import { DENUNCIA } from '../../worker/denuncias/estados.ts'
import { verifyDocument } from '../../worker/documents/signing.ts'
import { runMaintenance } from '../../worker/maintenance.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { fileOf, sha256Of, wholeUploads } from '../support/archivos.ts'
import { signedInWithClaveUnica, testClaveUnica } from '../support/claveunica.ts'
import { denunciaRequest } from '../support/denuncias.ts'
import { signedInCitizen, signedInStaff } from '../support/identity.ts'
import { pdfQr, pdfText } from '../support/pdf.ts'

let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
beforeAll(async () => {
  claveunica = await testClaveUnica()
})
afterAll(() => claveunica.provider.close())

/** Monday 23 November 2026, 09:00 in Santiago: the theft was last night. */
const NOW = '2026-11-23T12:00:00Z'
const AYER = '2026-11-22'

async function setup() {
  const clock = fixedClock(new Date(NOW))
  const t = await testApp({ env: claveunica.env, clock })
  const valentina = await signedInWithClaveUnica(t.app, '88.888.888-8')
  return { t, valentina, clock }
}

type Client = Awaited<ReturnType<typeof setup>>['valentina']
interface Problem {
  code: string
  fields?: { field: string; message: string }[]
}

async function enviar(client: Client, body: unknown, key: string = crypto.randomUUID(), lang = 'es') {
  const response = await client.post(`/api/denuncias?lang=${lang}`, body, { 'Idempotency-Key': key })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & Problem }
}

describe('a citizen’s denuncia', () => {
  it('is received with a número, opens its case (recibida, due in 24 h), is audited, counted, mailed with its signed receipt, and only its owner sees it', async () => {
    const { t, valentina } = await setup()
    const sent = await enviar(valentina, denunciaRequest(AYER), 'denuncia-1')
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const numero = String(sent.body.numero)
    expect(numero).toMatch(/^[A-Z2-9]{10}$/)
    expect(sent.body).toMatchObject({
      estado: 'recibida',
      tipo: 'hurto_simple',
      createdAt: '2026-11-23T12:00:00.000Z',
      venceAt: '2026-11-24T12:00:00.000Z',
      hechoDesde: '2026-11-23T00:30:00.000Z',
      comuna: 'Santiago',
    })

    const [caso] = await t.db.select().from(casos).where(eq(casos.numero, numero))
    expect(caso).toMatchObject({ servicio: 'denuncia', estado: 'recibida' })
    const historia = await t.db
      .select()
      .from(casosHistoria)
      .where(eq(casosHistoria.casoId, caso?.id ?? ''))
    expect(historia.map((h) => [h.estado, h.actorTipo])).toEqual([['recibida', 'ciudadano']])
    const [row] = await t.db
      .select()
      .from(denuncias)
      .where(eq(denuncias.casoId, caso?.id ?? ''))
    expect(row).toMatchObject({ run: '88888888-8', identidad: 'claveunica', email: 'valentina@example.cl' })
    expect(row?.respuestas.objetos[0]).toMatchObject({ imei: '352099001761481', valor: 250000 })
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'denuncia.filed'))
    expect(audit.map((a) => a.subjectId)).toEqual([caso?.id])
    const counted = await t.db.select().from(cifras).where(eq(cifras.servicio, 'denuncias'))
    expect(counted.map((c) => [c.evento, c.comunaCut, c.n]).sort()).toEqual([
      ['recibida', '', 1],
      ['recibida', '13101', 1],
    ])

    // The e-mail, with the receipt attached.
    const [mail] = await t.db.select().from(outbox)
    expect(mail?.to).toBe('valentina@example.cl')
    expect(mail?.subject).toContain(`${numero.slice(0, 3)} ${numero.slice(3, 6)} ${numero.slice(6)}`)
    expect(mail?.text).toContain('24-11-2026 09:00')
    expect(mail?.attachments?.[0]).toMatchObject({ contentType: 'application/pdf' })

    // The receipt: the report as sent, the time, the number grouped, the QR to /verificar, signed.
    const response = await valentina.get(`/api/denuncias/${numero}/pdf`)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const pdf = new Uint8Array(await response.arrayBuffer())
    const text = pdfText(pdf)
    for (const shown of [
      `${numero.slice(0, 3)} ${numero.slice(3, 6)} ${numero.slice(6)}`,
      'Hurto simple',
      '23-11-2026 09:00',
      '22-11-2026 21:30',
      'Valentina',
      '88.888.888-8',
      'Verificada con ClaveÚnica',
      '352099001761481',
      'Rosa Díaz',
      'Sin archivos adjuntos',
      'art. 211',
    ])
      expect(text, shown).toContain(shown)
    const qr = pdfQr(pdf) ?? ''
    expect(qr).toMatch(/^http:\/\/localhost:8787\/verificar#CV1\./)
    const firma = await verifyDocument(
      qr.split('#')[1] ?? '',
      t.ports.keys.all.map((key) => key.publicJwk),
    )
    expect(firma.valid && firma.payload).toMatchObject({ t: 'denuncia', c: numero, n: '', r: '' })

    // Its page, with its dated history; "Mis trámites".
    const own = (await (await valentina.get(`/api/denuncias/${numero}`)).json()) as Record<string, unknown>
    expect(own).toMatchObject({ numero, historia: [{ estado: 'recibida', at: '2026-11-23T12:00:00.000Z' }] })
    const mine = (await (await valentina.get('/api/mis-tramites')).json()) as {
      denuncias: { numero: string }[]
    }
    expect(mine.denuncias.map((d) => d.numero)).toEqual([numero])

    // Anyone may learn that it exists, when, and its state; never what it says or who made it.
    const publico = await (await t.app.request(`/api/verificar/${numero}`)).text()
    expect(JSON.parse(publico)).toEqual({
      code: numero,
      tipo: 'denuncia',
      valido: true,
      estado: 'recibida',
      recibidaAt: '2026-11-23T12:00:00.000Z',
    })
    expect(publico).not.toMatch(/Valentina|88\.8|micro|Samsung|Santiago/)

    // Another citizen, and an internal account: not found, not forbidden.
    const benjamin = await signedInWithClaveUnica(t.app, '99.999.999-9')
    expect((await benjamin.get(`/api/denuncias/${numero}`)).status).toBe(404)
    expect((await benjamin.get(`/api/denuncias/${numero}/pdf`)).status).toBe(404)
    const camila = await signedInCitizen(t)
    expect((await camila.get(`/api/denuncias/${numero}`)).status).toBe(404)
  })

  it('is recorded once for a replayed key, which answers the same; the key with another body is refused', async () => {
    const { t, valentina } = await setup()
    const first = await enviar(valentina, denunciaRequest(AYER), 'once')
    const again = await enviar(valentina, denunciaRequest(AYER), 'once')
    expect(again).toEqual(first)
    expect(await t.db.select().from(denuncias)).toHaveLength(1)
    expect(await t.db.select().from(outbox)).toHaveLength(1)
    const other = await enviar(valentina, denunciaRequest(AYER, { lugar: 'Otro lugar, Santiago' }), 'once')
    expect(other.body.code).toBe('idempotency_key_reused')
  })

  it('attaches its evidence to the case, lists each file’s SHA-256 on the receipt, and refuses another’s upload naming «archivos»', async () => {
    const { t, valentina } = await setup()
    const subir = wholeUploads(t.app, valentina.jar)
    const fotos = [fileOf('jpeg', 20_000), fileOf('jpeg', 30_000)]
    const ids = [
      await subir('bicicleta.jpg', fotos[0] ?? new Uint8Array()),
      await subir('calle.jpg', fotos[1] ?? new Uint8Array()),
    ]

    // Someone else's upload: refused, naming the field, and nothing is written.
    const camila = await signedInCitizen(t)
    const ajeno = await wholeUploads(t.app, camila.jar)('ajena.jpg', fileOf('jpeg', 1000))
    const refused = await enviar(valentina, denunciaRequest(AYER, { archivos: [ids[0], ajeno] }))
    expect(refused.status).toBe(400)
    expect(refused.body.fields?.map((f) => f.field)).toEqual(['archivos'])
    expect(await t.db.select().from(casos)).toEqual([])

    const sent = await enviar(valentina, denunciaRequest(AYER, { archivos: ids }))
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const numero = String(sent.body.numero)
    const [caso] = await t.db.select().from(casos).where(eq(casos.numero, numero))
    const adjuntos = await t.db
      .select()
      .from(archivos)
      .where(eq(archivos.casoId, caso?.id ?? ''))
    expect(adjuntos.map((a) => a.id).sort()).toEqual([...ids].sort())
    const [row] = await t.db.select().from(denuncias)
    expect(row?.respuestas.archivos.map((a) => a.nombre)).toEqual(['bicicleta.jpg', 'calle.jpg'])

    const pdf = new Uint8Array(await (await valentina.get(`/api/denuncias/${numero}/pdf`)).arrayBuffer())
    const text = pdfText(pdf).replace(/\s+/g, '')
    for (const foto of fotos) expect(text).toContain(sha256Of(foto))
    expect(text).toContain('bicicleta.jpg')
    expect(text).not.toContain('Sinarchivosadjuntos')

    // A file goes with one report only.
    const again = await enviar(valentina, denunciaRequest(AYER, { archivos: [ids[0]] }))
    expect(again.status).toBe(400)
    expect(again.body.fields?.map((f) => f.field)).toEqual(['archivos'])

    // Staff open the case: the report as sent, the complainant proven by ClaveÚnica, the files by hash;
    // the queue filters by the report's type, which a reclassification rewrites in its row.
    const { client: analista } = await signedInStaff(t, 'supervisor', 'analista@carabineros.example.cl')
    const vista = (await (await analista.get(`/api/funcionarios/casos/${numero}`)).json()) as {
      detalle: Record<string, unknown> & { archivos: { nombre: string; sha256: string; bytes: number }[] }
    }
    expect(vista.detalle).toMatchObject({
      tipo: 'hurto_simple',
      comuna: 'Santiago',
      denunciante: { run: '88888888-8', identidad: 'claveunica', autodeclarada: false },
      testigos: [{ nombre: 'Rosa Díaz' }],
    })
    expect(vista.detalle.archivos.map((a) => [a.nombre, a.sha256, a.bytes])).toEqual([
      ['bicicleta.jpg', sha256Of(fotos[0] ?? new Uint8Array()), 20_000],
      ['calle.jpg', sha256Of(fotos[1] ?? new Uint8Array()), 30_000],
    ])
    // Each file downloads for staff by the link shown, the same bytes; the read is recorded.
    const [primera] = vista.detalle.archivos as unknown as { descarga: string }[]
    const bajada = await analista.get(primera?.descarga ?? '')
    expect(bajada.status).toBe(200)
    expect(sha256Of(new Uint8Array(await bajada.arrayBuffer()))).toBe(sha256Of(fotos[0] ?? new Uint8Array()))
    const lecturas = await t.db.select().from(auditLog).where(eq(auditLog.action, 'personal_data.viewed'))
    expect(lecturas.length).toBeGreaterThanOrEqual(2)
    const enCola = async (tipo: string) =>
      (
        (await (await analista.get(`/api/funcionarios/casos/denuncia/cola?tipo=${tipo}`)).json()) as {
          casos: { numero: string }[]
        }
      ).casos.map((c) => c.numero)
    expect(await enCola('hurto_simple')).toEqual([numero])
    expect(await enCola('estafa')).toEqual([])
    const reclasificada = await analista.post(`/api/funcionarios/casos/${numero}/acciones`, {
      accion: 'reclasificar',
      tipo: 'robo_por_sorpresa',
    })
    expect(reclasificada.status).toBe(200)
    const [ahora] = await t.db.select().from(denuncias)
    expect(ahora?.tipo).toBe('robo_por_sorpresa')
    expect(await enCola('robo_por_sorpresa')).toEqual([numero])
    // What the Fiscalía receives: the same report.
    const enviado = await DENUNCIA.ganchos.contenidoParaFiscalia(t.db, {
      ...(caso ?? ({} as never)),
      servicio: 'denuncia',
    })
    expect(enviado).toMatchObject({ tipo: 'robo_por_sorpresa', relato: row?.relato })
  })

  it('from an internal account is kept as a self-declared identity, and says so on the receipt', async () => {
    const { t } = await setup()
    const camila = await signedInCitizen(t)
    const sent = await enviar(camila, denunciaRequest(AYER, { email: 'camila.rojas@example.cl' }))
    expect(sent.status).toBe(201)
    const [row] = await t.db.select().from(denuncias)
    expect(row).toMatchObject({ identidad: 'self', run: '12345678-5' })
    const pdf = new Uint8Array(
      await (await camila.get(`/api/denuncias/${String(sent.body.numero)}/pdf`)).arrayBuffer(),
    )
    expect(pdfText(pdf)).toContain('Declarada por la persona')
  })

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'an IMEI whose check digit is wrong',
      { objetos: [{ descripcion: 'Teléfono', imei: '352099001761482' }] },
      'objetos.0.imei',
      '«IMEI del objeto 1» no es un IMEI válido',
    ],
    [
      'a plate in neither format (a vowel in the new one)',
      {
        tipo: 'robo_accesorios_vehiculo',
        objetos: [{ descripcion: 'Espejo lateral derecho' }],
        detalles: { patente: 'ABCD12' },
      },
      'detalles.patente',
      '«Patente del vehículo» no es una patente chilena',
    ],
    [
      'a date in the future',
      { desdeFecha: '2026-11-24' },
      'desdeFecha',
      '«Fecha en que ocurrió» no puede ser una fecha u hora futura.',
    ],
    [
      'a span that ends before it starts',
      { hastaFecha: '2026-11-21', hastaHora: '08:00' },
      'hastaFecha',
      '«Última fecha en que pudo ocurrir» debe ser posterior',
    ],
    [
      'a narrative too short',
      { relato: 'Me robaron el teléfono.' },
      'relato',
      '«Qué ocurrió» debe tener al menos 50 caracteres.',
    ],
    [
      'a date further back than the law reaches',
      { desdeFecha: '2021-11-22' },
      'desdeFecha',
      'hace más de 5 años',
    ],
    [
      'a fraud without its amount',
      {
        tipo: 'estafa',
        objetos: undefined,
        detalles: { canal: 'transferencia', referencia: 'Cuenta RUT 12345678' },
      },
      'detalles.monto',
      '«Monto perdido» es obligatorio.',
    ],
    [
      'a declaration left unticked',
      { primeraVez: false },
      'primeraVez',
      'Para enviar la denuncia debe marcar «Declaro que este hecho no fue denunciado antes».',
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_name, change, field, message) => {
    const { t, valentina } = await setup()
    const refused = await enviar(valentina, denunciaRequest(AYER, change))
    expect(refused.status).toBe(400)
    expect(refused.body.fields?.find((f) => f.field === field)?.message).toContain(message)
    expect(await t.db.select().from(denuncias)).toHaveLength(0)
    expect(await t.db.select().from(casos)).toHaveLength(0)
  })

  it('takes a plate in both formats, as printed, and an IMEI as copied; words errors in English', async () => {
    const { t, valentina } = await setup()
    for (const [patente, kept] of [
      ['AB·12·34', 'AB1234'],
      ['bbbb-12', 'BBBB12'],
    ]) {
      const sent = await enviar(
        valentina,
        denunciaRequest(AYER, {
          tipo: 'robo_accesorios_vehiculo',
          objetos: [{ descripcion: 'Espejo lateral derecho', valor: 80_000 }],
          detalles: { patente },
        }),
      )
      expect(sent.status, JSON.stringify(sent.body)).toBe(201)
      const [caso] = await t.db
        .select()
        .from(casos)
        .where(eq(casos.numero, String(sent.body.numero)))
      const [row] = await t.db
        .select()
        .from(denuncias)
        .where(eq(denuncias.casoId, caso?.id ?? ''))
      expect(row?.respuestas.detalles.patente).toBe(kept)
    }
    const english = await enviar(
      valentina,
      denunciaRequest(AYER, { objetos: [{ descripcion: 'Phone', imei: '1234' }] }),
      undefined,
      'en',
    )
    expect(english.body.fields).toContainEqual({
      field: 'objetos.0.imei',
      message: expect.stringContaining('“IMEI of item 1” is not a valid IMEI'),
    })
  })

  it('shows the citizen their own earlier reports of the same offence, a day and a few km around', async () => {
    const { t, valentina } = await setup()
    const punto = { lat: -33.4429, lon: -70.6459 }
    const sent = await enviar(valentina, denunciaRequest(AYER, { punto }))
    const numero = String(sent.body.numero)
    const ask = async (client: Client, query: string) =>
      (
        (await (await client.get(`/api/denuncias/posibles-duplicados?${query}`)).json()) as {
          denuncias: { numero: string }[]
        }
      ).denuncias.map((d) => d.numero)
    expect(await ask(valentina, `tipo=hurto_simple&fecha=${AYER}&comuna=13101`)).toEqual([numero])
    // 1.1 km away: the same fact, perhaps.
    expect(await ask(valentina, `tipo=hurto_simple&fecha=2026-11-23&lat=-33.4500&lon=-70.6550`)).toEqual([
      numero,
    ])
    // 8 km away, another offence, three days later: no.
    expect(await ask(valentina, `tipo=hurto_simple&fecha=${AYER}&lat=-33.40&lon=-70.57`)).toEqual([])
    expect(await ask(valentina, `tipo=danos&fecha=${AYER}&comuna=13101`)).toEqual([])
    expect(await ask(valentina, 'tipo=hurto_simple&fecha=2026-11-25&comuna=13101')).toEqual([])
    const benjamin = await signedInWithClaveUnica(t.app, '99.999.999-9')
    expect(await ask(benjamin, `tipo=hurto_simple&fecha=${AYER}&comuna=13101`)).toEqual([])
    const missing = await valentina.get(`/api/denuncias/posibles-duplicados?tipo=hurto_simple&fecha=${AYER}`)
    expect(missing.status).toBe(400)
  })

  it('prefills the form from the account and the last report', async () => {
    const { valentina } = await setup()
    const before = (await (await valentina.get('/api/denuncias/ficha')).json()) as Record<string, unknown>
    expect(before).toMatchObject({
      titular: { nombre: 'Valentina Sofía Pérez Núñez', run: '88.888.888-8', identidad: 'claveunica' },
      contacto: { comunaDomicilio: '' },
    })
    await enviar(valentina, denunciaRequest(AYER, { comunaDomicilio: '13114' }))
    const after = (await (await valentina.get('/api/denuncias/ficha')).json()) as Record<string, unknown>
    expect(after).toMatchObject({
      contacto: { email: 'valentina@example.cl', telefono: '+56912345678', comunaDomicilio: '13114' },
    })
  })

  it('is pseudonymised with its case, five years after the case closed: the receipt goes, the number still verifies', async () => {
    const { t, valentina, clock } = await setup()
    const sent = await enviar(valentina, denunciaRequest(AYER))
    const numero = String(sent.body.numero)
    // Closing is the case machinery's (worker/casos): here the row says when it closed.
    await t.db.update(casos).set({ estado: 'cerrada', cerradoAt: new Date('2026-12-01T12:00:00Z') })
    const [before] = await t.db.select().from(denuncias)
    expect(await t.ports.files.get(before?.pdfKey ?? '')).not.toBeNull()
    expect((await t.db.select().from(denunciasClaves)).map((c) => c.clave)).toEqual([
      'imei:352099001761481',
      'lugar:13101:2026-11-23T00',
    ])
    clock.set(new Date('2031-11-30T12:00:00Z'))
    await runMaintenance(t.ports)
    expect((await t.db.select().from(denuncias))[0]?.depuradoAt).toBeNull()
    clock.set(new Date('2031-12-02T12:00:00Z'))
    await runMaintenance(t.ports)
    const [after] = await t.db.select().from(denuncias)
    expect(after).toMatchObject({
      tipo: 'hurto_simple',
      comunaCut: '13101',
      run: `~${after?.casoId}`,
      nombres: '',
      email: '',
      relato: '',
      lugar: '',
      telefono: null,
      pdfKey: null,
      respuestas: { objetos: [], sospechosos: [], testigos: [] },
    })
    expect(await t.ports.files.get(before?.pdfKey ?? '')).toBeNull()
    // Its IMEI, place and hour no longer match it with anyone's report.
    expect(await t.db.select().from(denunciasClaves)).toEqual([])
    const publico = (await (await t.app.request(`/api/verificar/${numero}`)).json()) as Record<
      string,
      unknown
    >
    expect(publico).toMatchObject({ tipo: 'denuncia', estado: 'cerrada' })
  })
})
