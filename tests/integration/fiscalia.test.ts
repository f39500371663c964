import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fiscaliaEnvios } from '../../db/schema/index.ts'
import { httpFiscalia } from '../../worker/adapters/http-fiscalia.ts'
import { ALERTA_TRAS, deliverFiscalia } from '../../worker/casos/fiscalia/envios.ts'
import { FIRMA_HEADER, firmarCuerpo } from '../../worker/casos/fiscalia/firma.ts'
import { startLocalFiscalia } from '../../worker/casos/fiscalia/receptor-local.ts'
import { esRuc } from '../../worker/casos/fiscalia/ruc.ts'
import { generateSigningJwk, importSigningKeys } from '../../worker/keys/signing-keys.ts'
import type { EnvioFiscalia } from '../../worker/ports.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { casoRow, ciudadano, correosA, nuevoCaso } from '../support/casos.ts'
import { countersAndRecount } from '../support/cifras.ts'
import { signedInStaff } from '../support/identity.ts'

type Receptor = Awaited<ReturnType<typeof startLocalFiscalia>>

let t: Awaited<ReturnType<typeof testApp>>
let receptor: Receptor
let port = 0
const folder = mkdtempSync(join(tmpdir(), 'cv-fiscalia-'))
const clock = fixedClock(new Date('2026-11-23T12:00:00Z'))
let valentina: Awaited<ReturnType<typeof ciudadano>>
let analista: Awaited<ReturnType<typeof signedInStaff>>
let oficial: Awaited<ReturnType<typeof signedInStaff>>

/** The local receiver on this test's folder and port, verifying with the test app's keys. */
async function arrancar(): Promise<Receptor> {
  const started = await startLocalFiscalia({
    port,
    folder,
    keys: () => t.ports.keys.all.map((key) => key.publicJwk),
  })
  port = Number(new URL(started.url).port)
  return started
}

/** A denuncia of Valentina's in Santiago, derived to its unit and sent by the unit's officer. */
async function enviada(correo?: string): Promise<string> {
  const numero = await nuevoCaso(t.ports, {
    userId: valentina.userId,
    comunaCut: '13101',
    ...(correo ? { correo } : {}),
  })
  const accion = (client: typeof analista.client, body: unknown) =>
    client.post(`/api/funcionarios/casos/${numero}/acciones`, body)
  expect((await accion(analista.client, { accion: 'derivar', unidad: 'DEMO-13101-1' })).status).toBe(200)
  expect((await accion(oficial.client, { accion: 'enviar_fiscalia' })).status).toBe(200)
  return numero
}

beforeAll(async () => {
  // The receiver reads the app's keys when a request comes, after both are up.
  receptor = await arrancar()
  t = await testApp({ clock, env: { FISCALIA_URL: receptor.url } })
  valentina = await ciudadano(t, '88888888-8')
  analista = await signedInStaff(t, 'supervisor', 'analista@carabineros.example.cl', 'DEMO-08101-1')
  oficial = await signedInStaff(t, 'officer', 'oficial@carabineros.example.cl', 'DEMO-13101-1')
}, 60_000)
afterAll(() => receptor?.close())

describe('a denuncia to the Fiscalía, over HTTP to the local receiver', () => {
  it('is sent signed, answered with a RUC, and the case moves to enviada_fiscalia with the Fiscalía and RUC in its history', async () => {
    const numero = await enviada('ruc@example.cl')
    // Until the RUC arrives the case stays derived, and nothing more can be done to it.
    expect((await casoRow(t.db, numero)).estado).toBe('derivada')
    const otra = await oficial.client.post(`/api/funcionarios/casos/${numero}/acciones`, {
      accion: 'enviar_fiscalia',
    })
    expect(otra.status).toBe(409)

    expect(await deliverFiscalia(t.ports)).toBe(1)
    const row = await casoRow(t.db, numero)
    expect(row.estado).toBe('enviada_fiscalia')
    expect(row.enviadaAt).toEqual(clock.now())
    const [envio] = await t.db.select().from(fiscaliaEnvios).where(eq(fiscaliaEnvios.numero, numero))
    expect(envio).toMatchObject({ fiscaliaCode: 'FR-13-CN', payload: null, attempts: 0, lastError: null })
    const ruc = envio?.ruc ?? ''
    expect(esRuc(ruc)).toBe(true)
    expect(ruc.slice(0, 2)).toBe(String(new Date().getFullYear()).slice(2))

    const received = (await receptor.recibidas()).find((r) => r.envio.numeroTramite === numero)
    expect(received).toMatchObject({
      ruc,
      envio: {
        servicio: 'denuncia',
        fiscalia: { code: 'FR-13-CN', nombre: 'Fiscalía Regional Metropolitana Centro Norte' },
        unidad: { code: 'DEMO-13101-1', nombre: '1ª Comisaría Santiago Central' },
        comunaCut: '13101',
        denunciante: { run: '88888888-8', nombres: 'Valentina Sofía' },
      },
    })
    const vista = await (await valentina.client.get(`/api/casos/${numero}`)).json()
    expect(vista.historia.at(-1)).toMatchObject({
      estado: 'enviada_fiscalia',
      quien: 'sistema',
      texto: `Enviada a la Fiscalía Regional Metropolitana Centro Norte con RUC ${ruc}`,
      detalle: { fiscalia_nombre: 'Fiscalía Regional Metropolitana Centro Norte', ruc },
    })
    const [mail] = await correosA(t.db, 'ruc@example.cl')
    expect(mail?.subject).toBe(`Su denuncia ${numero}: Enviada a la Fiscalía`)
    const { kept, recounted } = await countersAndRecount(t.db)
    expect(kept).toEqual(recounted)
    expect(kept.some((line) => /^denuncias\|.*\|enviada=1$/.test(line))).toBe(true)
  })

  it('answers the same RUC for the same número, and a new one for another', async () => {
    const fiscalia = httpFiscalia({ url: receptor.url, keys: t.ports.keys })
    const envio: EnvioFiscalia = {
      numeroTramite: 'PRUEBA2345',
      servicio: 'denuncia',
      fiscalia: { code: 'FR-05', nombre: 'Fiscalía Regional de Valparaíso' },
      unidad: { code: 'DEMO-05101-1', nombre: '1ª Comisaría Valparaíso' },
      comunaCut: '05101',
      recibidaAt: clock.now().toISOString(),
      denunciante: null,
      contenido: {},
    }
    const [first, again] = await Promise.all([fiscalia.enviarDenuncia(envio), fiscalia.enviarDenuncia(envio)])
    expect(again).toEqual(first)
    expect((await fiscalia.enviarDenuncia(envio)).ruc).toBe(first.ruc)
    const other = await fiscalia.enviarDenuncia({ ...envio, numeroTramite: 'PRUEBA6789' })
    expect(other.ruc).not.toBe(first.ruc)
    expect((await receptor.recibidas()).filter((r) => r.envio.numeroTramite === 'PRUEBA2345')).toHaveLength(1)
  })

  it('refuses a body whose signature does not verify against the portal’s keys', async () => {
    const body = JSON.stringify({ numeroTramite: 'FALSA23456' })
    const stranger = await importSigningKeys(JSON.stringify([await generateSigningJwk('test-1')]))
    const send = (headers: Record<string, string>, sent = body) =>
      fetch(receptor.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: sent,
      })
    expect((await send({})).status).toBe(401)
    // Another key under the same key id.
    expect((await send({ [FIRMA_HEADER]: await firmarCuerpo(stranger.active, body) })).status).toBe(401)
    // The portal's signature of another body.
    const signed = await firmarCuerpo(t.ports.keys.active, body)
    expect((await send({ [FIRMA_HEADER]: signed }, body.replace('FALSA', 'OTRAS'))).status).toBe(401)
    expect((await send({ [FIRMA_HEADER]: signed })).status).toBe(201)
  })

  it('retries a delivery while the receiver is down, alerts once after five failures, and delivers when it is back', async () => {
    const numero = await enviada()
    await receptor.close()
    expect(await deliverFiscalia(t.ports)).toBe(0)
    const pending = async () =>
      (await t.db.select().from(fiscaliaEnvios).where(eq(fiscaliaEnvios.numero, numero)))[0]
    expect(await pending()).toMatchObject({ attempts: 1, recibidoAt: null })
    expect((await pending())?.nextAttemptAt).toEqual(new Date(clock.now().getTime() + 10_000))
    // Not due yet: nothing is tried.
    await deliverFiscalia(t.ports)
    expect((await pending())?.attempts).toBe(1)
    for (let attempt = 2; attempt <= ALERTA_TRAS + 1; attempt++) {
      clock.advance(60 * 60_000)
      await deliverFiscalia(t.ports)
      expect((await pending())?.attempts).toBe(attempt)
    }
    const alerts = t.log.lines.filter(
      (line) => line.message === 'ALERT denuncia not delivered to the Fiscalía',
    )
    expect(alerts).toEqual([{ level: 'error', message: 'ALERT denuncia not delivered to the Fiscalía' }])
    expect((await casoRow(t.db, numero)).estado).toBe('derivada')

    receptor = await arrancar()
    clock.advance(60 * 60_000)
    expect(await deliverFiscalia(t.ports)).toBe(1)
    expect((await casoRow(t.db, numero)).estado).toBe('enviada_fiscalia')
    expect(esRuc((await pending())?.ruc ?? '')).toBe(true)
  })
})
