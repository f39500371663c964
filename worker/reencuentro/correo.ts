import { formatLocal } from '../../core/time.ts'
import { formatNumero } from '../denuncias/numero.ts'
import type { Locale } from '../i18n/index.ts'

interface Params {
  nombre: string
  numero: string
  recibidoAt: Date
  /** The request's own page in "Mis trámites". */
  link: string
}

/**
 * The e-mail sent the moment a search request is received, with its signed receipt attached: the
 * number, what happens next, and the promise the service keeps — the person found decides what,
 * if anything, the requester learns (decision 0064). Names nobody sought: a mailbox may be shared.
 *
 * @example
 * const { subject, text } = reencuentroRecibidoMail[locale]({ nombre, numero, recibidoAt, link })
 */
export const reencuentroRecibidoMail: Record<Locale, (p: Params) => { subject: string; text: string }> = {
  es: (p) => ({
    subject: `Solicitud de reencuentro familiar recibida N° ${formatNumero(p.numero)} — Comisaría Virtual`,
    text: `Hola ${p.nombre}:

Carabineros de Chile recibió su solicitud de reencuentro familiar el ${formatLocal(p.recibidoAt)} (hora de Chile continental).

    Número de trámite: ${formatNumero(p.numero)}

Qué sigue: el equipo de reencuentro buscará a la persona. Si la encuentra, le preguntará si desea retomar el contacto: es ella quien decide qué se le comunica a usted. Le escribiremos a este correo cada vez que cambie el estado de su solicitud. También puede seguirla en «Mis trámites»:

${p.link}

Adjuntamos el comprobante firmado en PDF, con la solicitud tal como la envió.
`,
  }),
  en: (p) => ({
    subject: `Family reunification request received No. ${formatNumero(p.numero)} — Comisaría Virtual`,
    text: `Hello ${p.nombre},

Carabineros de Chile received your family reunification request on ${formatLocal(p.recibidoAt)} (mainland Chile time).

    Reference number: ${formatNumero(p.numero)}

What happens next: the reunification team will look for the person. If they find them, they will ask whether they wish to be back in touch: it is the person found who decides what you are told. We will write to this address each time the status of your request changes. You can also follow it in “Mis trámites”:

${p.link}

The signed receipt is attached as a PDF, with the request as you sent it.
`,
  }),
  ht: (p) => ({
    subject: `Demann pou retwouve fanmi resevwa N° ${formatNumero(p.numero)} — Comisaría Virtual`,
    text: `Bonjou ${p.nombre},

Carabineros de Chile resevwa demann ou pou retwouve fanmi ou a ${formatLocal(p.recibidoAt)} (lè Chili kontinantal).

    Nimewo dosye: ${formatNumero(p.numero)}

Sa k ap vini: ekip la ap chèche moun nan. Si yo jwenn li, y ap mande l si li vle reprann kontak: se li menm ki deside sa yo ka di w. N ap ekri ou nan adrès sa a chak fwa eta demann ou an chanje. Ou ka swiv li tou nan «Mis trámites»:

${p.link}

Nou mete resi siyen an an PDF, ak demann lan jan ou te voye l la.
`,
  }),
}
