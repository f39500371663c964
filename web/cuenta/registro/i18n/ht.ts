import type { RegistroMessages } from './es.ts'

/** Haitian Creole words of the registration screens and of the e-mailed links, loaded on demand. */
export const messages: RegistroMessages = {
  'register.run.hint': 'Ak chif verifikasyon an, pa egzanp 12.345.678-5',
  'account.checkEmail': 'Gade imèl ou',
  'account.spam': 'Si ou pa wè l nan kèk minit, gade nan dosye imèl endezirab yo (spam).',
  'register.title': 'Kreye yon kont',
  'register.lead': 'Pou moun ki pa gen ClaveÚnica. N ap voye yon lyen ba ou pou konfime imèl ou.',
  'register.note':
    'Yon kont pa ou pa ranplase ClaveÚnica: RUN ou anrejistre kòm sa ou deklare, epi demach ki egzije ClaveÚnica ap toujou mande l.',
  'register.email.hint': 'N ap voye yon lyen ba ou pou konfime l.',
  'register.submit': 'Kreye kont lan',
  'register.sent.body':
    'Nou voye yon lyen bay {email}. Louvri l pou aktive kont ou; li ekspire nan 24 èdtan.',
  'register.sent.bodyAnon':
    'Nou voye yon lyen nan imèl ou. Louvri l pou aktive kont ou; li ekspire nan 24 èdtan.',
  'register.sent.already':
    'Si ou te gen yon kont deja ak RUN sa a oswa imèl sa a, nou voye ba ou pito yon lyen pou chwazi yon nouvo modpas.',
  'verify.checking': 'N ap konfime imèl ou…',
  'verify.done.title': 'Imèl la konfime',
  'verify.done.body': 'Kont ou aktif. Ou ka konekte kounye a ak RUN ou ak modpas ou.',
  'verify.failed.title': 'Nou pa t ka konfime imèl ou',
  'verify.failed.again': 'Mande yon lyen pou chwazi yon nouvo modpas: lè ou sèvi avè l, imèl ou konfime tou.',
  'reset.title': 'Jwenn modpas ou ankò',
  'reset.lead': 'Ekri imèl kont ou a epi n ap voye yon lyen ba ou pou chwazi yon nouvo modpas.',
  'reset.cuNote': 'Si ou konekte ak ClaveÚnica, se sou sit ClaveÚnica ou chanje kle sa a, pa isit la.',
  'reset.submit': 'Voye lyen an',
  'reset.sent.body':
    'Si gen yon kont ak imèl {email}, nou voye yon lyen pou chwazi yon nouvo modpas. Li ekspire nan 1 èdtan.',
  'reset.again': 'Mande yon nouvo lyen',
  'newPassword.title': 'Chwazi yon nouvo modpas',
  'newPassword.done.title': 'Modpas la anrejistre',
  'newPassword.done.body': 'Ou ka konekte kounye a ak RUN ou ak nouvo modpas ou.',
}
