import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFileDatabase } from '../../db/open.ts'
import { casos, fiscaliaEnvios, outbox, users } from '../../db/schema/index.ts'
import { abrirCaso } from '../../worker/casos/abrir.ts'
import { startLocalFiscalia } from '../../worker/casos/fiscalia/receptor-local.ts'
import { esRuc } from '../../worker/casos/fiscalia/ruc.ts'
import { randomCode } from '../../worker/codes.ts'
import { formatNumero } from '../../worker/denuncias/numero.ts'
import type { PublicJwk } from '../../worker/documents/signing.ts'
import { prepareDatabase } from '../../worker/prepare-database.ts'
import { StorageHealth } from '../../worker/storage-health.ts'
import { runWrites } from '../../worker/writes.ts'
import { memoryLogger } from '../support/app.ts'
import { type Edge, startEdge } from '../support/edge.ts'
import { claveUnicaSessionCookie, staffSessionCookie } from '../support/identity.ts'
import { reclamoRequest } from '../support/reclamos.ts'

const staffCookie = staffSessionCookie

/**
 * The case pieces in the Workers bundle, in workerd (miniflare), on the Hrana stand-in for Turso:
 * a staff action written over Turso's protocol and the citizen's read of their case; and a
 * denuncia sent to the Fiscalía through wrangler.toml's queue, its consumer in the same Worker
 * reaching the local receiver over HTTP with the Worker's own signing key.
 */
describe('cases in the Workers bundle', () => {
  let edge: Edge
  let receptor: Awaited<ReturnType<typeof startLocalFiscalia>>
  const cookies = { citizen: '', analista: '', oficial: '', oficina: '', jefe: '' }
  let userId = ''

  beforeAll(async () => {
    // The Worker's public keys, as anyone reads them: from its well-known address.
    receptor = await startLocalFiscalia({
      port: 0,
      folder: mkdtempSync(join(tmpdir(), 'cv-fiscalia-edge-')),
      keys: async () => {
        const response = await edge.mf.dispatchFetch(
          'http://localhost/.well-known/comisaria-virtual/keys.json',
        )
        return ((await response.json()) as { keys: PublicJwk[] }).keys
      },
    })
    edge = await startEdge({
      bindings: { PUBLIC_URL: 'http://localhost', FISCALIA_URL: receptor.url },
      prepare: async (stand) => {
        const { client, db } = await openFileDatabase(`file:${stand.path}`)
        await prepareDatabase(db, { now: new Date(), demo: true })
        cookies.citizen = await claveUnicaSessionCookie(db, '88888888-8')
        userId = /cv_who=([^.]+)\./.exec(cookies.citizen)?.[1] ?? ''
        cookies.analista = await staffCookie(db, 'supervisor', 'DEMO-08101-1')
        cookies.oficial = await staffCookie(db, 'officer', 'DEMO-13101-1')
        // The national complaints office (no unit), and the chief of the unit a complaint names.
        cookies.oficina = await staffCookie(db, 'officer', null, ['reclamos.atender'])
        cookies.jefe = await staffCookie(db, 'supervisor', 'DEMO-13101-1')
        await client.close()
      },
    })
  }, 120_000)

  afterAll(async () => {
    await edge?.close()
    await receptor?.close()
  })

  async function nuevoCaso(correo: string) {
    const numero = randomCode()
    const at = new Date()
    const opened = abrirCaso(
      {
        servicio: 'denuncia',
        numero,
        userId,
        estado: 'recibida',
        venceAt: null,
        at,
        comunaCut: '13101',
        correo,
      },
      { cifras: true },
    )
    await runWrites({ db: edge.db, storage: new StorageHealth(memoryLogger()) }, opened.writes)
    return numero
  }

  const accion = (cookie: string, numero: string, body: unknown) =>
    edge.mf.dispatchFetch(`http://localhost/api/funcionarios/casos/${numero}/acciones`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost', cookie },
      body: JSON.stringify(body),
    })
  const vista = async (numero: string) =>
    (
      await edge.mf.dispatchFetch(`http://localhost/api/casos/${numero}`, {
        headers: { cookie: cookies.citizen },
      })
    ).json() as Promise<{
      estado: string
      preguntaPendiente: { texto: string } | null
      historia: { accion: string; texto: string }[]
    }>

  it('writes an analyst’s action over Turso’s protocol, and the citizen reads the question in their case', async () => {
    const numero = await nuevoCaso('edge@example.cl')
    const response = await accion(cookies.analista, numero, {
      accion: 'pedir_informacion',
      mensaje: '¿A qué hora notó que faltaba la mochila?',
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      numero,
      accion: 'pedir_informacion',
      estado: 'informacion_solicitada',
    })
    expect(await vista(numero)).toMatchObject({
      estado: 'informacion_solicitada',
      preguntaPendiente: { texto: '¿A qué hora notó que faltaba la mochila?' },
    })
    const mails = await edge.db.select().from(outbox).where(eq(outbox.to, 'edge@example.cl'))
    expect(mails.map((m) => m.subject)).toEqual([`Su denuncia ${numero}: Se necesita información`])
    const other = await edge.mf.dispatchFetch(`http://localhost/api/casos/${numero}`, {
      headers: { cookie: cookies.oficial },
    })
    expect(other.status).toBe(403)
  })

  it('works a complaint: the unit’s account without the complainant, the signed answer stored in R2 and e-mailed', async () => {
    const post = (path: string, cookie: string, body: unknown) =>
      edge.mf.dispatchFetch(`http://localhost${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: 'http://localhost',
          cookie,
          'idempotency-key': crypto.randomUUID(),
        },
        body: JSON.stringify(body),
      })
    const ayer = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
    const sent = await post(
      '/api/reclamos',
      cookies.citizen,
      reclamoRequest(ayer, { email: 'edge-reclamo@example.cl' }),
    )
    expect(sent.status, await sent.clone().text()).toBe(201)
    const { numero } = (await sent.json()) as { numero: string }
    // Kept by its shard until Turso has it (decision 0023): the office works it from Turso.
    for (let waited = 0; waited < 10_000; waited += 100) {
      if ((await edge.db.select().from(casos).where(eq(casos.numero, numero))).length > 0) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const pedido = {
      accion: 'pedir_descargo',
      unidad: 'DEMO-13101-1',
      pedido: 'Informe qué ocurrió en la guardia.',
    }
    expect((await accion(cookies.oficina, numero, pedido)).status).toBe(200)
    const lista = await edge.mf.dispatchFetch('http://localhost/api/funcionarios/reclamos/descargos', {
      headers: { cookie: cookies.jefe },
    })
    const texto = await lista.text()
    for (const dato of ['Valentina', '88.888.888-8', '88888888-8', 'edge-reclamo@example.cl', numero])
      expect(texto, dato).not.toContain(dato)
    const [item] = (JSON.parse(texto) as { descargos: { id: string }[] }).descargos
    const descargo = 'La guardia informa que la persona fue atendida y derivada a la sala de denuncias.'
    expect(
      (await post(`/api/funcionarios/reclamos/descargos/${item?.id}`, cookies.jefe, { descargo })).status,
    ).toBe(200)
    const respuesta = 'Revisamos el libro de guardia y se instruyó al funcionario sobre el trato al público.'
    const hecho = await accion(cookies.oficina, numero, { accion: 'contestar', texto: respuesta })
    expect(await hecho.json()).toEqual({ numero, accion: 'contestar', estado: 'respondido' })
    const pdf = await edge.mf.dispatchFetch(`http://localhost/api/reclamos/${numero}/respuesta/pdf`, {
      headers: { cookie: cookies.citizen },
    })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    await pdf.arrayBuffer()
    const mails = await edge.db.select().from(outbox).where(eq(outbox.to, 'edge-reclamo@example.cl'))
    expect(mails.map((m) => m.subject)).toContain(
      `Respuesta a su reclamo N° ${formatNumero(numero)} — Comisaría Virtual`,
    )
  })

  it('reminds the office’s supervisors from the Cron Trigger’s run of a complaint two working days from due', async () => {
    const sent = await edge.mf.dispatchFetch('http://localhost/api/reclamos', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'http://localhost',
        cookie: cookies.citizen,
        'idempotency-key': crypto.randomUUID(),
      },
      body: JSON.stringify(reclamoRequest(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10))),
    })
    const { numero } = (await sent.json()) as { numero: string }
    await expect
      .poll(async () => (await edge.db.select().from(casos).where(eq(casos.numero, numero))).length, {
        timeout: 10_000,
        interval: 100,
      })
      .toBe(1)
    // The clock of workerd is the real one: the complaint is made due in a few hours instead.
    await edge.db
      .update(casos)
      .set({ venceAt: new Date(Date.now() + 3_600_000) })
      .where(eq(casos.numero, numero))
    const email = 'supervision.edge@carabineros.example.cl'
    await edge.db.insert(users).values({
      id: crypto.randomUUID(),
      kind: 'staff',
      runProof: 'staff',
      givenNames: 'Ana',
      familyNames: 'Rojas',
      email,
      role: 'officer',
      capacidades: ['reclamos.supervisar'],
      createdAt: new Date(),
    })
    const worker = await edge.mf.getWorker('portal')
    await worker.scheduled({ cron: '* * * * *' })
    await worker.scheduled({ cron: '* * * * *' })
    const avisos = async () =>
      (await edge.db.select().from(outbox).where(eq(outbox.to, email))).filter((m) =>
        m.subject.startsWith(`Reclamo N° ${formatNumero(numero)}`),
      ).length
    await expect.poll(avisos, { timeout: 15_000, interval: 100 }).toBe(1)
  })

  it('sends a denuncia to the Fiscalía through the queue, and the RUC reaches the case', async () => {
    const numero = await nuevoCaso('edge-ruc@example.cl')
    expect(
      (await accion(cookies.analista, numero, { accion: 'derivar', unidad: 'DEMO-13101-1' })).status,
    ).toBe(200)
    expect((await accion(cookies.oficial, numero, { accion: 'enviar_fiscalia' })).status).toBe(200)
    let estado = ''
    for (let waited = 0; waited < 10_000 && estado !== 'enviada_fiscalia'; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      estado =
        (await edge.db.select({ estado: casos.estado }).from(casos).where(eq(casos.numero, numero)))[0]
          ?.estado ?? ''
    }
    expect(estado).toBe('enviada_fiscalia')
    const [envio] = await edge.db.select().from(fiscaliaEnvios).where(eq(fiscaliaEnvios.numero, numero))
    expect(esRuc(envio?.ruc ?? '')).toBe(true)
    expect((await vista(numero)).historia.at(-1)?.texto).toBe(
      `Enviada a la Fiscalía Regional Metropolitana Centro Norte con RUC ${envio?.ruc}`,
    )
  })
})
