import { formatLocal } from '../../core/time.ts'
import { formatNumero } from '../denuncias/numero.ts'
import type { Locale } from '../i18n/index.ts'

interface Params {
  nombre: string
  numero: string
  recibidoAt: Date
  venceAt: Date
  /** The complaint's own page in "Mis trámites". */
  link: string
}

/**
 * The e-mail sent the moment a complaint is received, with its signed receipt attached: the
 * number, the answer's legal due date, that the unit concerned will not learn who complained.
 * Plain text, no tracking.
 *
 * @example
 * const { subject, text } = reclamoRecibidoMail[locale]({ nombre, numero, recibidoAt, venceAt, link })
 */
export const reclamoRecibidoMail: Record<Locale, (p: Params) => { subject: string; text: string }> = {
  es: (p) => ({
    subject: `Reclamo recibido N° ${formatNumero(p.numero)} — Comisaría Virtual`,
    text: `Hola ${p.nombre}:

Carabineros de Chile recibió su reclamo el ${formatLocal(p.recibidoAt)} (hora de Chile continental).

    Número de trámite: ${formatNumero(p.numero)}

Qué sigue: la oficina de reclamos lo analizará y le responderá a más tardar el ${formatLocal(p.venceAt)} (20 días hábiles). Su identidad se mantiene reservada: la unidad reclamada no conocerá su nombre, RUN ni datos de contacto. Le escribiremos a este correo cada vez que cambie su estado. También puede seguirlo en «Mis trámites»:

${p.link}

Adjuntamos el comprobante firmado en PDF, con el reclamo tal como lo envió.
`,
  }),
  en: (p) => ({
    subject: `Complaint received No. ${formatNumero(p.numero)} — Comisaría Virtual`,
    text: `Hello ${p.nombre},

Carabineros de Chile received your complaint on ${formatLocal(p.recibidoAt)} (mainland Chile time).

    Reference number: ${formatNumero(p.numero)}

What happens next: the complaints office will review it and answer you by ${formatLocal(p.venceAt)} at the latest (20 working days). Your identity is kept confidential: the unit complained about will not learn your name, RUN or contact details. We will write to this address each time its status changes. You can also follow it in “Mis trámites”:

${p.link}

The signed receipt is attached as a PDF, with the complaint as you sent it.
`,
  }),
  ht: (p) => ({
    subject: `Plent resevwa N° ${formatNumero(p.numero)} — Comisaría Virtual`,
    text: `Bonjou ${p.nombre},

Carabineros de Chile resevwa plent ou a ${formatLocal(p.recibidoAt)} (lè Chili kontinantal).

    Nimewo dosye: ${formatNumero(p.numero)}

Sa k ap vini: biwo plent yo ap analize l epi reponn ou pi ta ${formatLocal(p.venceAt)} (20 jou travay). Idantite ou rete sekrè: inite yo pote plent kont li a p ap konnen non ou, RUN ou ni kijan pou kontakte ou. N ap ekri ou nan adrès sa a chak fwa eta li chanje. Ou ka swiv li tou nan «Mis trámites»:

${p.link}

Nou mete resi siyen an an PDF, ak plent lan jan ou te voye l la.
`,
  }),
}
