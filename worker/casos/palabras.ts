import { format, type Locale } from '../i18n/index.ts'
import type { Accion, Palabras } from './maquina.ts'

/** What the case pieces say themselves, in each language (a service says its states and reasons). */
const FRASES = {
  es: {
    responder: 'Usted respondió la pregunta',
    agregar_informacion: 'Usted agregó información',
    valorar_si: 'Usted dijo que la respuesta le satisfizo',
    valorar_no: 'Usted dijo que la respuesta no le satisfizo',
    reabrir: 'Usted lo reabrió: vuelve a análisis',
    reclasificar: 'Se cambió el tipo a «{tipo}»',
    derivar: 'Derivada a {unidad_nombre}',
    recibir_ruc: 'Enviada a la {fiscalia_nombre} con RUC {ruc}',
    cerrada: 'Cerrada: {motivo}',
    asunto: '{suTramite} {numero}: {estado}',
    correo:
      'Hola:\n\nHay una novedad en {suTramite_min} N° {numero}. Estado actual: {estado}.\n\nVea el detalle en el portal, con su sesión:\n\n{link}\n\nEste correo no incluye los datos de su trámite.\n',
  },
  en: {
    responder: 'You answered the question',
    agregar_informacion: 'You added information',
    valorar_si: 'You said the answer satisfied you',
    valorar_no: 'You said the answer did not satisfy you',
    reabrir: 'You reopened it: it is being reviewed again',
    reclasificar: 'The type was changed to “{tipo}”',
    derivar: 'Sent to {unidad_nombre}',
    recibir_ruc: 'Sent to the {fiscalia_nombre} with RUC {ruc}',
    cerrada: 'Closed: {motivo}',
    asunto: '{suTramite} {numero}: {estado}',
    correo:
      'Hello,\n\nThere is news about {suTramite_min} no. {numero}. Current status: {estado}.\n\nSee the details on the portal, signed in:\n\n{link}\n\nThis e-mail does not include the details of your request.\n',
  },
  ht: {
    responder: 'Ou reponn kesyon an',
    agregar_informacion: 'Ou ajoute enfòmasyon',
    valorar_si: 'Ou di repons lan satisfè w',
    valorar_no: 'Ou di repons lan pa satisfè w',
    reabrir: 'Ou relouvri l: y ap analize l ankò',
    reclasificar: 'Yo chanje kalite a pou «{tipo}»',
    derivar: 'Voye bay {unidad_nombre}',
    recibir_ruc: 'Voye bay {fiscalia_nombre} ak RUC {ruc}',
    cerrada: 'Fèmen: {motivo}',
    asunto: '{suTramite} {numero}: {estado}',
    correo:
      'Bonjou,\n\nGen nouvèl sou {suTramite_min} nimewo {numero}. Eta kounye a: {estado}.\n\nGade detay yo sou pòtal la, lè ou konekte:\n\n{link}\n\nImèl sa a pa gen enfòmasyon sou demann ou an.\n',
  },
} as const satisfies Record<Locale, Record<string, string>>

/**
 * A history entry in the citizen's words: what happened, with what they are told about it (the
 * unit, the Fiscalía and RUC, the reason), never who among the staff did it.
 *
 * @example
 * textoDeEntrada(palabras.es, 'es', 'derivar', 'derivada', { unidad_nombre: '1ª Comisaría Santiago' })
 * // 'Derivada a 1ª Comisaría Santiago'
 */
export function textoDeEntrada(
  palabras: Palabras,
  locale: Locale,
  accion: Accion,
  estado: string,
  detalle: Record<string, string>,
): string {
  const frases = FRASES[locale]
  switch (accion) {
    case 'responder':
    case 'agregar_informacion':
    case 'derivar':
    case 'recibir_ruc':
    case 'reclasificar':
    case 'reabrir':
      return format(frases[accion], detalle)
    case 'valorar':
      return detalle.satisfecho === 'si' ? frases.valorar_si : frases.valorar_no
    case 'cerrar':
    case 'marcar_duplicado':
      return format(frases.cerrada, {
        motivo: palabras.motivos[detalle.motivo ?? ''] ?? detalle.motivo ?? '',
      })
    default:
      return palabras.estados[estado] ?? estado
  }
}

/**
 * The e-mail of a change: the case's number and state and a link to its page, nothing of what the
 * request says (it may be read on a shared screen, or by whoever reads the mailbox).
 *
 * @example
 * const { subject, text } = correoDeCambio(palabras.es, 'es', { numero, estado: 'derivada', link })
 */
export function correoDeCambio(
  palabras: Palabras,
  locale: Locale,
  p: { numero: string; estado: string; link: string },
): { subject: string; text: string } {
  const frases = FRASES[locale]
  const values = {
    suTramite: palabras.suTramite,
    suTramite_min: palabras.suTramite.charAt(0).toLowerCase() + palabras.suTramite.slice(1),
    numero: p.numero,
    estado: palabras.estados[p.estado] ?? p.estado,
    link: p.link,
  }
  return { subject: format(frases.asunto, values), text: format(frases.correo, values) }
}
