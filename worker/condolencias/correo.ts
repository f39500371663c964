import type { Locale } from '../i18n/index.ts'

interface Rechazo {
  nombre: string
  memorial: string
  mensaje: string
  motivo: string
}

const PALABRAS: Record<Locale, (r: Rechazo) => { subject: string; text: string }> = {
  es: (r) => ({
    subject: 'Su mensaje en el libro de condolencias no se publicó — Comisaría Virtual',
    text: `Hola ${r.nombre}:\n\nSu mensaje en el memorial «${r.memorial}» no se publicó. El motivo que indicó el equipo de moderación:\n\n${r.motivo}\n\nSu mensaje:\n\n${r.mensaje}\n\nPuede escribir uno nuevo cuando quiera.\n`,
  }),
  en: (r) => ({
    subject: 'Your message in the condolence book was not published — Comisaría Virtual',
    text: `Hello ${r.nombre},\n\nYour message on the memorial “${r.memorial}” was not published. The reason the moderators gave:\n\n${r.motivo}\n\nYour message:\n\n${r.mensaje}\n\nYou may write a new one at any time.\n`,
  }),
  ht: (r) => ({
    subject: 'Mesaj ou nan liv kondoleyans lan pa t pibliye — Comisaría Virtual',
    text: `Bonjou ${r.nombre},\n\nMesaj ou sou memoryal «${r.memorial}» a pa t pibliye. Rezon ekip moderasyon an bay:\n\n${r.motivo}\n\nMesaj ou:\n\n${r.mensaje}\n\nOu ka ekri yon lòt nenpòt ki lè.\n`,
  }),
}

/**
 * The e-mail telling a message's author it was not published (or was withdrawn), with the
 * moderator's reason, in the language they wrote in.
 *
 * @example
 * const { subject, text } = correoDeRechazo('es', { nombre: 'Ana', memorial: 'Cabo Soto', mensaje, motivo })
 */
export function correoDeRechazo(locale: Locale, rechazo: Rechazo): { subject: string; text: string } {
  return PALABRAS[locale](rechazo)
}
