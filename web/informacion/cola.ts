/*
 * Información anónima's queued send (issue 17, point 7; decision 0045 §13), only for a tipster who
 * chose to keep the draft on this device. With no network the tip is sealed at once, in this page,
 * to the desk's key as this visit last saw it; its receipt key is shown (never stored) and only
 * the sealed body goes into the outbox (web/offline/outbox.ts) — ciphertext, enc, version,
 * reciboHash, respuestaClave, desk; no files. The outbox's replay sends it when the link returns,
 * calling this module's hook to pay the proof of work then, in the page; the service worker leaves
 * it. The server answers a copy as the first (same reciboHash): one tip. Once settled the item is
 * erased and the pages say what became of it.
 */
import type { Locale } from '../../worker/i18n/index.ts'
import { dismiss, enqueue, listOutbox, type OutboxItem, onOutboxChange } from '../offline/outbox.ts'
import { flushOutbox } from '../offline/outbox-client.ts'
import { registerReplayHook } from '../offline/replay.ts'
import { palabraCola } from './cola-palabras.ts'
import { sellarSinRed } from './enviar.ts'
import { setAvisoCola } from './estado.ts'
import { mesasDeLaVisita } from './mesas.ts'
import { campos } from './peticion.ts'
import { API } from './rutas.ts'
import type { TipPlano } from './texto-plano.ts'

const SERVICIO = 'informacion'

/** What the receipt screen says of a queued tip: its key, and that it waits for the connection. */
export interface EnCola {
  recibo: string
  titulo: string
  texto: string
}

/** Why an offline tip was not queued: it has files, or this visit never saw its desk's key. */
export type NoEncolada = 'archivos' | 'sinClave'

/**
 * Seals the tip now and queues the sealed body; the receipt key is returned to be shown, and is
 * not kept anywhere. Then watches the queue (see {@link vigilarCola}).
 *
 * @example
 * const r = await encolar(plano, 'es'); if (typeof r !== 'string') mostrarRecibo(…)
 */
export async function encolar(plano: TipPlano, idioma: Locale): Promise<EnCola | NoEncolada> {
  // A file's upload is the network itself: an offline tip waits without files, or not at all.
  if (plano.archivos.length > 0) return 'archivos'
  const sellado = await sellarSinRed(plano, mesasDeLaVisita().latest)
  if (!sellado) return 'sinClave'
  await enqueue(SERVICIO, API.enviar, sellado.cuerpo, idioma, undefined, undefined, SERVICIO)
  vigilarCola(idioma)
  return {
    recibo: sellado.recibo,
    titulo: palabraCola(idioma, 'enColaTitulo'),
    texto: palabraCola(idioma, 'enCola', { unidad: sellado.unidad }),
  }
}

/** Whether a refusal is the attempt's (a spent or expired challenge), not the sealed body's. */
const deNuevo = (status: number, body: unknown) =>
  status === 400 && campos(body).some((p) => p.field === 'desafio')

let idioma: Locale = 'es'

/** What a settled item became, in words; erased once said. */
function resultado(item: OutboxItem): string {
  if (item.state === 'sent') return palabraCola(idioma, 'enviada')
  const problemas = campos(item.response?.body)
  // A rotated desk key (or a desk without one now): the body cannot be sealed again — the
  // plaintext was never kept — so the tipster is told to send it again.
  if (problemas.some((p) => p.field === 'claveVersion' || p.field === 'mesa'))
    return palabraCola(idioma, 'otraVez')
  return palabraCola(idioma, 'rechazada', { motivo: problemas.map((p) => p.message).join('; ') })
}

async function revisar(): Promise<void> {
  const mios = (await listOutbox()).filter((item) => item.service === SERVICIO)
  const hechos = mios.filter((item) => item.state !== 'pending')
  for (const item of hechos) await dismiss(item.id)
  const ultimo = hechos.at(-1)
  if (ultimo) setAvisoCola(resultado(ultimo))
  else if (mios.length > 0) setAvisoCola(palabraCola(idioma, 'pendiente'))
}

let vigilando = false

/**
 * Sends what waits (now, on `online`, and on the outbox's backing-off timer) with the proof of
 * work paid in this page, and says what became of it. Idempotent.
 *
 * @example
 * vigilarCola('es')
 */
export function vigilarCola(lengua: Locale = idioma): void {
  idioma = lengua
  if (vigilando) return
  vigilando = true
  registerReplayHook(SERVICIO, {
    extra: async () => {
      const { pagarDesafio } = await import('./desafio.ts')
      return { desafio: await pagarDesafio() }
    },
    again: deNuevo,
  })
  onOutboxChange(() => void revisar())
  // Its items alone: a tip page sends no other form's, with their credentials.
  const enviar = () => flushOutbox(SERVICIO)
  window.addEventListener('online', () => void enviar())
  void revisar().then(enviar).then(revisar)
}
