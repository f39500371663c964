import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { CAPACIDADES_DE_ROL } from '../../core/capacidades.ts'
import { auditLog, informaciones, users } from '../../db/schema/index.ts'
import { infoClave, infoMesa } from '../../web/informacion/cripto.ts'
import { testApp } from '../support/app.ts'
import { signedInStaff } from '../support/identity.ts'
import { resolver, suite, tipCifrado } from '../support/informacion.ts'

type Cliente = Awaited<ReturnType<typeof signedInStaff>>['client']
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64url')).buffer as ArrayBuffer
const b64url = (buffer: ArrayBuffer) => Buffer.from(new Uint8Array(buffer)).toString('base64url')

/** An analyst's browser: its own key pair (the private half never sent), made at enrolment. */
async function navegador() {
  const propio = await suite.kem.generateKeyPair()
  const publica = await crypto.subtle.exportKey('jwk', propio.publicKey)
  return { propio, publica }
}

/** Seals a desk private key (PKCS#8, as the browser exports it once made) to an analyst's public key. */
async function envolver(deskPrivada: CryptoKey, para: JsonWebKey, mesa: string, version: number) {
  const recipientPublicKey = await crypto.subtle.importKey(
    'jwk',
    para,
    { name: 'ECDH', namedCurve: 'P-256' },
    true,
    [],
  )
  const sender = await suite.createSenderContext({
    recipientPublicKey,
    info: infoClave(mesa, version),
  })
  const cifrado = await sender.seal(await suite.kem.serializePrivateKey(deskPrivada))
  return { enc: b64url(sender.enc), cifrado: b64url(cifrado) }
}

/** What an analyst's browser does with their wrapped copy: open it, and have the desk's private key. */
async function desenvolver(
  propio: CryptoKeyPair,
  envuelta: { enc: string; cifrado: string; mesa: string; version: number },
) {
  const recipient = await suite.createRecipientContext({
    recipientKey: propio.privateKey,
    enc: bytes(envuelta.enc),
    info: infoClave(envuelta.mesa, envuelta.version),
  })
  return suite.kem.deserializePrivateKey(await recipient.open(bytes(envuelta.cifrado)))
}

async function abrirTip(
  deskPrivada: CryptoKey,
  tip: { cifrado: string; enc: string; mesa: string; claveVersion: number },
) {
  const recipient = await suite.createRecipientContext({
    recipientKey: deskPrivada,
    enc: bytes(tip.enc),
    info: infoMesa(tip.mesa, tip.claveVersion),
  })
  return new TextDecoder().decode(await recipient.open(bytes(tip.cifrado)))
}

describe('información anónima: the desks’ keys (decision 0044)', () => {
  it('enrols, makes a key, reads a tip; a second analyst reads it too; the first removed loses the new version', async () => {
    const t = await testApp()
    const admin = await signedInStaff(t, 'admin')
    const analista = async (email: string) => {
      const staff = await signedInStaff(t, 'supervisor', email)
      await t.db
        .update(users)
        .set({ capacidades: [...CAPACIDADES_DE_ROL.supervisor, 'informacion.analizar'] })
        .where(eq(users.id, staff.userId))
      return { ...staff, ...(await navegador()) }
    }
    const ana = await analista('ana@carabineros.example.cl')
    const beto = await analista('beto@carabineros.example.cl')

    // No key yet: the desk is listed keyless and a tip to it is refused, naming the desk.
    const mesas = async () =>
      (await (await t.app.request('/api/informacion/mesas')).json()) as {
        id: string
        claveVersion: number | null
        publica: JsonWebKey | null
      }[]
    expect((await mesas()).map((m) => [m.id, m.claveVersion])).toEqual([
      ['crimen_organizado', null],
      ['drogas', null],
      ['vehiculos', null],
    ])
    const desafio = async () => resolver(await (await t.app.request('/api/informacion/desafio')).json())
    const enviar = (body: unknown) =>
      t.app.request('/api/informacion', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const sinClave = await enviar((await tipCifrado('nada', await desafio())).body)
    expect(sinClave.status).toBe(400)
    expect(((await sinClave.json()) as { fields: { field: string }[] }).fields[0]?.field).toBe('mesa')

    // Ana: put on the desk by an administrator, registers her key, makes version 1 for herself.
    expect(
      (
        await admin.client.post('/api/funcionarios/informacion/mesas/drogas/analistas', {
          userId: ana.userId,
        })
      ).status,
    ).toBe(201)
    const conPrivada = await ana.client.put('/api/funcionarios/informacion/mi-clave', {
      publica: { ...ana.publica, d: 'x' },
    })
    expect(conPrivada.status).toBe(400)
    expect(
      (await ana.client.put('/api/funcionarios/informacion/mi-clave', { publica: ana.publica })).status,
    ).toBe(200)
    const desk1 = await suite.kem.generateKeyPair()
    const nueva = (
      cliente: Cliente,
      version: number,
      desk: CryptoKeyPair,
      para: { userId: string; publica: JsonWebKey }[],
    ) =>
      Promise.all(
        para.map(async (p) => ({
          userId: p.userId,
          ...(await envolver(desk.privateKey, p.publica, 'drogas', version)),
        })),
      ).then(async (envueltas) =>
        cliente.post('/api/funcionarios/informacion/mesas/drogas/claves', {
          version,
          publica: await crypto.subtle.exportKey('jwk', desk.publicKey),
          envueltas,
        }),
      )
    expect((await nueva(ana.client, 1, desk1, [ana])).status).toBe(201)
    const drogas = (await mesas()).find((m) => m.id === 'drogas')
    expect(drogas?.claveVersion).toBe(1)

    // A tipster encrypts to the published key; a stale version is refused by name.
    const publicada = await crypto.subtle.importKey(
      'jwk',
      drogas?.publica ?? {},
      { name: 'ECDH', namedCurve: 'P-256' },
      true,
      [],
    )
    const marker = `MARCADOR-${crypto.randomUUID()}`
    const tip = await tipCifrado(marker, await desafio(), {
      desk: { publicKey: publicada, privateKey: desk1.privateKey },
      version: 1,
    })
    const vieja = await enviar({ ...(await tipCifrado('x', await desafio())).body, claveVersion: 2 })
    expect(((await vieja.json()) as { fields: { field: string }[] }).fields[0]?.field).toBe('claveVersion')
    expect((await enviar(tip.body)).status).toBe(201)
    const [guardado] = await t.db.select().from(informaciones)
    if (!guardado) throw new Error('tip not stored')

    // Ana fetches her wrapped copy, opens it in "her browser", decrypts the tip.
    const suya = async (cliente: Cliente, version?: number) =>
      cliente.get(`/api/funcionarios/informacion/mesas/drogas/clave${version ? `?version=${version}` : ''}`)
    const copiaAna = await suya(ana.client)
    expect(copiaAna.status).toBe(200)
    expect(await abrirTip(await desenvolver(ana.propio, await copiaAna.json()), guardado)).toBe(marker)

    // Beto is added: pending until Ana wraps version 1 for him; then he reads the old tip.
    await admin.client.post('/api/funcionarios/informacion/mesas/drogas/analistas', { userId: beto.userId })
    await beto.client.put('/api/funcionarios/informacion/mi-clave', { publica: beto.publica })
    expect((await suya(beto.client)).status).toBe(404)
    const pendientes = (await (
      await ana.client.get('/api/funcionarios/informacion/mesas/drogas/pendientes')
    ).json()) as {
      userId: string
      publica: JsonWebKey
      versiones: number[]
    }[]
    expect(pendientes.map((p) => [p.userId, p.versiones])).toEqual([[beto.userId, [1]]])
    // Every colleague with a key, named, with the versions they hold: what a rotation wraps for.
    const analistas = async () =>
      (await (await ana.client.get('/api/funcionarios/informacion/mesas/drogas/analistas')).json()) as {
        userId: string
        nombre: string
        versiones: number[]
      }[]
    expect((await analistas()).map((a) => [a.userId, a.versiones]).sort()).toEqual(
      [
        [ana.userId, [1]],
        [beto.userId, []],
      ].sort(),
    )
    expect((await analistas()).every((a) => a.nombre.length > 0)).toBe(true)
    expect((await beto.client.get('/api/funcionarios/informacion/mesas/vehiculos/analistas')).status).toBe(
      404,
    )
    expect(await (await beto.client.get('/api/funcionarios/informacion/mis-mesas')).json()).toEqual([
      { id: 'drogas', unidad: expect.any(String), claveVersion: 1 },
    ])
    const deskDeAna = await desenvolver(ana.propio, await (await suya(ana.client)).json())
    const paraBeto = await envolver(deskDeAna, pendientes[0]?.publica ?? {}, 'drogas', 1)
    expect(
      (
        await ana.client.post('/api/funcionarios/informacion/mesas/drogas/envueltas', {
          userId: beto.userId,
          envueltas: [{ version: 1, ...paraBeto }],
        })
      ).status,
    ).toBe(201)
    expect(
      await abrirTip(await desenvolver(beto.propio, await (await suya(beto.client)).json()), guardado),
    ).toBe(marker)

    // A rotation must cover exactly the desk's analysts: leaving Beto out is refused by name.
    const desk2 = await suite.kem.generateKeyPair()
    const corta = await nueva(ana.client, 2, desk2, [ana])
    expect(corta.status).toBe(400)
    expect(((await corta.json()) as { fields: { field: string }[] }).fields[0]?.field).toBe('envueltas')

    // Ana removed; Beto rotates. Ana gets 404 for everything of the desk; Beto still reads the old tip.
    expect(
      (await admin.client.delete(`/api/funcionarios/informacion/mesas/drogas/analistas/${ana.userId}`))
        .status,
    ).toBe(200)
    expect((await nueva(beto.client, 2, desk2, [beto])).status).toBe(201)
    expect((await suya(ana.client, 2)).status).toBe(404)
    expect((await suya(ana.client, 1)).status).toBe(404)
    expect(
      await abrirTip(await desenvolver(beto.propio, await (await suya(beto.client, 1)).json()), guardado),
    ).toBe(marker)
    expect((await mesas()).find((m) => m.id === 'drogas')?.claveVersion).toBe(2)

    // The administrator reads no key, not even after putting themselves on the desk.
    await admin.client.post('/api/funcionarios/informacion/mesas/drogas/analistas', { userId: admin.userId })
    expect((await suya(admin.client)).status).toBe(403)
    // Every read of a key was audited; the tipster is in no row.
    const lecturas = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'informacion.desk_key_read'))
    expect(lecturas.length).toBeGreaterThanOrEqual(4)
    expect(JSON.stringify(await t.db.select().from(auditLog))).not.toContain(guardado.reciboHash)
  })
})
