import { formatCivilDate, formatLocalDay, localTime } from '../../core/time.ts'
import type { Locale } from '../i18n/index.ts'

interface Params {
  nombre: string
  code: string
  eleccion: string
  ventanaFin: Date
  fechaPrimarias: string
  link: string
}

/**
 * The e-mail sent the moment a request is made: the code, and in plain words what the citizen
 * must still do today — the step a quarter to a half of the real service's users never took.
 */
export const codigoMail: Record<Locale, (p: Params) => { subject: string; text: string }> = {
  es: (p) => ({
    subject: `Solicitud Pendiente ${p.code} — Constancia Votación`,
    text: `Hola ${p.nombre}:

Su solicitud de Constancia Votación (${p.eleccion}) quedó PENDIENTE con el código:

    ${p.code}

AÚN NO TIENE VALIDEZ LEGAL. Para que la tenga, hoy mismo, antes de las ${localTime(p.ventanaFin)} del ${formatLocalDay(p.ventanaFin)}, acuda a la Unidad Territorial de Carabineros más cercana con este código y su Cédula de Identidad o Pasaporte (se aceptan vencidos hasta doce meses antes de las elecciones primarias del ${formatCivilDate(p.fechaPrimarias)}). Un funcionario verificará sus datos y validará la constancia; entonces la recibirá en PDF en este correo.

El código es personal e intransferible. Si no completa este paso, la solicitud no será considerada como medio de prueba ante el Juzgado de Policía Local.

Unidades de Carabineros más cercanas y estado de su solicitud: ${p.link}

Entregar datos falsos o inexactos constituye un delito sancionado por el artículo 210 del Código Penal.
`,
  }),
  en: (p) => ({
    subject: `Request Pending ${p.code} — Voting constancia`,
    text: `Hello ${p.nombre},

Your voting constancia request (${p.eleccion}) is PENDING with the code:

    ${p.code}

IT HAS NO LEGAL VALUE YET. To give it legal value, today, before ${localTime(p.ventanaFin)} on ${formatLocalDay(p.ventanaFin)}, go to the nearest Carabineros police unit with this code and your identity card or passport (accepted if expired up to twelve months before the primaries of ${formatCivilDate(p.fechaPrimarias)}). An officer will check your details and validate the constancia; you will then receive it as a PDF at this address.

The code is personal and non-transferable. If you do not complete this step, the request will not be accepted as evidence by the Juzgado de Policía Local.

Nearest police units and the state of your request: ${p.link}

Giving false or inaccurate information is a crime under article 210 of the Chilean Penal Code.
`,
  }),
  ht: (p) => ({
    subject: `Demann an atant ${p.code} — Konstans vòt`,
    text: `Bonjou ${p.nombre},

Demann konstans vòt ou (${p.eleccion}) AN ATANT ak kòd sa a:

    ${p.code}

LI POKO GEN VALÈ LEGAL. Pou li genyen l, jodi a menm, anvan ${localTime(p.ventanaFin)} nan dat ${formatLocalDay(p.ventanaFin)}, ale nan inite Carabineros ki pi pre a ak kòd sa a ak kat idantite ou oswa paspò ou (yo aksepte yo si yo ekspire jiska douz mwa anvan eleksyon primè ${formatCivilDate(p.fechaPrimarias)} yo). Yon ofisye ap verifye enfòmasyon ou epi valide konstans lan; apre sa w ap resevwa l an PDF nan adrès sa a.

Kòd la pèsonèl, ou pa ka bay lòt moun li. Si ou pa fè etap sa a, Jij Lapolis Lokal la p ap aksepte demann nan kòm prèv.

Inite polis ki pi pre yo ak eta demann ou: ${p.link}

Bay fo enfòmasyon oswa enfòmasyon ki pa egzak se yon krim dapre atik 210 Kòd Penal Chili a.
`,
  }),
}

interface RechazoParams {
  nombre: string
  code: string
  eleccion: string
  motivo: string
  ventanaFin: Date
  fechaPrimarias: string
  link: string
}

/**
 * The e-mail sent when an officer rejects a request: the reason, in the officer's words, and what
 * the citizen can still do the same day — go in person to a unit with the code and the identity
 * document while the window is open (decision 0081), or, for another excuse, the Juzgado.
 */
export const rechazoMail: Record<Locale, (p: RechazoParams) => { subject: string; text: string }> = {
  es: (p) => ({
    subject: `Solicitud rechazada ${p.code} — Constancia Votación`,
    text: `Hola ${p.nombre}:

Carabineros rechazó su solicitud de Constancia Votación (${p.eleccion}), código ${p.code}.

Motivo del rechazo: ${p.motivo}

Qué puede hacer hoy: si el motivo se puede resolver, acuda en persona, antes de las ${localTime(p.ventanaFin)} del ${formatLocalDay(p.ventanaFin)}, a una Unidad Territorial de Carabineros ubicada a más de 200 km de su local de votación, con este código y su Cédula de Identidad o Pasaporte (se aceptan vencidos hasta doce meses antes de las elecciones primarias del ${formatCivilDate(p.fechaPrimarias)}). Un funcionario puede validar allí su constancia. Después de esa hora ya no se puede emitir.

Si no se encuentra a más de 200 km de su local de votación, o su excusa es otra (enfermedad, ausencia del país, impedimento grave), preséntela ante el Juzgado de Policía Local cuando la cite.

Estado de su solicitud y unidades más cercanas: ${p.link}
`,
  }),
  en: (p) => ({
    subject: `Request rejected ${p.code} — Voting constancia`,
    text: `Hello ${p.nombre},

Carabineros rejected your voting constancia request (${p.eleccion}), code ${p.code}.

Reason for the rejection: ${p.motivo}

What you can do today: if the reason can be put right, go in person, before ${localTime(p.ventanaFin)} on ${formatLocalDay(p.ventanaFin)}, to a Carabineros police unit more than 200 km from your polling place, with this code and your identity card or passport (accepted if expired up to twelve months before the primaries of ${formatCivilDate(p.fechaPrimarias)}). An officer can validate your constancia there. After that time it can no longer be issued.

If you are not more than 200 km from your polling place, or your excuse is another (illness, absence from the country, a grave impediment), present it to the Juzgado de Policía Local when it summons you.

The state of your request and the nearest police units: ${p.link}
`,
  }),
  ht: (p) => ({
    subject: `Demann refize ${p.code} — Konstans vòt`,
    text: `Bonjou ${p.nombre},

Carabineros refize demann konstans vòt ou (${p.eleccion}), kòd ${p.code}.

Rezon refi a: ${p.motivo}

Sa ou ka fè jodi a: si rezon an ka rezoud, ale an pèsòn, anvan ${localTime(p.ventanaFin)} nan dat ${formatLocalDay(p.ventanaFin)}, nan yon inite Carabineros ki plis pase 200 km de biwo vòt ou, ak kòd sa a ak kat idantite ou oswa paspò ou (yo aksepte yo si yo ekspire jiska douz mwa anvan eleksyon primè ${formatCivilDate(p.fechaPrimarias)} yo). Yon ofisye ka valide konstans ou la. Apre lè sa a, yo pa ka bay li ankò.

Si ou pa plis pase 200 km de biwo vòt ou, oswa si eskiz ou se yon lòt (maladi, absans nan peyi a, yon gwo anpèchman), prezante l devan Jij Lapolis Lokal la (Juzgado de Policía Local) lè li rele w.

Eta demann ou ak inite polis ki pi pre yo: ${p.link}
`,
  }),
}

interface ContactoParams {
  nombre: string
  code: string
  eleccion: string
  /** What was corrected, already in the mail's language ("el correo electrónico y el teléfono"). */
  campos: string
  /** Where the constancia goes now. */
  email: string
  /** Who corrected it: the citizen online, or the officer at the unit with the citizen present. */
  por: 'ciudadano' | 'funcionario'
  link: string
}

const camposDe: Record<Locale, Record<'email' | 'telefono' | 'ambos', string>> = {
  es: {
    email: 'el correo electrónico',
    telefono: 'el teléfono de contacto',
    ambos: 'el correo electrónico y el teléfono de contacto',
  },
  en: {
    email: 'the e-mail address',
    telefono: 'the contact phone',
    ambos: 'the e-mail address and the contact phone',
  },
  ht: { email: 'adrès imèl la', telefono: 'telefòn kontak la', ambos: 'adrès imèl la ak telefòn kontak la' },
}

/**
 * The words of the fields corrected, in a mail's language.
 *
 * @example
 * camposCorregidos('es', ['email']) // 'el correo electrónico'
 */
export function camposCorregidos(locale: Locale, campos: readonly ('email' | 'telefono')[]): string {
  return camposDe[locale][campos.length > 1 ? 'ambos' : (campos[0] ?? 'email')]
}

/**
 * The confirmation of a corrected contact, to the address the constancia goes to now (decision
 * 0080): the citizen sees at once that the new address receives the portal's mail.
 */
export const contactoMail: Record<Locale, (p: ContactoParams) => { subject: string; text: string }> = {
  es: (p) => ({
    subject: `Datos de contacto corregidos — Solicitud ${p.code}`,
    text: `Hola ${p.nombre}:

${p.por === 'ciudadano' ? 'Usted corrigió' : 'Un funcionario de Carabineros corrigió, con usted presente,'} ${p.campos} de su solicitud de Constancia Votación (${p.eleccion}), código ${p.code}.

Cuando sea validada, la constancia en PDF llegará a este correo: ${p.email}

Estado de su solicitud: ${p.link}
`,
  }),
  en: (p) => ({
    subject: `Contact details corrected — Request ${p.code}`,
    text: `Hello ${p.nombre},

${p.por === 'ciudadano' ? 'You corrected' : 'A Carabineros officer corrected, with you present,'} ${p.campos} of your voting constancia request (${p.eleccion}), code ${p.code}.

Once it is validated, the constancia will be sent as a PDF to this address: ${p.email}

The state of your request: ${p.link}
`,
  }),
  ht: (p) => ({
    subject: `Enfòmasyon kontak korije — Demann ${p.code}`,
    text: `Bonjou ${p.nombre},

${p.por === 'ciudadano' ? 'Ou korije' : 'Yon ofisye Carabineros korije, ou te la,'} ${p.campos} nan demann konstans vòt ou (${p.eleccion}), kòd ${p.code}.

Lè yo valide l, konstans lan ap rive an PDF nan adrès sa a: ${p.email}

Eta demann ou: ${p.link}
`,
  }),
}

/**
 * The notice to the address the constancia no longer goes to: no name, no new address — it may be
 * the mistyped one, someone else's.
 */
export const contactoAvisoMail: Record<
  Locale,
  (p: Pick<ContactoParams, 'code'>) => { subject: string; text: string }
> = {
  es: (p) => ({
    subject: `Cambio de correo — Solicitud ${p.code}`,
    text: `El correo electrónico de la solicitud de Constancia Votación ${p.code} se cambió: la constancia ya no se enviará a esta dirección.

Si usted no pidió este cambio, acuda a la Unidad Territorial de Carabineros más cercana con su Cédula de Identidad.
`,
  }),
  en: (p) => ({
    subject: `E-mail changed — Request ${p.code}`,
    text: `The e-mail address of the voting constancia request ${p.code} was changed: the constancia will no longer be sent to this address.

If you did not ask for this change, go to the nearest Carabineros police unit with your identity card.
`,
  }),
  ht: (p) => ({
    subject: `Imèl chanje — Demann ${p.code}`,
    text: `Adrès imèl demann konstans vòt ${p.code} la chanje: konstans lan p ap voye nan adrès sa a ankò.

Si se pa ou ki te mande chanjman sa a, ale nan inite Carabineros ki pi pre a ak kat idantite ou.
`,
  }),
}
