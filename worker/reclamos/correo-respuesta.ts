import { formatNumero } from '../denuncias/numero.ts'
import type { Locale } from '../i18n/index.ts'

interface Params {
  numero: string
  /** The complaint's own page in "Mis trámites". */
  link: string
}

/**
 * The e-mail that carries the complaints office's answer, its signed PDF attached: the number and
 * a link, not the answer's text (a mailbox may be shared; the PDF is the citizen's to open).
 * Plain text, no tracking.
 *
 * @example
 * const { subject, text } = reclamoRespondidoMail.es({ numero: 'K7PXQ2MZ9A', link })
 */
export const reclamoRespondidoMail: Record<Locale, (p: Params) => { subject: string; text: string }> = {
  es: (p) => ({
    subject: `Respuesta a su reclamo N° ${formatNumero(p.numero)} — Comisaría Virtual`,
    text: `Hola:

La oficina de reclamos de Carabineros de Chile respondió su reclamo N° ${formatNumero(p.numero)}. Adjuntamos la respuesta firmada en PDF; puede verificarla con su código QR.

También puede leerla en «Mis trámites», decir si la respuesta lo satisface y, si no, pedir una vez dentro de 30 días que se reabra:

${p.link}
`,
  }),
  en: (p) => ({
    subject: `Answer to your complaint No. ${formatNumero(p.numero)} — Comisaría Virtual`,
    text: `Hello,

The complaints office of Carabineros de Chile answered your complaint No. ${formatNumero(p.numero)}. The signed answer is attached as a PDF; its QR code verifies it.

You can also read it in “Mis trámites”, say whether the answer satisfies you and, if not, ask once within 30 days for it to be reopened:

${p.link}
`,
  }),
  ht: (p) => ({
    subject: `Repons pou plent ou N° ${formatNumero(p.numero)} — Comisaría Virtual`,
    text: `Bonjou,

Biwo plent Carabineros de Chile yo reponn plent ou N° ${formatNumero(p.numero)}. Nou mete repons siyen an an PDF; kòd QR li a pèmèt ou verifye l.

Ou ka li l tou nan «Mis trámites», di si repons lan satisfè ou epi, si se pa sa, mande yon sèl fwa nan 30 jou pou yo relouvri l:

${p.link}
`,
  }),
}
