import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { localDate } from '../../core/time.ts'
import { openFileDatabase } from '../../db/open.ts'
import { informaciones, informacionMensajes } from '../../db/schema/index.ts'
import { cifrarArchivo } from '../../web/informacion/archivos-cifrado.ts'
import { limpiarFoto } from '../../web/informacion/archivos-metadatos.ts'
import {
  abrirJson,
  derivarRecibo,
  INFO_RESPUESTA,
  infoMesa,
  nuevoRecibo,
  type Sellado,
  sellarJson,
} from '../../web/informacion/cripto.ts'
import { OFFSET_HEADER, PARTE_CONTENT_TYPE } from '../../worker/archivos/limites.ts'
import { jpegConGps } from '../support/fotos.ts'
import { resolver } from '../support/informacion.ts'
import {
  DROGAS,
  hacerAnalista,
  inscribirse,
  inThreeLanguages,
  PERSONAS,
  usarEscena,
} from './support/informacion.ts'
import { lookAt } from './support/staff-pages.ts'

const { ana: ANA, beto: BETO } = PERSONAS
const VEHICULOS = 'SEBV (Encargo y Búsqueda de Vehículos)'
/** A plate of the demo stolen-vehicle rows (db/reference/demo-vehiculos-robados.csv). */
const ROBADA = 'BBBB12'

const escena = usarEscena()
const navegador = escena.navegador

/** An analyst makes their key and gives their desk its first version, by the visible labels. */
async function conClaveDeMesa(page: Page, unidad: string): Promise<void> {
  await inscribirse(page)
  await page.getByRole('link', { name: `Claves de la mesa ${unidad}` }).click()
  await page.getByRole('button', { name: 'Crear la clave de la mesa (versión 1)' }).click()
  await page.getByText('Tiene la clave de la mesa (versión 1).').waitFor()
}

/** The tipster's side, as their browser would call it: a proof of work paid before each call. */
const informante = {
  async post(path: string, body: Record<string, unknown>) {
    const challenge = await (await fetch(`${escena.origin()}/api/informacion/desafio`)).json()
    return fetch(`${escena.origin()}/api/informacion${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ desafio: await resolver(challenge), ...body }),
    })
  },
  /** A photo cleaned on the device, encrypted and uploaded: what the tip's plaintext says of it. */
  async foto(nombre: string) {
    const limpia = limpiarFoto(jpegConGps(), 'image/jpeg', 'es')
    if (!limpia) throw new Error('the photo was not cleaned')
    const cifrado = await cifrarArchivo(new Blob([limpia.bytes]))
    const lote = (await (
      await informante.post('/archivos', { archivos: [{ bytes: cifrado.fuente.size }] })
    ).json()) as { archivos: { id: string; token: string }[] }
    const [subida] = lote.archivos
    if (!subida) throw new Error('no upload')
    const bytes = new Uint8Array(await (await cifrado.fuente.slice(0, cifrado.fuente.size)).arrayBuffer())
    const parte = await fetch(`${escena.origin()}/api/informacion/archivos/${subida.id}`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${subida.token}`,
        'content-type': PARTE_CONTENT_TYPE,
        [OFFSET_HEADER]: '0',
      },
      body: bytes,
    })
    expect(parte.status).toBe(200)
    const archivo = {
      id: subida.id,
      nombre,
      tipo: 'image/jpeg',
      bytes: cifrado.bytes,
      sha256: cifrado.sha256,
    }
    return { archivo: { ...archivo, clave: cifrado.clave, quitado: limpia.quitado }, limpia: limpia.bytes }
  },
  async publica(mesa: string) {
    const mesas = (await (await fetch(`${escena.origin()}/api/informacion/mesas`)).json()) as {
      id: string
      publica: JsonWebKey
    }[]
    const publica = mesas.find((m) => m.id === mesa)?.publica
    if (!publica) throw new Error(`desk ${mesa} has no key`)
    return publica
  },
}

describe('información anónima: the desks’ tip screens (issue 17, point 8)', () => {
  it('a drugs tip read, noted, triaged and asked about in the browser; the tipster answers; forwarded to vehicles and read there', async () => {
    const admin = await navegador('admin')
    await hacerAnalista(admin, ANA, DROGAS)
    await hacerAnalista(admin, BETO, VEHICULOS)
    const [ana, beto] = [await navegador('ana'), await navegador('beto')]
    await Promise.all([conClaveDeMesa(ana, DROGAS), conClaveDeMesa(beto, VEHICULOS)])

    // A tip sealed to the drugs desk's published key, as the tipster's browser seals it.
    const recibo = await derivarRecibo(nuevoRecibo())
    const marker = `Venden en el pasaje ${crypto.randomUUID().slice(0, 8)}`
    const { archivo, limpia } = await informante.foto('pasaje.jpg')
    const sellado = await sellarJson(await informante.publica('drogas'), infoMesa('drogas', 1), {
      v: 1,
      categoria: 'drogas',
      respuestas: {
        que: marker,
        comuna: '13101',
        lugar: 'Pasaje Los Aromos',
        vehiculos: [{ patente: ROBADA, marca: 'Toyota', color: 'Rojo' }],
      },
      archivos: [archivo],
      idioma: 'es',
    })
    const enviado = await informante.post('', {
      mesa: 'drogas',
      archivos: [archivo.id],
      ...sellado,
      claveVersion: 1,
      reciboHash: recibo.reciboHash,
      respuestaClave: recibo.respuestaClave,
    })
    expect(enviado.status).toBe(201)

    // Ana's queue from the staff home: one new tip, oldest first, opened by its day.
    await ana.goto('/funcionarios')
    await ana.getByRole('link', { name: 'Informaciones de mi mesa' }).click()
    await ana.getByRole('heading', { name: 'Informaciones de la mesa' }).waitFor()
    await ana
      .getByRole('definition')
      .filter({ hasText: /^Nueva$/ })
      .waitFor()
    await inThreeLanguages(ana, 'cola')
    await ana.getByRole('link', { name: /^Información 1, recibida el / }).click()
    await ana.getByText(marker).waitFor()
    await ana.getByText('Santiago').waitFor()
    await ana.getByText('Patente: BBBB12, Marca: Toyota, Color: Rojo').waitFor()
    await ana.getByRole('button', { name: `Consultar encargo de ${ROBADA}` }).click()
    await ana
      .getByText(`La patente ${ROBADA} tiene encargo por robo desde el 2026-11-02, en Santiago.`)
      .waitFor()

    // The photo: what the tipster's device removed, then decrypted here — without its GPS tag.
    await ana.getByText(/^El equipo del informante quitó: .*GPS/).waitFor()
    await ana.getByRole('button', { name: 'Abrir pasaje.jpg' }).click()
    await ana.getByRole('img', { name: 'pasaje.jpg' }).waitFor()
    const [descarga] = await Promise.all([
      ana.waitForEvent('download'),
      ana.getByRole('link', { name: 'Descargar pasaje.jpg' }).click(),
    ])
    const abierta = readFileSync(await descarga.path())
    expect(Buffer.compare(abierta, Buffer.from(limpia))).toBe(0)
    expect(limpiarFoto(new Uint8Array(abierta), 'image/jpeg', 'es')?.quitado ?? []).not.toContainEqual(
      expect.stringMatching(/GPS/),
    )

    // A note, a state with a note, a question: each sealed here, each shown back opened.
    await ana.getByLabel('Nota', { exact: true }).fill('Cruzar con SEBV')
    await ana.getByRole('button', { name: 'Guardar nota' }).click()
    await ana.getByText('Nota guardada.').waitFor()
    await ana.getByText('Cruzar con SEBV').waitFor()
    await ana.getByLabel('Nuevo estado').selectOption({ label: 'En análisis' })
    await ana.getByLabel('Nota sobre el cambio (opcional)').fill('Revisar esta semana')
    await ana.getByRole('button', { name: 'Cambiar estado' }).click()
    await ana.getByText('La información quedó «En análisis».').waitFor()
    await ana.getByText(/En análisis \(OS-7 \(Drogas\)\), por Ana Soto\./).waitFor()
    await ana.getByLabel('Pregunta', { exact: true }).fill('¿A qué hora llega el auto?')
    await ana.getByRole('button', { name: 'Enviar pregunta' }).click()
    await ana.getByText('Pregunta enviada.').waitFor()
    await ana.getByText('¿A qué hora llega el auto?').waitFor()

    // The tipster comes back with the receipt: the question opens with the reply key; they answer.
    const consulta = (await (await informante.post('/consulta', { reciboId: recibo.reciboId })).json()) as {
      mesa: { id: string }
      mensajes: { autor: string; sellado: Sellado }[]
    }
    const pregunta = consulta.mensajes.find((m) => m.autor === 'mesa')
    expect(
      (await abrirJson<{ texto: string }>(recibo.respuesta, INFO_RESPUESTA, pregunta?.sellado ?? sellado))
        .texto,
    ).toBe('¿A qué hora llega el auto?')
    const texto = 'Llega a las 23:00, todos los viernes'
    const respuesta = await informante.post('/mensajes', {
      reciboId: recibo.reciboId,
      mesa: {
        id: consulta.mesa.id,
        claveVersion: 1,
        ...(await sellarJson(await informante.publica('drogas'), infoMesa('drogas', 1), {
          v: 1,
          texto,
          archivos: [],
        })),
      },
      copia: await sellarJson(recibo.respuestaClave, INFO_RESPUESTA, { v: 1, texto, archivos: [] }),
    })
    expect(respuesta.status).toBe(201)
    await ana.goto('/funcionarios/informacion/cola?mesa=drogas')
    await ana.getByRole('link', { name: /^Información 1, recibida el / }).click()
    await ana.getByText(texto).waitFor()
    await inThreeLanguages(ana, 'tip')
    await lookAt(ana, 'in-tip')

    // Forwarded to the vehicles desk: re-sealed here to its key; Beto reads it all there.
    await ana.getByLabel('Mesa de destino').selectOption({ label: VEHICULOS })
    await ana.getByRole('button', { name: 'Derivar' }).click()
    await ana.getByText(`La información fue derivada a ${VEHICULOS}.`).waitFor()
    await beto.goto('/funcionarios')
    await beto.getByRole('link', { name: 'Informaciones de mi mesa' }).click()
    await beto.getByRole('link', { name: /^Información 1, recibida el / }).click()
    await beto.getByText(marker).waitFor()
    for (const visto of [texto, '¿A qué hora llega el auto?', 'Cruzar con SEBV', 'Revisar esta semana'])
      await beto.getByText(visto).waitFor()
    await beto.getByText(/Derivada \(OS-7 \(Drogas\)\), por Ana Soto\./).waitFor()
    await lookAt(beto, 'in-tip-derivada')

    // At the edge a message can reach the database after the forward that committed first (its
    // shard flushes later): kept sealed for the drugs desk, whose analyst re-seals it for SEBV.
    const tarde = 'Llegó tarde: cambiaron de auto'
    const { client, db } = await openFileDatabase(`file:${join(escena.dataDir(), 'comisaria.db')}`)
    try {
      const [tip] = await db.select({ id: informaciones.id }).from(informaciones)
      const plano = { v: 1, texto: tarde, archivos: [] }
      const paraMesa = await sellarJson(await informante.publica('drogas'), infoMesa('drogas', 1), plano)
      const copia = await sellarJson(recibo.respuestaClave, INFO_RESPUESTA, plano)
      await db.insert(informacionMensajes).values({
        id: crypto.randomUUID(),
        informacionId: tip?.id ?? '',
        autor: 'informante',
        dia: localDate(new Date()),
        mesa: 'drogas',
        claveVersion: 1,
        enc: paraMesa.enc,
        cifrado: paraMesa.cifrado,
        copiaEnc: copia.enc,
        copiaCifrado: copia.cifrado,
      })
    } finally {
      client.close()
    }
    await ana.goto('/funcionarios/informacion/cola?mesa=drogas')
    await ana.getByText(/1 mensaje\(s\) de quien informó llegaron para esta mesa/).waitFor()
    await lookAt(ana, 'in-cola-resellar')
    await ana.getByRole('button', { name: 'Volver a sellar para la mesa de destino' }).click()
    await ana.getByText(/llegaron para esta mesa/).waitFor({ state: 'detached' })
    await beto.reload()
    await beto.getByText(tarde).waitFor()
  })
})
