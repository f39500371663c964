import type { TipoCertificado } from '../../core/certificados/tipos.ts'
import { formatLocal } from '../../core/time.ts'
import type { Locale } from '../i18n/index.ts'
import { nombresCertificado } from './palabras.ts'

interface Params {
  nombre: string
  codigo: string
  tipo: TipoCertificado
  emitidoAt: Date
  /** Where anyone verifies it. */
  verificacion: string
}

/**
 * The e-mail that carries an issued constancia's PDF: its number, its type, when it was issued and
 * where it is verified. Plain text, no tracking.
 *
 * @example
 * const { subject, text } = certificadoMail[locale]({ nombre, codigo, tipo, emitidoAt, verificacion })
 */
export const certificadoMail: Record<Locale, (p: Params) => { subject: string; text: string }> = {
  es: (p) => ({
    subject: `Constancia ${p.codigo} — ${nombresCertificado.es[p.tipo]}`,
    text: `Hola ${p.nombre}:

Su constancia (${nombresCertificado.es[p.tipo]}) fue emitida el ${formatLocal(p.emitidoAt)} (hora de Chile continental). La encontrará adjunta en PDF, firmada.

    Número: ${p.codigo}

Quien la reciba puede verificarla en ${p.verificacion}.

Entregar datos falsos o inexactos constituye un delito sancionado por el artículo 210 del Código Penal.
`,
  }),
  en: (p) => ({
    subject: `Constancia ${p.codigo} — ${nombresCertificado.en[p.tipo]}`,
    text: `Hello ${p.nombre},

Your constancia (${nombresCertificado.en[p.tipo]}) was issued on ${formatLocal(p.emitidoAt)} (mainland Chile time). It is attached as a signed PDF.

    Number: ${p.codigo}

Whoever receives it can verify it at ${p.verificacion}.

Giving false or inaccurate information is a crime under article 210 of the Chilean Penal Code.
`,
  }),
  ht: (p) => ({
    subject: `Konstans ${p.codigo} — ${nombresCertificado.ht[p.tipo]}`,
    text: `Bonjou ${p.nombre},

Konstans ou (${nombresCertificado.ht[p.tipo]}) soti ${formatLocal(p.emitidoAt)} (lè Chili kontinantal). Ou ap jwenn li tache an PDF, siyen.

    Nimewo: ${p.codigo}

Moun ki resevwa l ka verifye l nan ${p.verificacion}.

Bay fo enfòmasyon oswa enfòmasyon ki pa egzak se yon krim dapre atik 210 Kòd Penal Chili a.
`,
  }),
}
