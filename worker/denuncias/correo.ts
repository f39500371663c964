import { TIPOS, type TipoDenuncia } from '../../core/denuncias/tipos.ts'
import { formatLocal } from '../../core/time.ts'
import type { Locale } from '../i18n/index.ts'
import { formatNumero } from './numero.ts'
import { nombresTipo } from './palabras.ts'

interface Params {
  nombre: string
  numero: string
  tipo: TipoDenuncia
  recibidaAt: Date
  venceAt: Date
  /** The report's own page in "Mis trámites". */
  link: string
}

/** The offence as the e-mail names it: the citizen's words, and the law's where they differ. */
function delito(locale: Locale, tipo: TipoDenuncia): string {
  const nombre = nombresTipo[locale][tipo]
  const legal = TIPOS[tipo].nombreLegal
  return nombre === legal ? nombre : `${nombre} (${legal})`
}

/**
 * The e-mail sent the moment a denuncia is received, with its signed receipt attached: the
 * number to quote, when it will be reviewed, and that every change will be told the same way.
 * Plain text, no tracking.
 *
 * @example
 * const { subject, text } = denunciaRecibidaMail[locale]({ nombre, numero, tipo, recibidaAt, venceAt, link })
 */
export const denunciaRecibidaMail: Record<Locale, (p: Params) => { subject: string; text: string }> = {
  es: (p) => ({
    subject: `Denuncia recibida N° ${formatNumero(p.numero)} — Comisaría Virtual`,
    text: `Hola ${p.nombre}:

Carabineros de Chile recibió su denuncia el ${formatLocal(p.recibidaAt)} (hora de Chile continental).

    Número de trámite: ${formatNumero(p.numero)}
    Delito: ${delito('es', p.tipo)}

Qué sigue: personal de la Comisaría Virtual la revisará antes del ${formatLocal(p.venceAt)} y la derivará a la unidad policial de su domicilio, que la remitirá a la Fiscalía. Le escribiremos a este correo cada vez que cambie su estado. También puede seguirla en «Mis trámites»:

${p.link}

Adjuntamos el comprobante firmado en PDF, con la denuncia tal como la envió. Guarde el número: es el que debe indicar si consulta por ella.

Si está en peligro o el hecho está ocurriendo, llame al 133.
`,
  }),
  en: (p) => ({
    subject: `Report received No. ${formatNumero(p.numero)} — Comisaría Virtual`,
    text: `Hello ${p.nombre},

Carabineros de Chile received your report on ${formatLocal(p.recibidaAt)} (mainland Chile time).

    Reference number: ${formatNumero(p.numero)}
    Offence: ${delito('en', p.tipo)}

What happens next: the Comisaría Virtual staff will review it before ${formatLocal(p.venceAt)} and send it on to the police unit of your home address, which will forward it to the Fiscalía (public prosecutor). We will write to this address each time its status changes. You can also follow it in “Mis trámites”:

${p.link}

The signed receipt is attached as a PDF, with the report as you sent it. Keep the number: quote it if you ask about your report.

If you are in danger or the offence is happening now, call 133.
`,
  }),
  ht: (p) => ({
    subject: `Nou resevwa denonsyasyon N° ${formatNumero(p.numero)} — Comisaría Virtual`,
    text: `Bonjou ${p.nombre},

Carabineros de Chile resevwa denonsyasyon ou an nan dat ${formatLocal(p.recibidaAt)} (lè Chili kontinantal).

    Nimewo dosye: ${formatNumero(p.numero)}
    Krim: ${delito('ht', p.tipo)}

Sa k ap vini: anplwaye Comisaría Virtual ap revize l anvan ${formatLocal(p.venceAt)} epi voye l bay inite polis ki kouvri adrès kay ou, ki pral voye l bay Fiscalía a (pwokirè piblik). N ap ekri w nan adrès sa a chak fwa eta li chanje. Ou ka swiv li tou nan «Mis trámites»:

${p.link}

Nou mete resi ki siyen an an PDF, ak denonsyasyon an jan ou te voye l la. Kenbe nimewo a: se li pou w bay si w ap mande pou li.

Si ou an danje oswa krim nan ap fèt kounye a, rele 133.
`,
  }),
}
