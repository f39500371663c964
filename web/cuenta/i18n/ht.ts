import type { IngresoMessages } from './es.ts'

/** Haitian Creole words of the citizen's sign-in screens, loaded on demand. */
export const messages: IngresoMessages = {
  'login.run.hint': 'Ak chif verifikasyon an, pa egzanp 12.345.678-5',
  'login.title': 'Konekte',
  'login.lead': 'Konekte pou wè demach ou yo epi fè sa ki mande pou nou konnen kiyès ou ye.',
  'login.cu.title': 'Ak ClaveÚnica',
  'login.cu.body':
    'Se fason nou rekòmande a. ClaveÚnica se kle Leta a ke Rejis Sivil bay; gen demach, tankou Konstans Vòt la, ou ka fè sèlman avè l.',
  'login.cu.button': 'Konekte ak ClaveÚnica',
  'login.cu.help': 'Ou pa gen ClaveÚnica? Ou ka mande l nan yon biwo Rejis Sivil oswa sou claveunica.gob.cl.',
  'login.cu.error':
    'Nou pa t ka konekte ou ak ClaveÚnica. Eseye ankò; si pwoblèm nan kontinye, konekte ak RUN ou ak modpas ou.',
  'login.cu.unavailable':
    'Koneksyon ak ClaveÚnica pa disponib kounye a. Eseye pita oswa konekte ak RUN ou ak modpas ou.',
  'login.password.title': 'Ak RUN ak modpas',
  'login.password.body': 'Si ou te kreye yon kont nan Comisaría Virtual.',
  'login.submit': 'Konekte ak RUN ak modpas',
  'login.signingIn': 'N ap konekte…',
  'login.forgot': 'Ou bliye modpas ou?',
  'login.noAccount.title': 'Ou pa gen kont?',
  'login.noAccount.body': 'Si ou pa gen ClaveÚnica, ou ka kreye yon kont ak RUN ou ak imèl ou.',
  'login.register': 'Kreye yon kont',
  'login.staff.title': 'Èske ou travay pou Carabineros?',
  'login.staff.link': 'Koneksyon pou anplwaye yo',
  'login.signedInAs': 'Ou deja konekte tankou {name}.',
  'mine.title': 'Demach mwen yo',
  'mine.hello': 'Bonjou, {name}',
  'mine.you': 'Enfòmasyon ou',
  'mine.name': 'Non',
  'mine.run': 'RUN',
  'mine.email': 'Adrès imèl',
  'mine.proof': 'Idantite pwouve ak',
  'mine.proof.claveunica': 'ClaveÚnica (RUN Rejis Sivil verifye)',
  'mine.proof.self': 'Kont pa ou (RUN ou deklare)',
  'mine.selfNote': 'Demach ki egzije ClaveÚnica, tankou Konstans Vòt la, ap mande ou konekte ak ClaveÚnica.',
  'mine.myData': 'Done mwen yo: sa nou kenbe sou ou, kiyès ki wè yo, ak kijan pou korije oswa efase yo',
  'mine.procedures': 'Demach ou yo',
  'mine.empty': 'Ou poko gen demach.',
  'mine.services': 'Gade sèvis yo',
  'mine.loading': 'N ap chaje…',
  'mine.offline': 'Nou pa ka montre enfòmasyon ou san koneksyon.',
  'mine.staff': 'Ou konekte kòm anplwaye.',
  'mine.staffLink': 'Ale nan espas anplwaye yo',
  'mine.everywhere.hint':
    'Si ou te konekte sou yon lòt òdinatè oswa telefòn, oswa si ou panse yon lòt moun ap sèvi ak kont ou, dekonekte sou tout.',
  'mine.everywhere': 'Dekonekte sou tout aparèy yo',
}
