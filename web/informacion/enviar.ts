/*
 * Sending a tip (issue 17, points 3, 4 and 6): pay the proof of work, seal the plaintext to the
 * desk's current key, make the receipt key, POST. The cryptography (@hpke/core) and the solver load
 * here, at send, never with the pages: a first visit stays within the budget.
 *
 * A body is made once per plaintext and kept in the page: an answer lost on a bad link is asked
 * again with the same body (the same receipt hash), and the server answers a copy as it answered
 * the first (worker/informacion/route.ts). Only when its challenge has expired is it paid again.
 */
import type { FieldError } from '../../worker/errors.ts'
import { tomarDesafioPagado } from './archivos-tip.ts'
import { type MesaConClave, type MesaPublica, pedirMesas, tieneClave } from './mesas.ts'
import { campos, publicar, sinRed } from './peticion.ts'
import { API } from './rutas.ts'
import type { TipPlano } from './texto-plano.ts'

/** What the tipster is told while it goes. */
export type Etapa = 'prueba' | 'cifrando'

/** What became of a send: the receipt key to show, or the problems in the API's words. */
export type Resultado =
  | { ok: true; recibo: string; id: string; dia: string; unidad: string }
  | { ok: false; sinRed: true }
  | { ok: false; sinRed: false; problemas: FieldError[] }

interface Preparado {
  /** The plaintext it was made from: another plaintext needs another body. */
  plano: string
  mesa: MesaConClave
  recibo: string
  cuerpo: Record<string, unknown>
  /** Its challenge was the files' batch's (decision 0046): refused, a fresh one is paid at once. */
  prestado?: boolean
}

let preparado: Preparado | undefined

/** Forgets the prepared body (the tip was sent, or the draft dropped). */
export function olvidarEnvio(): void {
  preparado = undefined
}

/** A tip sealed for the outbox (cola.ts): its receipt key to show now, and the body to keep. */
export interface Sellado {
  recibo: string
  unidad: string
  cuerpo: Record<string, unknown>
}

/**
 * The tip sealed with no network, for the queue: the body this page already made for it (a send
 * that failed on the way), or a new one sealed to the desk as the page last saw it (`mesas`, this
 * visit's list). Undefined when no key of that desk was seen. The page forgets it here: from now
 * on the outbox holds it, and its receipt key lives only on the screen that shows it.
 *
 * @example
 * const sellado = await sellarSinRed(plano, mesasDeLaVisita().latest)
 */
export async function sellarSinRed(
  plano: TipPlano,
  mesas: MesaPublica[] | undefined,
): Promise<Sellado | undefined> {
  let actual = preparado?.plano === JSON.stringify(plano) ? preparado : undefined
  if (!actual) {
    const mesa = mesas?.find((m) => m.id === plano.categoria)
    if (!tieneClave(mesa)) return undefined
    actual = await preparar(plano, mesa)
  }
  olvidarEnvio()
  // The challenge is paid again at replay time: one paid now would expire (10 minutes) or be spent.
  const { desafio: _, ...cuerpo } = actual.cuerpo
  return { recibo: actual.recibo, unidad: actual.mesa.unidad, cuerpo }
}

async function preparar(plano: TipPlano, mesa: MesaConClave): Promise<Preparado> {
  const { derivarRecibo, formatoRecibo, infoMesa, nuevoRecibo, sellarJson } = await import('./cripto.ts')
  const clave = nuevoRecibo()
  const [{ reciboHash, respuestaClave }, recibo, { enc, cifrado }] = await Promise.all([
    derivarRecibo(clave),
    formatoRecibo(clave),
    sellarJson(mesa.publica, infoMesa(mesa.id, mesa.claveVersion), plano),
  ])
  const cuerpo: Record<string, unknown> = {
    mesa: mesa.id,
    cifrado,
    enc,
    claveVersion: mesa.claveVersion,
    reciboHash,
    respuestaClave,
  }
  // The files went up encrypted on their page: their ids here, their keys in the plaintext above.
  if (plano.archivos.length > 0) cuerpo.archivos = plano.archivos.map((a) => a.id)
  return { plano: JSON.stringify(plano), mesa, recibo, cuerpo }
}

/**
 * Sends the tip: the same plaintext sent again (after a lost answer) goes with the same body.
 *
 * @example
 * const r = await enviarInformacion(textoPlano(borradorActual(), 'drogas', 'es', []), 'es', setEtapa)
 * if (r.ok) mostrar(r.recibo)
 */
export async function enviarInformacion(
  plano: TipPlano,
  idioma: string,
  etapa: (e: Etapa) => void,
  sinClave: () => FieldError,
): Promise<Resultado> {
  const texto = JSON.stringify(plano)
  if (preparado?.plano !== texto) {
    let mesa: MesaConClave | undefined
    try {
      const encontrada = (await pedirMesas()).find((m) => m.id === plano.categoria)
      if (!tieneClave(encontrada)) return { ok: false, sinRed: false, problemas: [sinClave()] }
      mesa = encontrada
    } catch {
      return { ok: false, sinRed: true }
    }
    preparado = undefined
    etapa('cifrando')
    preparado = await preparar(plano, mesa)
  }
  const actual = preparado
  if (!('desafio' in actual.cuerpo)) {
    etapa('prueba')
    const { pagarDesafio } = await import('./desafio.ts')
    try {
      const prestado = tomarDesafioPagado()
      actual.prestado = prestado !== undefined
      actual.cuerpo.desafio = prestado ?? (await pagarDesafio())
    } catch {
      return { ok: false, sinRed: true }
    }
  }
  etapa('cifrando')
  const { status, json } = await publicar(API.enviar, actual.cuerpo, idioma)
  if (sinRed(status)) return { ok: false, sinRed: true }
  if (status === 201 || status === 200) {
    const { id, dia } = json as { id: string; dia: string }
    preparado = undefined
    return { ok: true, recibo: actual.recibo, id, dia, unidad: actual.mesa.unidad }
  }
  const problemas = campos(json)
  // A spent or expired challenge (or a rotated key): the next press pays, or seals, again.
  if (problemas.some((p) => p.field === 'desafio')) {
    delete actual.cuerpo.desafio
    if (actual.prestado) return enviarInformacion(plano, idioma, etapa, sinClave)
  }
  if (problemas.some((p) => p.field === 'claveVersion' || p.field === 'mesa')) preparado = undefined
  return { ok: false, sinRed: false, problemas }
}
