/*
 * The tipster's way back (issue 17, point 4; decision 0047): with the receipt key, read what the
 * desk asked and what they themselves sent, and send an answer or more information. Everything is
 * opened and sealed here, in the browser: the desk's questions with the reply key derived from the
 * receipt key, their own messages from their `copia`; a new message sealed to the desk's current
 * key and, as their copy, to the reply key. Every call pays a proof of work of its own.
 *
 * Nothing is kept but in the page's memory: the derived keys live in the page that typed the key.
 */
import type { FieldError } from '../../worker/errors.ts'
import type { ArchivoDelTip } from './archivos-anonimos.ts'
import { tomarDesafioPagado } from './archivos-tip.ts'
import type { ReciboDerivado, Sellado } from './cripto.ts'
import { pedirMesas, tieneClave } from './mesas.ts'
import { campos, publicar, sinRed } from './peticion.ts'
import { API } from './rutas.ts'
import type { Fallo } from './volver-palabras.ts'

/** The state as the tipster sees it (decision 0047): coarse, never the desk's own words. */
export type EstadoParaInformante = 'recibida' | 'en_curso' | 'cerrada'

/** A message of the history, opened: `texto` null when it did not open. */
export interface Entrada {
  id: string
  autor: 'mesa' | 'informante'
  dia: string
  texto: string | null
  /** The names of the files sent with it (the tipster's own). */
  archivos: string[]
}

/** What the tipster sees of their tip. */
export interface Historia {
  mesa: { id: string; unidad: string }
  estado: EstadoParaInformante
  dia: string
  mensajes: Entrada[]
}

/** A call's outcome: its value, or why not (`noEncontrada` is the same for every unknown key). */
export type Resultado<T> = { ok: true; valor: T } | Fallo

interface MensajePlano {
  v: 1
  texto: string
  archivos?: ArchivoDelTip[]
}

async function desafio(): Promise<unknown> {
  const { pagarDesafio } = await import('./desafio.ts')
  return tomarDesafioPagado() ?? (await pagarDesafio())
}

/**
 * Reads the tip's history with the receipt key's derivations: pays a proof of work, asks, opens
 * every message. An unknown key and a tip not yet in the database (just sent at the edge) both
 * answer `noEncontrada`: the server says nothing else, and neither may the page.
 *
 * @example
 * const r = await consultar(await derivarRecibo(clave), 'es')
 * if (r.ok) mostrar(r.valor.mensajes)
 */
export async function consultar(recibo: ReciboDerivado, idioma: string): Promise<Resultado<Historia>> {
  let pagado: unknown
  try {
    pagado = await desafio()
  } catch {
    return { ok: false, motivo: 'red' }
  }
  const { status, json } = await publicar(
    API.consulta,
    { desafio: pagado, reciboId: recibo.reciboId },
    idioma,
  )
  if (status === 404) return { ok: false, motivo: 'noEncontrada' }
  if (sinRed(status)) return { ok: false, motivo: 'red' }
  if (status !== 200) return { ok: false, motivo: 'problemas', problemas: campos(json) }
  const { INFO_RESPUESTA, abrirJson } = await import('./cripto.ts')
  const cuerpo = json as Omit<Historia, 'mensajes'> & {
    mensajes: { id: string; autor: Entrada['autor']; dia: string; sellado: Sellado }[]
  }
  const mensajes = await Promise.all(
    cuerpo.mensajes.map(async (m): Promise<Entrada> => {
      try {
        const plano = await abrirJson<MensajePlano>(recibo.respuesta, INFO_RESPUESTA, m.sellado)
        return { ...m, texto: plano.texto, archivos: (plano.archivos ?? []).map((a) => a.nombre) }
      } catch {
        return { ...m, texto: null, archivos: [] }
      }
    }),
  )
  return { ok: true, valor: { mesa: cuerpo.mesa, estado: cuerpo.estado, dia: cuerpo.dia, mensajes } }
}

/** The body of the message being sent, kept for a lost answer (the same body is one message). */
let preparado: { plano: string; cuerpo: Record<string, unknown> } | undefined

async function sellarMensaje(recibo: ReciboDerivado, mesaId: string, plano: MensajePlano) {
  const mesa = (await pedirMesas()).find((m) => m.id === mesaId)
  if (!tieneClave(mesa)) return undefined
  const { INFO_RESPUESTA, infoMesa, sellarJson } = await import('./cripto.ts')
  const [sellado, copia] = await Promise.all([
    sellarJson(mesa.publica, infoMesa(mesa.id, mesa.claveVersion), plano),
    sellarJson(recibo.respuestaClave, INFO_RESPUESTA, plano),
  ])
  return {
    reciboId: recibo.reciboId,
    mesa: { id: mesa.id, claveVersion: mesa.claveVersion, ...sellado },
    copia,
    ...(plano.archivos && plano.archivos.length > 0 ? { archivos: plano.archivos.map((a) => a.id) } : {}),
  }
}

/**
 * Sends an answer or added information (text and files already uploaded), sealed twice. A key
 * rotated since (`mesa` refused as `clave_vencida`) is sealed again to the desks' newest, once; a
 * spent challenge is paid again, once; a lost answer keeps the body for the next press.
 *
 * @example
 * const r = await enviarMensaje(recibo, historia.mesa.id, 'Es un auto gris', [], 'es', () => ({ field: 'mesa', message: '…' }))
 */
export async function enviarMensaje(
  recibo: ReciboDerivado,
  mesaId: string,
  texto: string,
  archivos: ArchivoDelTip[],
  idioma: string,
  sinClave: () => FieldError,
  intentos = 2,
): Promise<Resultado<{ id: string; dia: string }>> {
  const plano: MensajePlano = { v: 1, texto, archivos }
  const clave = JSON.stringify([recibo.reciboId, mesaId, plano])
  if (preparado?.plano !== clave) {
    let cuerpo: Record<string, unknown> | undefined
    try {
      cuerpo = await sellarMensaje(recibo, mesaId, plano)
    } catch {
      return { ok: false, motivo: 'red' }
    }
    if (!cuerpo) return { ok: false, motivo: 'problemas', problemas: [sinClave()] }
    preparado = { plano: clave, cuerpo }
  }
  const { cuerpo } = preparado
  if (!('desafio' in cuerpo)) {
    try {
      cuerpo.desafio = await desafio()
    } catch {
      return { ok: false, motivo: 'red' }
    }
  }
  const { status, json } = await publicar(API.mensajes, cuerpo, idioma)
  if (status === 201 || status === 200) {
    preparado = undefined
    return { ok: true, valor: json as { id: string; dia: string } }
  }
  if (status === 404) return { ok: false, motivo: 'noEncontrada' }
  if (sinRed(status)) return { ok: false, motivo: 'red' }
  const problemas = campos(json)
  const otraVez = problemas.some((p) => p.field === 'desafio' || p.field === 'mesa')
  if (problemas.some((p) => p.field === 'desafio')) delete cuerpo.desafio
  // A rotated key: the desks asked again and the message sealed to the newest (a new body).
  if (problemas.some((p) => p.field === 'mesa')) preparado = undefined
  if (otraVez && intentos > 1)
    return enviarMensaje(recibo, mesaId, texto, archivos, idioma, sinClave, intentos - 1)
  return { ok: false, motivo: 'problemas', problemas }
}
