/*
 * The queued send's words (web/informacion/cola.ts), in the three languages: a table of its own,
 * loaded with the queue, so that a first visit (which queues nothing) does not carry them.
 */
import type { Locale } from '../../worker/i18n/index.ts'

const es = {
  enColaTitulo: 'Su información se enviará cuando vuelva la conexión',
  enCola:
    'No hay conexión: su información quedó cifrada en este dispositivo y se enviará a {unidad} cuando vuelva la conexión, mientras esta página esté abierta o cuando la vuelva a abrir en este dispositivo. Anote ya su clave: no se muestra otra vez.',
  pendiente: 'Hay información cifrada en este dispositivo que espera la conexión para enviarse.',
  enviada:
    'La información que esperaba la conexión fue enviada. Ya no queda nada de ella en este dispositivo.',
  otraVez:
    'La información que esperaba la conexión no se pudo enviar: el equipo que la recibe cambió su clave mientras tanto, y este dispositivo no guardó el texto para cifrarlo de nuevo. Envíela otra vez; la clave de recibo que anotó no servirá.',
  rechazada: 'La información que esperaba la conexión no se pudo enviar ({motivo}). Envíela otra vez.',
  archivos:
    'Sin conexión, la información solo puede quedar en espera sin archivos: quítelos, o espere la conexión para enviarla con ellos.',
}

type Palabras = typeof es

const en: Palabras = {
  enColaTitulo: 'Your information will be sent when the connection returns',
  enCola:
    'There is no connection: your information was encrypted and kept on this device, and will be sent to {unidad} when the connection returns, while this page is open or when you open it again on this device. Write down your key now: it is not shown again.',
  pendiente: 'Encrypted information on this device is waiting for the connection to be sent.',
  enviada:
    'The information that was waiting for the connection has been sent. Nothing of it is left on this device.',
  otraVez:
    'The information that was waiting for the connection could not be sent: the team that receives it changed its key in the meantime, and this device did not keep the text to encrypt it again. Please send it again; the receipt key you wrote down will not work.',
  rechazada:
    'The information that was waiting for the connection could not be sent ({motivo}). Please send it again.',
  archivos:
    'Without a connection, information can only wait to be sent without files: remove them, or wait for the connection to send it with them.',
}

const ht: Palabras = {
  enColaTitulo: 'Enfòmasyon ou ap voye lè koneksyon an tounen',
  enCola:
    'Pa gen koneksyon: enfòmasyon ou chifre epi li rete sou aparèy sa a; l ap voye bay {unidad} lè koneksyon an tounen, pandan paj sa a louvri oswa lè ou louvri l ankò sou aparèy sa a. Ekri kle ou kounye a: yo p ap montre l ankò.',
  pendiente: 'Gen enfòmasyon chifre sou aparèy sa a k ap tann koneksyon an pou l voye.',
  enviada: 'Enfòmasyon ki t ap tann koneksyon an voye. Pa gen anyen nan li ki rete sou aparèy sa a.',
  otraVez:
    'Enfòmasyon ki t ap tann koneksyon an pa t ka voye: ekip ki resevwa l la chanje kle li pandan tan sa a, e aparèy sa a pa t kenbe tèks la pou chifre l ankò. Voye l ankò; kle resi ou te ekri a p ap mache.',
  rechazada: 'Enfòmasyon ki t ap tann koneksyon an pa t ka voye ({motivo}). Voye l ankò.',
  archivos:
    'San koneksyon, enfòmasyon ka tann pou l voye sèlman san fichye: retire yo, oswa tann koneksyon an pou voye l ak yo.',
}

const TABLA: Record<Locale, Palabras> = { es, en, ht }

/**
 * A sentence of the queue in `idioma`, its `{name}`s filled.
 *
 * @example
 * palabraCola('es', 'enCola', { unidad: 'OS-7' })
 */
export function palabraCola(
  idioma: Locale,
  clave: keyof Palabras,
  params: Record<string, string> = {},
): string {
  return TABLA[idioma][clave].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '')
}
