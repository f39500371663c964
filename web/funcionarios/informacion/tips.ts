import type { mesasDelActor } from '../../../worker/informacion/claves.ts'
import type { Estado } from '../../../worker/informacion/seguimiento-schema.ts'
import type { planLeerTip, porResellar, tipsDeMesa } from '../../../worker/informacion/trabajo.ts'
import type { StolenVehicle } from '../../../worker/registries/index.ts'
import { callApi } from '../../forms/api.ts'
import { formatDay } from '../../i18n/dates.ts'
import type { ArchivoDelTip } from '../../informacion/archivos-anonimos.ts'
import { abrirJson, INFO_RESPUESTA, infoMesa, type Sellado, sellarJson } from '../../informacion/cripto.ts'
import type { TipPlano } from '../../informacion/texto-plano.ts'
import { INFORMACION_API, MESAS_API, type MesaPublica } from './api.ts'
import { claveDeMesa } from './llavero.ts'

/*
 * The desks' work on tips in the analyst's browser (decision 0047): what the server keeps is
 * ciphertext; here it is opened with the desk's key (llavero.ts) and what the analyst writes is
 * sealed before it leaves — notes and the desk's copy of a question to the desk's current key, a
 * question to the tipster's reply key, a forward re-sealed to the target desk's key.
 */

/** A row of a desk's queue, `GET …/mesas/:mesa/tips`. */
export type FilaCola = Awaited<ReturnType<typeof tipsDeMesa>>[number]
/** A tip as its desk reads it (audited), `GET …/mesas/:mesa/tips/:id`. */
export type Detalle = Awaited<ReturnType<typeof planLeerTip>>['result']
/** A tipster's message sealed for this desk on a tip now on another, `GET …/mesas/:mesa/resellar`. */
export type PorResellar = Awaited<ReturnType<typeof porResellar>>[number]
/** A desk the signed-in analyst is on, `GET …/mis-mesas`. */
export type MiMesaListada = Awaited<ReturnType<typeof mesasDelActor>>[number]
export type { ArchivoDelTip, Estado, TipPlano }

/**
 * The queue's path (`?mesa=` picks the desk) and a tip's.
 *
 * @example
 * `${TIP_PATH}${tip.id}?mesa=drogas`
 */
export const COLA_PATH = '/funcionarios/informacion/cola'
export const TIP_PATH = '/funcionarios/informacion/tips/'

/** An answer as the tipster's form seals it (web/informacion/texto-plano.ts). */
export type Respuesta = TipPlano['respuestas'][string]

/** One message both ways, opened: `texto` null when this browser cannot open it. */
export interface MensajeAbierto {
  id: string
  autor: 'mesa' | 'informante'
  dia: string
  texto: string | null
  archivos: ArchivoDelTip[]
}

export interface NotaAbierta {
  id: string
  dia: string
  autor: string
  texto: string | null
}

/** A tip opened in this browser: its plaintext, the messages and the notes in words. */
export interface TipAbierto {
  detalle: Detalle
  plano: TipPlano
  mensajes: MensajeAbierto[]
  notas: NotaAbierta[]
}

/**
 * Opens what was sealed to a desk key of a version; null when it does not open here (a version
 * this analyst holds no copy of, a damaged ciphertext): the page says so for that text alone.
 */
async function abrirDeMesa<T>(userId: string, mesa: string, version: number, sellado: Sellado) {
  try {
    const { par } = await claveDeMesa(userId, mesa, version)
    return await abrirJson<T>(par, infoMesa(mesa, version), sellado)
  } catch {
    return null
  }
}

/**
 * Opens a tip read from its desk: the tip, the tipster's messages, the notes (each with the key
 * version it was sealed to). A question the desk asked is shown from its copy, the note of the
 * same id; that note is not listed among the notes. Throws llavero's SinClaveDeMesa when this
 * browser holds no key for the tip's version.
 *
 * @example
 * const abierto = await abrirTip(user.id, detalle)
 */
export async function abrirTip(userId: string, detalle: Detalle): Promise<TipAbierto> {
  const { par } = await claveDeMesa(userId, detalle.mesa, detalle.claveVersion)
  const plano = await abrirJson<TipPlano>(par, infoMesa(detalle.mesa, detalle.claveVersion), detalle.tip)
  const notas = await Promise.all(
    detalle.notas.map(async (n) => ({
      id: n.id,
      dia: n.dia,
      autor: n.autor?.nombre ?? '',
      texto:
        (await abrirDeMesa<{ texto: string }>(userId, detalle.mesa, n.claveVersion, n.sellado))?.texto ??
        null,
    })),
  )
  const copias = new Map(notas.map((n) => [n.id, n.texto]))
  const mensajes = await Promise.all(
    detalle.mensajes.map(async (m): Promise<MensajeAbierto> => {
      const base = { id: m.id, autor: m.autor === 'mesa' ? 'mesa' : 'informante', dia: m.dia } as const
      if (m.autor === 'mesa') return { ...base, texto: copias.get(m.id) ?? null, archivos: [] }
      const abierto =
        m.claveVersion === undefined || m.mesa !== detalle.mesa
          ? null
          : await abrirDeMesa<{ texto: string; archivos?: ArchivoDelTip[] }>(
              userId,
              detalle.mesa,
              m.claveVersion,
              m.sellado,
            )
      return { ...base, texto: abierto?.texto ?? null, archivos: abierto?.archivos ?? [] }
    }),
  )
  const preguntas = new Set(detalle.mensajes.filter((m) => m.autor === 'mesa').map((m) => m.id))
  return { detalle, plano, mensajes, notas: notas.filter((n) => !preguntas.has(n.id)) }
}

/** The desk's current public key and version, as tipsters seal to it. */
async function mesaPublica(mesa: string): Promise<{ version: number; publica: JsonWebKey }> {
  const result = await callApi<MesaPublica[]>('GET', MESAS_API)
  if (!result.ok) throw new Error('sin_conexion')
  const fila = result.body.find((m) => m.id === mesa)
  if (!fila?.publica || fila.claveVersion === null) throw new Error('mesa_sin_clave')
  return { version: fila.claveVersion, publica: fila.publica }
}

/** Seals a value to a desk's current key: `{ enc, cifrado, claveVersion }`. */
async function sellarParaMesa(mesa: string, valor: unknown) {
  const { version, publica } = await mesaPublica(mesa)
  return { claveVersion: version, ...(await sellarJson(publica, infoMesa(mesa, version), valor)) }
}

const rutaTip = (mesa: string, id: string) =>
  `${INFORMACION_API}/mesas/${encodeURIComponent(mesa)}/tips/${encodeURIComponent(id)}`

/**
 * A new state, with the analyst's note sealed to the desk key when they wrote one.
 *
 * @example
 * await cambiarEstado('drogas', id, 'en_analisis', 'Revisar con OS-7')
 */
export async function cambiarEstado(mesa: string, id: string, estado: Estado, texto: string) {
  const nota = texto.trim() === '' ? undefined : await sellarParaMesa(mesa, { v: 1, texto: texto.trim() })
  return callApi('POST', `${rutaTip(mesa, id)}/estado`, nota ? { estado, nota } : { estado })
}

/**
 * A note on the tip, sealed to the desk's current key.
 *
 * @example
 * await anotar('drogas', id, 'Cruzar con SEBV')
 */
export async function anotar(mesa: string, id: string, texto: string) {
  return callApi('POST', `${rutaTip(mesa, id)}/notas`, {
    nota: await sellarParaMesa(mesa, { v: 1, texto: texto.trim() }),
  })
}

/**
 * A question to the tipster, sealed to their reply key, with the desk's own copy sealed to the
 * desk key (the desk cannot open what it sealed to the reply key).
 *
 * @example
 * await preguntar('drogas', id, detalle.respuestaClave, '¿De qué color es el auto?')
 */
export async function preguntar(mesa: string, id: string, respuestaClave: string, texto: string) {
  const valor = { v: 1, texto: texto.trim() }
  return callApi('POST', `${rutaTip(mesa, id)}/preguntas`, {
    sellado: await sellarJson(respuestaClave, INFO_RESPUESTA, valor),
    copia: await sellarParaMesa(mesa, valor),
  })
}

/**
 * Forwards a tip to another desk in one POST: the tip, the tipster's messages and the notes
 * (the questions' copies among them) opened here and re-sealed to the target desk's current key.
 * Throws when one of them does not open in this browser: nothing is sent then.
 *
 * @example
 * await derivar(user.id, detalle, 'vehiculos')
 */
export async function derivar(userId: string, detalle: Detalle, destino: string) {
  const resellar = await resellador(userId, detalle.mesa, destino)
  const [tip, mensajes, notas] = await Promise.all([
    resellar(detalle.tip, detalle.claveVersion),
    Promise.all(
      // The tipster's messages sealed for this desk; one still sealed for another desk (sent before
      // a forward reached it) is that desk's to re-seal, and stays out of the set (decision 0047).
      detalle.mensajes
        .filter((m) => m.autor === 'informante' && m.mesa === detalle.mesa)
        .map(async (m) => ({ id: m.id, ...(await resellar(m.sellado, m.claveVersion)) })),
    ),
    Promise.all(
      detalle.notas.map(async (n) => ({ id: n.id, ...(await resellar(n.sellado, n.claveVersion)) })),
    ),
  ])
  return callApi<{ id: string; mesa: string }>('POST', `${rutaTip(detalle.mesa, detalle.id)}/derivar`, {
    mesa: destino,
    tip,
    mensajes,
    notas,
  })
}

/**
 * What re-seals for desk `para`: opens a ciphertext sealed to desk `de`'s key of its version (with
 * this analyst's copy of it) and seals it to `para`'s current public key. Throws when it does not
 * open here.
 *
 * @example
 * const resellar = await resellador(user.id, 'drogas', 'vehiculos')
 * const { claveVersion, enc, cifrado } = await resellar(tip, 1)
 */
async function resellador(userId: string, de: string, para: string) {
  const { version, publica } = await mesaPublica(para)
  return async (sellado: Sellado, deVersion: number | null | undefined) => {
    if (deVersion === undefined || deVersion === null) throw new Error('sin_version')
    const { par } = await claveDeMesa(userId, de, deVersion)
    const valor = await abrirJson<unknown>(par, infoMesa(de, deVersion), sellado)
    return { claveVersion: version, ...(await sellarJson(publica, infoMesa(para, version), valor)) }
  }
}

/**
 * Re-seals the tipster's messages that reached this desk after their tip was forwarded (decision
 * 0047) for the desk each tip is on now, in one POST.
 *
 * @example
 * await resellarPendientes(user.id, 'drogas', pendientes)
 */
export async function resellarPendientes(userId: string, mesa: string, pendientes: PorResellar[]) {
  const mensajes = await Promise.all(
    pendientes.map(async (p) => {
      const resellar = await resellador(userId, mesa, p.para.mesa)
      return { id: p.id, ...(await resellar(p.sellado, p.claveVersion)) }
    }),
  )
  return callApi<{ resellados: number }>('POST', `${INFORMACION_API}/mesas/${mesa}/resellar`, { mensajes })
}

/** The registry's answer for a plate, `GET …/vehiculos/:patente`. */
export interface Encargo {
  patente: string
  robado: StolenVehicle | null
}

/**
 * Whether a plate has a stolen-vehicle report in force (audited on the server).
 *
 * @example
 * await consultarEncargo('BBBB12') // { ok: true, body: { patente: 'BBBB12', robado: null } }
 */
export function consultarEncargo(patente: string) {
  return callApi<Encargo>('GET', `${INFORMACION_API}/vehiculos/${encodeURIComponent(patente)}`)
}

/**
 * A day kept as `YYYY-MM-DD` (all a tip keeps of its time) in the page's language: its noon in
 * Chile, so that no time zone moves it to the day before.
 *
 * @example
 * enDia('2026-12-05') // '5 de diciembre de 2026'
 */
export const enDia = (dia: string) => formatDay(`${dia}T12:00:00.000-03:00`, 'America/Santiago')
