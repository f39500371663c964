import type { FormularioMessages } from './es.ts'

/**
 * Haitian Creole words of the Constancias screens (the form, the review and a request waiting to
 * be sent), loaded on demand. Chilean institutions keep their Spanish names, as citizens will meet
 * them at the police unit.
 */
export const messages: FormularioMessages = {
  warning: 'Enpòtan',
  'info.title': 'Konstans vòt (Constancias Votación)',
  'gate.back': 'Retounen nan konstans vòt la',
  'form.title': 'Verifikasyon enfòmasyon pèsonèl ak elektoral',
  'form.lead':
    'Men enfòmasyon Rejis Sivil la ak lis elektoral Sèvis Elektoral la (SERVEL) genyen. Ranpli oswa konfime chan obligatwa ki anba yo.',
  'form.registry': 'Enfòmasyon ki anrejistre sou ou',
  'form.registry.name': 'Non',
  'form.registry.run': 'RUN',
  'form.registry.domicilio': 'Adrès elektoral',
  'form.registry.comuna': 'Komin',
  'form.registry.region': 'Rejyon',
  'form.registry.local': 'Biwo vòt',
  'form.registry.mesa': 'Tab vòt',
  'form.registry.note':
    'Si enfòmasyon sa yo pa kòrèk, pa kontinye: mande Sèvis Elektoral la (SERVEL) oswa Rejis Sivil la.',
  'form.yours': 'Enfòmasyon pou kontakte ou',
  'form.yours.why':
    'Enfòmasyon sa yo nesesè pou sistèm nan ka voye konstans dijital la an PDF lè yo fin valide l.',
  'form.birth.hint': 'Jan li ye sou kat idantite ou. Pa egzanp: 14 3 1985',
  'form.day': 'Jou',
  'form.month': 'Mwa',
  'form.year': 'Ane',
  'form.email.hint': 'Se la w ap resevwa kòd la epi, lè yo valide l, konstans dijital la an PDF.',
  'form.emailConfirm.hint': 'Ekri l ankò, pou evite erè.',
  'form.phone.hint': 'Yon telefòn chilyen. Pa egzanp: +56 9 1234 5678',
  'form.declaration.legend': 'Deklarasyon',
  'form.declaration.hint': 'Make kaz la pou kontinye.',
  'form.continue': 'Kontinye',
  'form.checking': 'N ap verifye…',
  'check.title': 'Verifye demann ou anvan ou voye l',
  'check.registry': 'Enfòmasyon Rejis Sivil la ak lis elektoral la',
  'check.yours': 'Repons ou yo',
  'check.declaration': 'Deklarasyon',
  'check.warning':
    'Lè ou voye demann nan, ou deklare enfòmasyon sa yo vre. Bay fo enfòmasyon oswa enfòmasyon ki pa egzak se yon krim Atik 210 Kòd Penal Chili a pini.',
  'check.send': 'Voye demann nan',
  'check.sending': 'N ap voye…',
  'check.offline':
    'Pa gen koneksyon: lè ou voye l, demann nan ap rete sou aparèy sa a epi l ap voye pou kont li lè rezo a tounen.',
  'queued.title': 'Demann anrejistre pou voye',
  'queued.body':
    'Pa gen koneksyon kounye a. Demann ou anrejistre sou aparèy sa a epi l ap voye pou kont li lè rezo a tounen; lè sa a w ap wè kòd ou isit la. Ou pa bezwen voye l ankò.',
  'queued.deadline':
    'Li dwe rive anvan {hora} nan dat {fecha}: apre lè sa a sistèm nan pa resevwa demann. Si koneksyon an pa tounen, mande Constancia Asistida nan yon inite Carabineros.',
  'queued.rejected.title': 'Yo pa t resevwa demann nan',
  'queued.rejected.fix': 'Korije demann nan',
  'queued.gone': 'Demann sa a pa sou aparèy sa a ankò.',
}
