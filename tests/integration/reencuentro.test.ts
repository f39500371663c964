import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, casos, casosHistoria, outbox, reencuentros, users } from '../../db/schema/index.ts'
import { formatNumero } from '../../worker/denuncias/numero.ts'
import { verifyDocument } from '../../worker/documents/signing.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { signedInWithClaveUnica, testClaveUnica } from '../support/claveunica.ts'
import { DEVICE_SECRET, testClient } from '../support/client.ts'
import { signedInCitizen, signedInStaff } from '../support/identity.ts'
import { pdfQr, pdfText } from '../support/pdf.ts'
import { reencuentroRequest } from '../support/reencuentro.ts'

/** Friday 4 December 2026, 12:00 in Santiago: every step of these tests happens at this instant. */
const NOW = new Date('2026-12-04T15:00:00Z')
let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
let t: Awaited<ReturnType<typeof testApp>>
type Client = Awaited<ReturnType<typeof signedInStaff>>['client']
let valentina: Awaited<ReturnType<typeof signedInWithClaveUnica>>
/** The reencuentro team's member, and an officer who is not on it. */
let equipo: Client
let oficial: Client
/** An officer who works no case service at all. */
let ajeno: Client

interface Problem {
  code: string
  fields?: { field: string; message: string }[]
}

const solicitud = reencuentroRequest

async function enviar(
  client: { post: Client['post'] },
  body: unknown,
  key: string = crypto.randomUUID(),
  lang = 'es',
) {
  const response = await client.post(`/api/reencuentro?lang=${lang}`, body, { 'Idempotency-Key': key })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & Problem }
}

async function nueva(extra: Record<string, unknown> = {}) {
  const sent = await enviar(valentina, solicitud(extra))
  expect(sent.status, JSON.stringify(sent.body)).toBe(201)
  return String(sent.body.numero)
}

const accion = (client: Client, numero: string, body: unknown) =>
  client.post(`/api/funcionarios/casos/${numero}/acciones`, body, { 'Idempotency-Key': crypto.randomUUID() })

async function paso(numero: string, body: Record<string, unknown>, status = 200) {
  const response = await accion(equipo, numero, body)
  expect(response.status, `${String(body.accion)}: ${await response.clone().text()}`).toBe(status)
}

async function conCapacidades(email: string, capacidades: string[]) {
  await t.db
    .update(users)
    .set({ capacidades, unidadCode: null })
    .where(and(eq(users.email, email), eq(users.kind, 'staff')))
}

beforeAll(async () => {
  claveunica = await testClaveUnica()
  t = await testApp({ env: claveunica.env, clock: fixedClock(NOW) })
  valentina = await signedInWithClaveUnica(t.app, '88.888.888-8')
  equipo = (await signedInStaff(t, 'officer', 'equipo@carabineros.example.cl')).client
  await conCapacidades('equipo@carabineros.example.cl', ['reencuentro.buscar'])
  oficial = (await signedInStaff(t, 'supervisor', 'oficial@carabineros.example.cl')).client
  ajeno = (await signedInStaff(t, 'officer', 'ajeno@carabineros.example.cl')).client
  await conCapacidades('ajeno@carabineros.example.cl', ['constancias.validar'])
}, 60_000)
afterAll(() => claveunica.provider.close())

describe('a request for family reunification', () => {
  it('is received with a número, a signed receipt and an e-mail; the same key again is the same answer', async () => {
    const sent = await enviar(valentina, solicitud(), 'reencuentro-1')
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const numero = String(sent.body.numero)
    expect(sent.body).toEqual({
      numero,
      receivedAt: NOW.toISOString(),
      comprobanteUrl: `/api/reencuentro/${numero}/comprobante.pdf`,
    })
    const again = await enviar(valentina, solicitud(), 'reencuentro-1')
    expect(again.body).toEqual(sent.body)
    const [caso] = await t.db.select().from(casos).where(eq(casos.numero, numero))
    expect(caso).toMatchObject({
      servicio: 'reencuentro',
      estado: 'recibida',
      unidadCode: null,
      comunaCut: '13101',
    })
    expect(
      await t.db
        .select()
        .from(reencuentros)
        .where(eq(reencuentros.casoId, caso?.id ?? '')),
    ).toHaveLength(1)
    const [row] = await t.db
      .select()
      .from(reencuentros)
      .where(eq(reencuentros.casoId, caso?.id ?? ''))
    expect(row).toMatchObject({ buscadoRun: '11111111-1', run: '88888888-8', identidad: 'claveunica' })
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'reencuentro.filed'))
    expect(JSON.stringify(audit)).not.toContain('Rosa')

    const [mail] = await t.db
      .select()
      .from(outbox)
      .where(
        eq(
          outbox.subject,
          `Solicitud de reencuentro familiar recibida N° ${numero.slice(0, 3)} ${numero.slice(3, 6)} ${numero.slice(6)} — Comisaría Virtual`,
        ),
      )
    expect(mail?.to).toBe('valentina@example.cl')
    expect(mail?.text).not.toContain('Rosa')
    expect(mail?.attachments?.[0]).toMatchObject({ contentType: 'application/pdf' })

    const response = await valentina.get(`/api/reencuentro/${numero}/comprobante.pdf`)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const pdf = new Uint8Array(await response.arrayBuffer())
    for (const shown of ['88.888.888-8', 'Rosa Elena', '11.111.111-1', 'Población La Victoria', '1998'])
      expect(pdfText(pdf), shown).toContain(shown)
    const firma = await verifyDocument(
      (pdfQr(pdf) ?? '').split('#')[1] ?? '',
      t.ports.keys.all.map((key) => key.publicJwk),
    )
    expect(firma.valid && firma.payload).toMatchObject({ t: 'reencuentro', c: numero })

    const { peligro: _peligro, run: _run, correo: _correo, telefono: _telefono, ...enviada } = solicitud()
    const vista = await valentina.get(`/api/reencuentro/${numero}`)
    expect(await vista.json()).toEqual({
      estado: 'recibida',
      estadoTexto: 'Recibida',
      recibidaEl: NOW.toISOString(),
      // What was sent, without the danger answer, the RUN sought and the contact.
      solicitud: enviada,
      historia: [{ at: NOW.toISOString(), texto: 'Recibida' }],
      cierre: null,
    })
    // Another citizen, staff, anonymous: not theirs.
    const camila = await signedInCitizen(t)
    expect((await camila.get(`/api/reencuentro/${numero}`)).status).toBe(404)
    expect((await camila.get(`/api/reencuentro/${numero}/comprobante.pdf`)).status).toBe(404)
    expect((await equipo.get(`/api/reencuentro/${numero}`)).status).toBe(403)
    // The shared case page never shows a search: its own view says less.
    expect((await valentina.get(`/api/casos/${numero}`)).status).toBe(404)
  })

  it('refuses each bad field by its name, in the user’s language, and changes nothing', async () => {
    const antes = (await t.db.select().from(casos)).length
    const casosMalos: [Record<string, unknown>, string, string][] = [
      [{ peligro: 'si' }, 'peligro', 'presunta desgracia'],
      [{ nombres: '' }, 'nombres', 'Nombres'],
      [{ apellidos: 'x'.repeat(101) }, 'apellidos', 'Apellidos'],
      [{ run: '11.111.111-2' }, 'run', 'RUN'],
      [{ nacimientoAnio: 1800 }, 'nacimientoAnio', 'Año aproximado de nacimiento'],
      [{ nacimientoAnio: 2031 }, 'nacimientoAnio', 'Año aproximado de nacimiento'],
      [{ relacion: 'vecino' }, 'relacion', 'Relación con usted'],
      [{ ultimaComuna: '99999' }, 'ultimaComuna', 'Última comuna conocida'],
      [{ ultimoLugar: 'x'.repeat(201) }, 'ultimoLugar', 'Último lugar conocido'],
      [{ ultimoContactoAnio: 2030 }, 'ultimoContactoAnio', 'Año del último contacto'],
      [{ motivoDistancia: 'x'.repeat(2001) }, 'motivoDistancia', 'Por qué perdieron el contacto'],
      [{ mensaje: 'Hola' }, 'mensaje', 'Mensaje'],
      [{ correo: 'no-es-correo' }, 'correo', 'Correo electrónico'],
      [{ telefono: '123' }, 'telefono', 'Teléfono'],
    ]
    for (const [extra, field, words] of casosMalos) {
      const sent = await enviar(valentina, solicitud(extra))
      expect(sent.status, field).toBe(400)
      const issue = sent.body.fields?.find((f) => f.field === field)
      expect(issue?.message, `${field}: ${JSON.stringify(sent.body)}`).toContain(words)
    }
    const en = await enviar(valentina, solicitud({ relacion: 'vecino' }), crypto.randomUUID(), 'en')
    expect(en.body.fields?.[0]?.message).toContain('Relationship to you')
    const ht = await enviar(valentina, solicitud({ peligro: 'si' }), crypto.randomUUID(), 'ht')
    expect(ht.body.fields?.[0]?.message).toContain('133')
    expect(await t.db.select().from(casos)).toHaveLength(antes)
  })

  it('is for signed-in citizens only', async () => {
    const anonimo = testClient((path, init) => t.app.request(path, init))
    const refused = await anonimo.post('/api/reencuentro', solicitud(), {
      'Idempotency-Key': crypto.randomUUID(),
      'Idempotency-Secret': DEVICE_SECRET,
    })
    expect(refused.status, await refused.clone().text()).toBe(401)
    expect((await enviar(equipo, solicitud())).status).toBe(403)
  })
})

describe('the search, decided by the person found', () => {
  it('tells the requester the same, byte for byte, whether the person declined, was not found or died', async () => {
    const declinado = await nueva()
    const noEncontrado = await nueva()
    const fallecido = await nueva()
    for (const numero of [declinado, noEncontrado, fallecido]) await paso(numero, { accion: 'analizar' })

    await paso(declinado, {
      accion: 'contactar',
      fecha: '2026-12-03',
      medio: 'telefono',
      nota: 'Rosa atendió; lo pensará.',
    })
    await paso(declinado, { accion: 'registrar_consentimiento', decision: 'nada' })

    await paso(noEncontrado, { accion: 'anotar', nota: 'Sin rastro en el Registro Civil.' })
    await paso(noEncontrado, {
      accion: 'concluir',
      resultado: 'no_encontrado',
      nota: 'Sin domicilio conocido.',
    })

    await paso(fallecido, { accion: 'concluir', resultado: 'fallecido', nota: 'Defunción inscrita en 2019.' })
    await paso(fallecido, {
      accion: 'informar_en_persona',
      fecha: '2026-12-04',
      lugar: '1ª Comisaría Santiago',
      nota: 'Acompañada por su hijo.',
    })

    const respuestas = await Promise.all(
      [declinado, noEncontrado, fallecido].map(async (numero) => {
        const response = await valentina.get(`/api/reencuentro/${numero}?lang=es`)
        // Every header but the request's own id (a fresh one per request, whatever it asks).
        const headers = [...response.headers.entries()].filter(([name]) => name !== 'x-request-id')
        return { status: response.status, headers, body: await response.text() }
      }),
    )
    expect(respuestas[0]?.status).toBe(200)
    expect(respuestas[1]).toEqual(respuestas[0])
    expect(respuestas[2]).toEqual(respuestas[0])
    const vista = JSON.parse(respuestas[0]?.body ?? '{}')
    expect(vista.estado).toBe('concluida')
    expect(vista.cierre).toEqual({ texto: 'La búsqueda ha concluido.' })
    expect(vista.historia.map((h: { texto: string }) => h.texto)).toEqual([
      'Recibida',
      'En búsqueda',
      'Concluida',
    ])
    for (const hidden of ['contact', 'fallec', 'consent', 'encontrad', 'Registro', 'Comisaría'])
      expect(respuestas[0]?.body, hidden).not.toContain(hidden)

    // "Mis trámites": the three rows alike but for their número.
    const lista = (await (await valentina.get('/api/casos')).json()) as { casos: Record<string, unknown>[] }
    const fila = (numero: string) => {
      const { numero: _n, ...rest } = lista.casos.find((c) => c.numero === numero) ?? {}
      return rest
    }
    expect(fila(noEncontrado)).toEqual(fila(declinado))
    expect(fila(fallecido)).toEqual(fila(declinado))
    expect(fila(declinado)).toMatchObject({ estado: 'concluida', estadoTexto: 'Concluida' })
    const tramites = (await (await valentina.get('/api/mis-tramites')).json()) as {
      reencuentros: Record<string, unknown>[]
    }
    const tramite = (numero: string) => {
      const { numero: _n, ...rest } = tramites.reencuentros.find((c) => c.numero === numero) ?? {}
      return rest
    }
    expect(tramite(declinado)).toEqual(fila(declinado))
    expect(tramite(noEncontrado)).toEqual(tramite(declinado))
    expect(tramite(fallecido)).toEqual(tramite(declinado))

    // The e-mails each received: the same, but for the número.
    const correos = async (numero: string) =>
      (await t.db.select().from(outbox).where(eq(outbox.to, 'valentina@example.cl')))
        .filter((m) => m.text.includes(numero))
        .map((m) => `${m.subject}\n${m.text}`.replaceAll(numero, 'N').replaceAll(formatNumero(numero), 'N'))
    const mails = await Promise.all([declinado, noEncontrado, fallecido].map(correos))
    // Received, searching, concluded: three each, alike.
    expect(mails[0]).toHaveLength(3)
    expect(mails[1]).toEqual(mails[0])
    expect(mails[2]).toEqual(mails[0])

    // The team sees it all: the outcome, the notes, the death told in person.
    const caso = (await (await equipo.get(`/api/funcionarios/casos/${fallecido}`)).json()) as {
      detalle: Record<string, unknown>
    }
    expect(caso.detalle).toMatchObject({
      resultado: 'fallecido',
      informadoEnPersona: { fecha: '2026-12-04', lugar: '1ª Comisaría Santiago' },
      buscado: { run: '11.111.111-1' },
    })
    expect(JSON.stringify(caso.detalle)).toContain('Acompañada por su hijo.')
  })

  it('gives the requester the contact the person found chose to share, and the message back', async () => {
    const numero = await nueva()
    await paso(numero, { accion: 'analizar' })
    const enBusqueda = (await (await valentina.get(`/api/reencuentro/${numero}`)).json()) as Record<
      string,
      unknown
    >
    await paso(numero, {
      accion: 'contactar',
      fecha: '2026-12-04',
      medio: 'visita',
      nota: 'Se le entregó el mensaje.',
    })
    // `contactado` reads «En búsqueda», and the step adds nothing the requester sees.
    const contactado = await valentina.get(`/api/reencuentro/${numero}`)
    expect(await contactado.json()).toEqual(enBusqueda)
    expect(enBusqueda).toMatchObject({ estado: 'en_busqueda', estadoTexto: 'En búsqueda' })
    const lista = (await (await valentina.get('/api/casos')).json()) as {
      casos: { numero: string; estado: string }[]
    }
    expect(lista.casos.find((c) => c.numero === numero)?.estado).toBe('en_busqueda')
    // Whoever holds the receipt's número learns it exists and its state as the requester reads it.
    const publico = (await (await t.app.request(`/api/verificar/${numero}`)).json()) as Record<
      string,
      unknown
    >
    expect(publico).toMatchObject({ tipo: 'reencuentro', valido: true, estado: 'en_busqueda' })
    expect(JSON.stringify(publico)).not.toContain('Rosa')
    await paso(numero, {
      accion: 'registrar_consentimiento',
      decision: 'compartir_contacto',
      contacto: { nombre: 'Rosa Elena Pérez', correo: 'rosa@example.cl', telefono: '+56 9 1111 2222' },
      mensajeRespuesta: 'Valentina, escríbeme cuando quieras.',
    })
    const vista = (await (await valentina.get(`/api/reencuentro/${numero}`)).json()) as Record<
      string,
      unknown
    >
    expect(vista.cierre).toEqual({
      texto: 'La búsqueda ha concluido.',
      contacto: { nombre: 'Rosa Elena Pérez', correo: 'rosa@example.cl', telefono: '+56 9 1111 2222' },
      mensaje: 'Valentina, escríbeme cuando quieras.',
    })
  })

  it('gives only the message back when the person found chose so', async () => {
    const numero = await nueva()
    await paso(numero, { accion: 'analizar' })
    await paso(numero, {
      accion: 'contactar',
      fecha: '2026-12-04',
      medio: 'correo',
      nota: 'Respondió por correo.',
    })
    await paso(numero, { accion: 'registrar_consentimiento', decision: 'solo_mensaje' }, 400)
    await paso(numero, {
      accion: 'registrar_consentimiento',
      decision: 'solo_mensaje',
      mensajeRespuesta: 'Estoy bien. Prefiero no retomar el contacto por ahora.',
    })
    const vista = (await (await valentina.get(`/api/reencuentro/${numero}?lang=en`)).json()) as Record<
      string,
      unknown
    >
    expect(vista.cierre).toEqual({
      texto: 'The search has concluded.',
      mensaje: 'Estoy bien. Prefiero no retomar el contacto por ahora.',
    })
  })

  it('refuses steps out of order, and anyone not on the team', async () => {
    const numero = await nueva()
    // Not yet searching: no contact, no end.
    await paso(
      numero,
      { accion: 'contactar', fecha: '2026-12-04', medio: 'telefono', nota: 'x'.repeat(5) },
      409,
    )
    await paso(numero, { accion: 'concluir', resultado: 'no_encontrado', nota: 'Nada.' }, 409)
    await paso(numero, { accion: 'analizar' })
    // A consent needs a contact first; a death told in person needs a death.
    await paso(numero, { accion: 'registrar_consentimiento', decision: 'nada' }, 409)
    await paso(numero, { accion: 'concluir', resultado: 'no_encontrado', nota: 'Sin rastro.' })
    await paso(numero, { accion: 'informar_en_persona', fecha: '2026-12-04', lugar: 'Comisaría' }, 409)
    // Concluded: nothing more but notes.
    await paso(numero, { accion: 'concluir', resultado: 'fallecido', nota: 'Nada.' }, 409)
    await paso(numero, { accion: 'anotar', nota: 'Cerrada sin novedad.' })
    // Not on the team: an officer who works no cases is forbidden; one who works another
    // service's (a supervisor's denuncias) does not learn the search exists.
    expect((await accion(ajeno, numero, { accion: 'anotar', nota: 'Hola' })).status).toBe(403)
    expect((await ajeno.get(`/api/funcionarios/casos/${numero}`)).status).toBe(403)
    expect((await accion(oficial, numero, { accion: 'anotar', nota: 'Hola' })).status).toBe(404)
    expect((await oficial.get(`/api/funcionarios/casos/${numero}`)).status).toBe(404)
    expect((await oficial.get('/api/funcionarios/casos/reencuentro/cola')).status).toBe(403)
    // The team's queue shows each request's age.
    const cola = (await (await equipo.get('/api/funcionarios/casos/reencuentro/cola')).json()) as {
      casos: { numero: string; creadoAt: string }[]
    }
    expect(cola.casos.length).toBeGreaterThan(0)
    expect(cola.casos[0]?.creadoAt).toBe(NOW.toISOString())
    // The staff-only steps leave nothing in the citizen's reach of the history's words.
    const [caso] = await t.db.select().from(casos).where(eq(casos.numero, numero))
    const historia = await t.db
      .select()
      .from(casosHistoria)
      .where(eq(casosHistoria.casoId, caso?.id ?? ''))
    expect(JSON.stringify(historia)).not.toContain('Cerrada sin novedad.')
  })

  it('counts the searches and their outcomes per region for supervisors', async () => {
    const response = await oficial.get('/api/supervisor/reencuentro/cifras')
    expect(response.status).toBe(200)
    const cifras = (await response.json()) as {
      porRegion: { region: string; recibidas: number; porResultado: Record<string, number> }[]
      total: { recibidas: number; concluidas: number; enCurso: number; porResultado: Record<string, number> }
      edadMedianaDias: number | null
    }
    expect(cifras.total.recibidas).toBe(cifras.total.concluidas + cifras.total.enCurso)
    expect(cifras.total.porResultado).toMatchObject({
      sin_consentimiento: 1,
      no_encontrado: 2,
      fallecido: 1,
      compartir_contacto: 1,
      solo_mensaje: 1,
    })
    expect(cifras.porRegion.find((r) => r.region === '13')?.recibidas).toBe(cifras.total.recibidas)
    expect(cifras.edadMedianaDias).toBe(0)
    expect((await equipo.get('/api/supervisor/reencuentro/cifras')).status).toBe(403)
  })
})
