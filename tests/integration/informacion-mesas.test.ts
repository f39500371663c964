import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { CAPACIDADES_DE_ROL } from '../../core/capacidades.ts'
import {
  auditLog,
  informacionAnalistas,
  informacionDesafios,
  informacionMensajes,
  users,
} from '../../db/schema/index.ts'
import {
  abrirJson,
  derivarRecibo,
  INFO_RESPUESTA,
  infoMesa,
  nuevoRecibo,
  type Sellado,
  sellarJson,
} from '../../web/informacion/cripto.ts'
import { testApp } from '../support/app.ts'
import { signedInStaff } from '../support/identity.ts'
import { mesaConClave, resolver } from '../support/informacion.ts'

type TestApp = Awaited<ReturnType<typeof testApp>>

const UA = `AgenteUnico/${crypto.randomUUID()}`
const XFF = `203.0.113.${Math.floor(Math.random() * 200) + 1}`

/** The tipster's browser: no cookie, a unique agent and forwarded address that must be kept nowhere. */
function informante(t: TestApp) {
  const desafio = async () => resolver(await (await t.app.request('/api/informacion/desafio')).json())
  const post = (path: string, body: unknown) =>
    t.app.request(`/api/informacion${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': UA, 'x-forwarded-for': XFF },
      body: JSON.stringify(body),
    })
  return { desafio, post }
}

/** A staff member with `informacion.analizar`, on one desk. */
async function analista(t: TestApp, email: string, mesa: string) {
  const staff = await signedInStaff(t, 'supervisor', email)
  await t.db
    .update(users)
    .set({ capacidades: [...CAPACIDADES_DE_ROL.supervisor, 'informacion.analizar'] })
    .where(eq(users.id, staff.userId))
  await t.db.insert(informacionAnalistas).values({ userId: staff.userId, mesa })
  return staff
}

interface Detalle {
  id: string
  estado: string
  mesa: string
  claveVersion: number
  tip: Sellado
  respuestaClave: string
  mensajes: { id: string; autor: string; sellado: Sellado; mesa?: string; claveVersion?: number }[]
  notas: { id: string; autor: { id: string; nombre: string }; sellado: Sellado; claveVersion: number }[]
  historial: { estado: string; mesa: string | null; por: { id: string } | null }[]
}

const campos = async (response: Response) =>
  ((await response.json()) as { fields?: { field: string }[] }).fields?.map((f) => f.field)

describe('información anónima: the way back and the desks’ work (decision 0047)', () => {
  it('question, answer, notes, states, forwarding, with real HPKE; unknown receipts all alike', async () => {
    const t = await testApp()
    const drogas = await mesaConClave(t.db, 'drogas')
    const vehiculos = await mesaConClave(t.db, 'vehiculos')
    const ana = await analista(t, 'ana@carabineros.example.cl', 'drogas')
    const beto = await analista(t, 'beto@carabineros.example.cl', 'vehiculos')
    const tipster = informante(t)

    // The tip, sealed to the drugs desk; the receipt derives the id to return with and the reply key.
    const recibo = await derivarRecibo(nuevoRecibo())
    const marker = `MARCADOR-${crypto.randomUUID()}`
    const sellado = await sellarJson(drogas.publicKey, infoMesa('drogas', 1), {
      v: 1,
      categoria: 'drogas',
      respuestas: { que: marker },
      archivos: [],
      idioma: 'es',
    })
    const enviado = await tipster.post('', {
      desafio: await tipster.desafio(),
      mesa: 'drogas',
      ...sellado,
      claveVersion: 1,
      reciboHash: recibo.reciboHash,
      respuestaClave: recibo.respuestaClave,
    })
    expect(enviado.status).toBe(201)
    const { id } = (await enviado.json()) as { id: string }

    // Ana's queue and the tip, opened with the desk's key.
    const base = '/api/funcionarios/informacion/mesas'
    const cola = async (cliente: typeof ana.client, mesa: string, query = '') =>
      (await (await cliente.get(`${base}/${mesa}/tips${query}`)).json()) as {
        id: string
        estado: string
        mensajesSinLeer: number
      }[]
    expect((await cola(ana.client, 'drogas')).map((tip) => [tip.id, tip.estado])).toEqual([[id, 'nueva']])
    const detalle = async (cliente: typeof ana.client, mesa: string) => {
      const response = await cliente.get(`${base}/${mesa}/tips/${id}`)
      return { status: response.status, body: (await response.json()) as Detalle }
    }
    const leido = (await detalle(ana.client, 'drogas')).body
    const abierto = await abrirJson<{ respuestas: { que: string } }>(
      drogas.privateKey,
      infoMesa('drogas', 1),
      leido.tip,
    )
    expect(abierto.respuestas.que).toBe(marker)

    // Ana asks; the tipster returns with the receipt id and opens the question with the reply key.
    // The desk's own copy, sealed to the desk key, is kept as a note of the question's id: what is
    // sealed to the reply key the desk cannot open again. Without a copy, or an old one: refused.
    const pregunta = await sellarJson(leido.respuestaClave, INFO_RESPUESTA, { v: 1, texto: '¿De qué color?' })
    const copiaMesa = {
      claveVersion: 1,
      ...(await sellarJson(drogas.publicKey, infoMesa('drogas', 1), { v: 1, texto: '¿De qué color?' })),
    }
    const preguntar = (body: unknown) => ana.client.post(`${base}/drogas/tips/${id}/preguntas`, body)
    expect(await campos(await preguntar({ sellado: pregunta }))).toEqual(['copia'])
    expect(
      await campos(await preguntar({ sellado: pregunta, copia: { ...copiaMesa, claveVersion: 2 } })),
    ).toEqual(['copia'])
    const preguntada = await preguntar({ sellado: pregunta, copia: copiaMesa })
    expect(preguntada.status).toBe(201)
    const { id: preguntaId } = (await preguntada.json()) as { id: string }
    const conCopia = (await detalle(ana.client, 'drogas')).body
    expect(conCopia.mensajes.map((m) => [m.id, m.autor])).toEqual([[preguntaId, 'mesa']])
    const suCopia = conCopia.notas.find((n) => n.id === preguntaId)
    expect(
      (
        await abrirJson<{ texto: string }>(
          drogas.privateKey,
          infoMesa('drogas', 1),
          suCopia?.sellado ?? leido.tip,
        )
      ).texto,
    ).toBe('¿De qué color?')
    const consulta = async () => {
      const response = await tipster.post('/consulta', {
        desafio: await tipster.desafio(),
        reciboId: recibo.reciboId,
      })
      expect(response.status).toBe(200)
      expect(response.headers.get('set-cookie')).toBeNull()
      return (await response.json()) as {
        mesa: { id: string }
        estado: string
        mensajes: { autor: string; sellado: Sellado }[]
      }
    }
    const vuelta = await consulta()
    expect(vuelta.mesa.id).toBe('drogas')
    expect(vuelta.estado).toBe('recibida')
    expect(vuelta.mensajes.map((m) => m.autor)).toEqual(['mesa'])
    const leida = await abrirJson<{ texto: string }>(
      recibo.respuesta.privateKey,
      INFO_RESPUESTA,
      vuelta.mensajes[0]?.sellado ?? { enc: '', cifrado: '' },
    )
    expect(leida.texto).toBe('¿De qué color?')

    // The tipster answers: to the desk's key, and a copy to their own reply key. Sent again: one message.
    const mensaje = async (mesa: string, clave: CryptoKey, texto: string) => ({
      desafio: await tipster.desafio(),
      reciboId: recibo.reciboId,
      mesa: {
        id: mesa,
        claveVersion: 1,
        ...(await sellarJson(clave, infoMesa(mesa, 1), { v: 1, texto, archivos: [] })),
      },
      copia: await sellarJson(recibo.respuestaClave, INFO_RESPUESTA, { v: 1, texto, archivos: [] }),
    })
    const respuesta = await mensaje('drogas', drogas.publicKey, 'Rojo, patente BB·BB·12')
    const guardada = await tipster.post('/mensajes', respuesta)
    expect(guardada.status).toBe(201)
    const otraVez = await tipster.post('/mensajes', respuesta)
    expect(await otraVez.text()).toBe(await guardada.text())
    const historia = (await consulta()).mensajes
    expect(historia.map((m) => m.autor)).toEqual(['mesa', 'informante'])
    const copia = await abrirJson<{ texto: string }>(
      recibo.respuesta.privateKey,
      INFO_RESPUESTA,
      historia[1]?.sellado ?? { enc: '', cifrado: '' },
    )
    expect(copia.texto).toBe('Rojo, patente BB·BB·12')

    // Ana sees one unread message, reads it with the desk key; then none is unread.
    expect((await cola(ana.client, 'drogas'))[0]?.mensajesSinLeer).toBe(1)
    const conRespuesta = (await detalle(ana.client, 'drogas')).body
    const suya = conRespuesta.mensajes.find((m) => m.autor === 'informante')
    expect(suya?.claveVersion).toBe(1)
    expect(
      (
        await abrirJson<{ texto: string }>(
          drogas.privateKey,
          infoMesa('drogas', 1),
          suya?.sellado ?? leido.tip,
        )
      ).texto,
    ).toBe('Rojo, patente BB·BB·12')
    expect((await cola(ana.client, 'drogas'))[0]?.mensajesSinLeer).toBe(0)

    // States and notes: `derivada` only by forwarding; a note sealed to the desk key.
    const nota = async (clave: CryptoKey, mesa: string, texto: string) => ({
      claveVersion: 1,
      ...(await sellarJson(clave, infoMesa(mesa, 1), { v: 1, texto })),
    })
    const estado = (body: unknown) => ana.client.post(`${base}/drogas/tips/${id}/estado`, body)
    expect(await campos(await estado({ estado: 'derivada' }))).toEqual(['estado'])
    expect(
      (await estado({ estado: 'en_analisis', nota: await nota(drogas.publicKey, 'drogas', 'Revisar') }))
        .status,
    ).toBe(200)
    const notaSuelta = await ana.client.post(`${base}/drogas/tips/${id}/notas`, {
      nota: await nota(drogas.publicKey, 'drogas', 'Cruzar con SEBV'),
    })
    expect(notaSuelta.status).toBe(201)
    expect((await cola(ana.client, 'drogas', '?estado=en_analisis')).map((tip) => tip.id)).toEqual([id])
    expect(await cola(ana.client, 'drogas', '?estado=nueva')).toEqual([])
    expect((await consulta()).estado).toBe('en_curso')

    // Unknown receipts: 404, the same bytes for every one, the challenge spent all the same.
    const desconocida = async () => {
      const desafio = await tipster.desafio()
      const otro = (await derivarRecibo(nuevoRecibo())).reciboId
      const response = await tipster.post('/consulta', { desafio, reciboId: otro })
      const again = await tipster.post('/consulta', { desafio, reciboId: recibo.reciboId })
      expect(await campos(again)).toEqual(['desafio'])
      return { status: response.status, text: await response.text() }
    }
    const [una, otra] = [await desconocida(), await desconocida()]
    expect([una.status, otra.status]).toEqual([404, 404])
    expect(una.text).toBe(otra.text)
    const sinTip = await tipster.post('/mensajes', {
      ...respuesta,
      desafio: await tipster.desafio(),
      reciboId: (await derivarRecibo(nuevoRecibo())).reciboId,
    })
    expect(sinTip.status).toBe(404)
    expect(await sinTip.text()).toBe(una.text)

    // Another desk's analyst reads nothing of it.
    expect((await beto.client.get(`${base}/drogas/tips`)).status).toBe(404)
    expect((await detalle(beto.client, 'drogas')).status).toBe(404)
    expect((await detalle(beto.client, 'vehiculos')).status).toBe(404)
    // Nor any other staff, with the tip really there: an officer, a supervisor, an administrator
    // (even one put on the desk: the capability is no role's by default, decision 0044).
    const officer = await signedInStaff(t, 'officer', 'patrulla@carabineros.example.cl')
    const supervisor = await signedInStaff(t, 'supervisor', 'jefa@carabineros.example.cl')
    const admin = await signedInStaff(t, 'admin')
    await t.db.insert(informacionAnalistas).values({ userId: admin.userId, mesa: 'drogas' })
    for (const staff of [officer, supervisor, admin]) {
      expect((await staff.client.get(`${base}/drogas/tips`)).status).toBe(403)
      expect((await detalle(staff.client, 'drogas')).status).toBe(403)
    }

    // Forwarding to vehicles: everything desk-sealed re-sealed to its key; an incomplete set is refused.
    const antes = (await detalle(ana.client, 'drogas')).body
    const resellar = async (items: { id: string; sellado: Sellado; claveVersion?: number }[]) =>
      Promise.all(
        items.map(async (item) => ({
          id: item.id,
          claveVersion: 1,
          ...(await sellarJson(
            vehiculos.publicKey,
            infoMesa('vehiculos', 1),
            await abrirJson(drogas.privateKey, infoMesa('drogas', 1), item.sellado),
          )),
        })),
      )
    const derivar = {
      mesa: 'vehiculos',
      tip: { claveVersion: 1, ...(await sellarJson(vehiculos.publicKey, infoMesa('vehiculos', 1), abierto)) },
      mensajes: await resellar(antes.mensajes.filter((m) => m.autor === 'informante')),
      notas: await resellar(antes.notas),
    }
    const corto = await ana.client.post(`${base}/drogas/tips/${id}/derivar`, { ...derivar, notas: [] })
    expect(await campos(corto)).toEqual(['notas'])
    expect((await ana.client.post(`${base}/drogas/tips/${id}/derivar`, derivar)).status).toBe(200)
    expect((await detalle(ana.client, 'drogas')).status).toBe(404)
    const enVehiculos = await detalle(beto.client, 'vehiculos')
    expect(enVehiculos.status).toBe(200)
    const nuevo = enVehiculos.body
    expect(nuevo.estado).toBe('nueva')
    expect(nuevo.historial.map((h) => [h.mesa, h.estado])).toEqual([
      [null, 'nueva'],
      ['drogas', 'en_analisis'],
      ['drogas', 'derivada'],
      ['vehiculos', 'nueva'],
    ])
    const abrirVehiculos = (s: Sellado) =>
      abrirJson<{ texto?: string }>(vehiculos.privateKey, infoMesa('vehiculos', 1), s)
    expect(await abrirJson(vehiculos.privateKey, infoMesa('vehiculos', 1), nuevo.tip)).toEqual(abierto)
    const textos = await Promise.all(nuevo.notas.map((n) => abrirVehiculos(n.sellado)))
    // The desk's copy of its question moved with the notes: the new desk reads what was asked.
    expect(textos.map((n) => n.texto)).toEqual(['¿De qué color?', 'Revisar', 'Cruzar con SEBV'])
    expect(nuevo.notas.map((n) => n.autor.id)).toEqual([ana.userId, ana.userId, ana.userId])
    const delInformante = nuevo.mensajes.find((m) => m.autor === 'informante')
    expect((await abrirVehiculos(delInformante?.sellado ?? nuevo.tip)).texto).toBe('Rojo, patente BB·BB·12')
    // The first desk's key opens none of it any more.
    await expect(abrirJson(drogas.privateKey, infoMesa('drogas', 1), nuevo.tip)).rejects.toThrow()
    await expect(abrirJson(drogas.privateKey, infoMesa('vehiculos', 1), nuevo.tip)).rejects.toThrow()

    // The tipster's browser, sealing for the old desk, is told to reload; for the new one, kept.
    expect(
      await campos(await tipster.post('/mensajes', await mensaje('drogas', drogas.publicKey, 'x'))),
    ).toEqual(['mesa'])
    expect((await consulta()).mesa.id).toBe('vehiculos')
    expect(
      (await tipster.post('/mensajes', await mensaje('vehiculos', vehiculos.publicKey, 'Más'))).status,
    ).toBe(201)

    // At the edge a message can reach Turso after a forward that committed first (its shard flushes
    // later): stored as written, sealed for the old desk, which re-seals it for the tip's new one.
    const tarde = await mensaje('drogas', drogas.publicKey, 'Llegó tarde')
    await t.db.insert(informacionMensajes).values({
      id: crypto.randomUUID(),
      informacionId: id,
      autor: 'informante',
      dia: '2026-12-05',
      mesa: 'drogas',
      enc: tarde.mesa.enc,
      cifrado: tarde.mesa.cifrado,
      claveVersion: 1,
      copiaEnc: tarde.copia.enc,
      copiaCifrado: tarde.copia.cifrado,
    })
    const selladoParaOtra = (await detalle(beto.client, 'vehiculos')).body.mensajes.filter(
      (m) => m.mesa === 'drogas',
    )
    expect(selladoParaOtra).toHaveLength(1)
    const pendientes = (await (await ana.client.get(`${base}/drogas/resellar`)).json()) as {
      id: string
      sellado: Sellado
      para: { mesa: string; claveVersion: number }
    }[]
    expect(pendientes.map((p) => p.para)).toEqual([{ mesa: 'vehiculos', claveVersion: 1 }])
    expect((await beto.client.get(`${base}/vehiculos/resellar`)).status).toBe(200)
    const resellados = await resellar(pendientes)
    expect(
      await campos(
        await ana.client.post(`${base}/drogas/resellar`, {
          mensajes: resellados.map((m) => ({ ...m, claveVersion: 2 })),
        }),
      ),
    ).toEqual(['mensajes'])
    expect((await ana.client.post(`${base}/drogas/resellar`, { mensajes: resellados })).status).toBe(200)
    expect(await (await ana.client.get(`${base}/drogas/resellar`)).json()).toEqual([])
    const resellado = (await detalle(beto.client, 'vehiculos')).body.mensajes.find(
      (m) => m.id === pendientes[0]?.id,
    )
    expect(resellado?.mesa).toBe('vehiculos')
    expect((await abrirVehiculos(resellado?.sellado ?? nuevo.tip)).texto).toBe('Llegó tarde')

    // The stolen-vehicle registry, for any desk's analyst: the demo's plate, a bad one named.
    const robado = await beto.client.get('/api/funcionarios/informacion/vehiculos/BB-BB-12')
    expect(await robado.json()).toEqual({
      patente: 'BBBB12',
      robado: { fecha: '2026-11-02', comuna: 'Santiago', denuncia: null },
    })
    expect(await (await ana.client.get('/api/funcionarios/informacion/vehiculos/GH1234')).json()).toEqual({
      patente: 'GH1234',
      robado: null,
    })
    expect(await campos(await ana.client.get('/api/funcionarios/informacion/vehiculos/ABCD12'))).toEqual([
      'patente',
    ])

    // The audit trail names the analysts and the tip, never anything of the tipster.
    const lecturas = await t.db.select().from(auditLog).where(eq(auditLog.action, 'informacion.tip_read'))
    expect(new Set(lecturas.map((row) => row.actorId))).toEqual(new Set([ana.userId, beto.userId]))
    expect(new Set(lecturas.map((row) => row.subjectId))).toEqual(new Set([id]))
    const acciones = (await t.db.select({ action: auditLog.action }).from(auditLog)).map((row) => row.action)
    for (const accion of [
      'informacion.tip_state_changed',
      'informacion.note_added',
      'informacion.question_asked',
      'informacion.tip_forwarded',
      'informacion.message_resealed',
      'informacion.vehicle_checked',
    ]) {
      expect(acciones).toContain(accion)
    }
    const todo = JSON.stringify(await t.db.select().from(auditLog))
    for (const traza of [recibo.reciboHash, recibo.reciboId, UA, XFF]) expect(todo).not.toContain(traza)
    expect((await t.db.select().from(informacionDesafios)).length).toBeGreaterThan(8)
  })
})
