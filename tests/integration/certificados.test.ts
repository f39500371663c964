import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { TIPOS, TIPOS_CERTIFICADO } from '../../core/certificados/tipos.ts'
import { auditLog, certificados, cifras, outbox } from '../../db/schema/index.ts'
import { verifyDocument } from '../../worker/documents/signing.ts'
import { runMaintenance } from '../../worker/maintenance.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { certificadoRequest, IMPRESO } from '../support/certificados.ts'
import { claveUnicaDelArchivo, signedInWithClaveUnica } from '../support/claveunica.ts'
import { signedInCitizen, signedInStaff } from '../support/identity.ts'
import { pdfQr, pdfText } from '../support/pdf.ts'

const claveunica = claveUnicaDelArchivo()

/** Friday 4 December 2026, 11:00 in Santiago: the facts were yesterday. */
const NOW = '2026-12-04T14:00:00Z'
const AYER = '2026-12-03'

async function setup() {
  const t = await testApp({ env: claveunica().env, clock: fixedClock(new Date(NOW)) })
  return { t, valentina: await signedInWithClaveUnica(t.app, '88.888.888-8') }
}

type Client = Awaited<ReturnType<typeof setup>>['valentina']
interface Answer {
  codigo: string
  tipo: string
  emitidoAt: string
  code?: string
  fields?: { field: string; message: string }[]
}

async function emitir(client: Client, body: unknown, key: string = crypto.randomUUID(), lang = 'es') {
  const response = await client.post(`/api/certificados?lang=${lang}`, body, { 'Idempotency-Key': key })
  return { status: response.status, body: (await response.json()) as Answer }
}

describe('the nine constancias', () => {
  it('each is issued at once: signed, its PDF printing the type’s wording with the answers for print, audited, counted, mailed', async () => {
    const { t, valentina } = await setup()
    const keys = t.ports.keys.all.map((key) => key.publicJwk)
    for (const tipo of TIPOS_CERTIFICADO) {
      const sent = await emitir(valentina, certificadoRequest(tipo, AYER))
      expect(sent.status, `${tipo}: ${JSON.stringify(sent.body)}`).toBe(201)
      expect(sent.body).toMatchObject({ tipo, emitidoAt: '2026-12-04T14:00:00.000Z', anulacion: null })
      const { codigo } = sent.body
      expect(codigo).toMatch(/^[A-Z2-9]{10}$/)
      const response = await valentina.get(`/api/certificados/${codigo}/pdf`)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      const pdf = new Uint8Array(await response.arrayBuffer())
      // pdftotext lays a wrapped paragraph out over lines: compare with single spaces.
      const text = pdfText(pdf).replace(/\s+/g, ' ')
      for (const shown of [
        TIPOS[tipo].nombreLegal,
        codigo,
        'Valentina',
        '88.888.888-8',
        'ClaveÚnica',
        '04-12-2026 11:00',
        'artículo 210 del Código Penal',
        ...IMPRESO[tipo],
      ])
        expect(text, `${tipo}: ${shown}`).toContain(shown)
      const qr = pdfQr(pdf) ?? ''
      expect(qr).toMatch(/^http:\/\/localhost:8787\/verificar#CV1\./)
      const firma = await verifyDocument(qr.split('#')[1] ?? '', keys)
      expect(firma.valid && firma.payload).toMatchObject({
        t: 'certificado',
        c: codigo,
        r: '88.8XX.XXX-8',
        e: tipo,
      })
    }
    const issued = await t.db.select().from(auditLog).where(eq(auditLog.action, 'certificado.issued'))
    expect(issued).toHaveLength(9)
    const mails = await t.db.select().from(outbox)
    expect(mails.map((m) => m.to)).toEqual(Array(9).fill('valentina@example.cl'))
    expect(mails[0]?.attachments?.[0]).toMatchObject({ contentType: 'application/pdf' })
    const counted = await t.db.select().from(cifras).where(eq(cifras.servicio, 'certificados'))
    // Two counters each (the country's hour, the comuna's day), the type as the scope.
    expect(
      counted
        .filter((c) => c.comunaCut === '')
        .map((c) => c.ambito)
        .sort(),
    ).toEqual([...TIPOS_CERTIFICADO].sort())
    expect(counted.find((c) => c.ambito === 'pension_alimentos' && c.comunaCut !== '')?.comunaCut).toBe('-')

    // The holder's list, newest first, and one with its answers as kept (for "otra igual").
    const lista = (await (await valentina.get('/api/certificados')).json()) as {
      codigo: string
      anulada: boolean
    }[]
    expect(lista).toHaveLength(9)
    const [celular] = await t.db.select().from(certificados).where(eq(certificados.tipo, 'extravio_celular'))
    const own = (await (await valentina.get(`/api/certificados/${celular?.code}`)).json()) as Record<
      string,
      unknown
    >
    expect(own).toMatchObject({
      codigo: celular?.code,
      tipo: 'extravio_celular',
      respuestas: { imei: '352099001761481', numero: '+56987654321', comuna: '13101' },
      anulacion: null,
    })
  })

  it('refuses a bad IMEI, plate, RIT, RUN, a date to come or too old, naming the field in the caller’s language, and writes nothing', async () => {
    const { t, valentina } = await setup()
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['extravio_celular', { imei: '352099001761482' }, 'respuestas.imei', 'Número IMEI'],
      ['placa_patente', { patente: 'ABCD12' }, 'respuestas.patente', 'Placa patente'],
      ['pension_alimentos', { rit: '1234' }, 'respuestas.rit', 'RIT de la causa'],
      ['pension_alimentos', { rit: 'C-12-2027' }, 'respuestas.rit', 'RIT de la causa'],
      ['fines_laborales', { contraparte_run: '76.086.428-4' }, 'respuestas.contraparte_run', 'RUN o RUT'],
      ['extravio_celular', { fecha: '2026-12-05' }, 'respuestas.fecha', 'futura'],
      ['extravio_celular', { fecha: '2025-11-01' }, 'respuestas.fecha', '366 días'],
      ['bomberos_lesionados', { fecha: '2026-12-04T12:00' }, 'respuestas.fecha', 'futura'],
      ['pension_alimentos', { hasta: '2027-01' }, 'respuestas.hasta', 'futura'],
      ['extravio_celular', { comuna: '99999' }, 'respuestas.comuna', 'Comuna'],
    ]
    for (const [tipo, cambios, field, words] of cases) {
      const sent = await emitir(valentina, certificadoRequest(tipo as 'extravio_celular', AYER, cambios))
      expect(sent.status, `${field} ${JSON.stringify(cambios)}`).toBe(400)
      expect(sent.body.fields?.[0]?.field).toBe(field)
      expect(sent.body.fields?.[0]?.message).toContain(words)
    }
    const documentos = await emitir(
      valentina,
      certificadoRequest('extravio_documentos', AYER, {
        documentos: [{ documento: 'cedula' }, { documento: 'carnet' }],
      }),
    )
    expect(documentos.body.fields?.[0]?.field).toBe('respuestas.documentos.1.documento')
    expect(documentos.body.fields?.[0]?.message).toContain('Tipo del documento 2')
    const english = await emitir(
      valentina,
      certificadoRequest('extravio_celular', AYER, { imei: '1' }),
      undefined,
      'en',
    )
    expect(english.body.fields?.[0]?.message).toContain('IMEI number')
    const sinDeclarar = await emitir(valentina, {
      ...certificadoRequest('abandono_hogar', AYER),
      declaracion: false,
    })
    expect(sinDeclarar.body.fields?.[0]).toMatchObject({ field: 'declaracion' })
    expect(sinDeclarar.body.fields?.[0]?.message).toContain('Declaro que lo que informo es verdadero')
    const tipo = await emitir(valentina, { ...certificadoRequest('abandono_hogar', AYER), tipo: 'robo' })
    expect(tipo.body.fields?.[0]).toMatchObject({ field: 'tipo' })
    expect(tipo.body.fields?.[0]?.message).toContain('Tipo de constancia')
    expect(await t.db.select().from(certificados)).toEqual([])
    expect(await t.db.select().from(outbox)).toEqual([])
  })

  it('a replay of the same key answers the same constancia once; another citizen’s number is not found', async () => {
    const { t, valentina } = await setup()
    const body = certificadoRequest('regimen_visitas', AYER)
    const first = await emitir(valentina, body, 'sabado-1')
    const again = await emitir(valentina, body, 'sabado-1')
    expect(again.status).toBe(201)
    expect(again.body.codigo).toBe(first.body.codigo)
    expect(await t.db.select().from(certificados)).toHaveLength(1)
    const camila = await signedInCitizen(t)
    expect((await camila.get(`/api/certificados/${first.body.codigo}`)).status).toBe(404)
    expect((await camila.get(`/api/certificados/${first.body.codigo}/pdf`)).status).toBe(404)
    expect(await (await camila.get('/api/certificados')).json()).toEqual([])
    // An internal account's constancia says how its identity was proven.
    const suya = await emitir(camila, certificadoRequest('extravio_documentos', AYER))
    expect(suya.status).toBe(201)
    const pdf = new Uint8Array(
      await (await camila.get(`/api/certificados/${suya.body.codigo}/pdf`)).arrayBuffer(),
    )
    expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain('correo verificado')
  })

  it('an officer looks one up (recorded for its holder); a supervisor annuls it with a reason, and verification says so', async () => {
    const { t, valentina } = await setup()
    const { codigo } = (await emitir(valentina, certificadoRequest('extravio_celular', AYER))).body
    const publico = async () =>
      (await (await t.app.request(`/api/verificar/${codigo}`)).json()) as Record<string, unknown>
    expect(await publico()).toMatchObject({
      tipo: 'certificado',
      valido: true,
      estado: 'emitida',
      certificado: { tipo: 'extravio_celular', nombre: 'Constancia de extravío de teléfono celular' },
      emitidaAt: '2026-12-04T14:00:00.000Z',
      run: '88.8XX.XXX-8',
    })
    expect(JSON.stringify(await publico())).not.toContain('352099001761481')

    const officer = (await signedInStaff(t, 'officer')).client
    const visto = (await (await officer.get(`/api/funcionarios/certificados/${codigo}`)).json()) as Record<
      string,
      unknown
    >
    expect(visto).toMatchObject({
      codigo,
      titular: { run: '88.888.888-8' },
      respuestas: { imei: '352099001761481' },
    })
    const accesos = (await (await valentina.get('/api/mis-datos')).json()) as {
      accesos: { registro: { tipo: string; code: string } }[]
      registros: { tipo: string; code: string | null; supresion: { posible: boolean; motivo: string } }[]
    }
    expect(accesos.accesos.map((a) => a.registro)).toContainEqual({ tipo: 'certificado', code: codigo })
    // "Mis datos" holds it, kept its five years: the account that obtained it is kept while it is.
    expect(accesos.registros.find((r) => r.tipo === 'certificado')).toMatchObject({
      code: codigo,
      supresion: { posible: false, motivo: 'certificado_en_plazo' },
    })
    expect(accesos.registros.find((r) => r.tipo === 'cuenta')?.supresion.posible).toBe(false)
    expect(
      (
        await officer.post(`/api/funcionarios/certificados/${codigo}/anulacion`, {
          motivo: 'Emitida por error',
        })
      ).status,
    ).toBe(403)

    const supervisor = (await signedInStaff(t, 'supervisor')).client
    const anular = await supervisor.post(`/api/funcionarios/certificados/${codigo}/anulacion`, {
      motivo: 'La persona declaró un IMEI ajeno',
    })
    expect(anular.status).toBe(200)
    expect(await publico()).toMatchObject({
      valido: false,
      estado: 'anulada',
      anuladaAt: '2026-12-04T14:00:00.000Z',
    })
    expect(JSON.stringify(await publico())).not.toContain('IMEI ajeno')
    const again = await supervisor.post(`/api/funcionarios/certificados/${codigo}/anulacion`, {
      motivo: 'Otra vez',
    })
    expect(again.status).toBe(409)
    const own = (await (await valentina.get(`/api/certificados/${codigo}`)).json()) as Record<string, unknown>
    expect(own).toMatchObject({ anulacion: { motivo: 'La persona declaró un IMEI ajeno' } })
    expect(await (await valentina.get('/api/certificados')).json()).toMatchObject([{ codigo, anulada: true }])
    const figures = (await (
      await supervisor.get('/api/supervisor/certificados/cifras?fecha=2026-12-04')
    ).json()) as {
      porTipo: { tipo: string; emitidas: number; anuladas: number }[]
      porRegion: { regionCode: string; emitidas: number }[]
    }
    expect(figures.porTipo.find((p) => p.tipo === 'extravio_celular')).toEqual({
      tipo: 'extravio_celular',
      emitidas: 1,
      anuladas: 1,
    })
    expect(figures.porRegion).toMatchObject([{ regionCode: '13', emitidas: 1 }])
    expect(
      await t.db.select().from(auditLog).where(eq(auditLog.action, 'certificado.annulled')),
    ).toHaveLength(1)
  })

  it('is kept five years from its issue, then only its number, type, date, comuna and annulment stay', async () => {
    const clock = fixedClock(new Date(NOW))
    const t = await testApp({ env: claveunica().env, clock })
    const valentina = await signedInWithClaveUnica(t.app, '88.888.888-8')
    const { codigo } = (await emitir(valentina, certificadoRequest('abandono_hogar', AYER))).body
    const [before] = await t.db.select().from(certificados)
    const publico = async () =>
      (await (await t.app.request(`/api/verificar/${codigo}`)).json()) as Record<string, unknown>
    clock.set(new Date('2031-12-03T14:00:00Z'))
    await runMaintenance(t.ports)
    expect((await t.db.select().from(certificados))[0]?.depuradoAt).toBeNull()
    clock.set(new Date('2031-12-05T14:00:00Z'))
    await runMaintenance(t.ports)
    const [after] = await t.db.select().from(certificados)
    expect(after).toMatchObject({
      code: codigo,
      tipo: 'abandono_hogar',
      comunaCut: '08101',
      userId: null,
      nombres: '',
      respuestas: {},
      pdfKey: null,
      run: expect.stringMatching(/^~/),
    })
    expect(await t.ports.files.get(before?.pdfKey ?? '')).toBeNull()
    expect(await publico()).toMatchObject({
      estado: 'depurada',
      valido: false,
      emitidaAt: '2026-12-04T14:00:00.000Z',
    })
    expect(await publico()).not.toHaveProperty('nombre')
  })
})
