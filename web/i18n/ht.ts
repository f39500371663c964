import type { Messages } from './es.ts'

export { ht as server } from '../../worker/i18n/ht.ts'

/** Haitian Creole: loaded on demand, with the server's Creole catalogue in the same chunk. */
export const messages: Messages = {
  'app.name': 'Comisaría Virtual',
  'app.tagline': 'Demach lapolis sou entènèt, menm san koneksyon',
  'app.skip': 'Ale dirèkteman nan kontni prensipal la',
  'app.home': 'Akèy',
  'app.language': 'Lang',
  'app.emergency': 'Si gen yon ijans, rele 133.',
  'app.footer':
    'Sèvis piblik sou entènèt. Bouyon ou yo rete sou aparèy sa a epi, lè sesyon w louvri, nan kont ou.',
  'app.staff': 'Aksè pou anplwaye yo',
  'app.offline': 'Ou pa konekte. Ou ka kontinye ranpli fòmilè yo: y ap voye yo lè koneksyon an tounen.',
  'app.loadFailed': 'Nou pa t ka chaje paj sa a. Verifye koneksyon ou epi rechaje.',
  'app.notOnDevice':
    'Sèvis sa a poko anrejistre sou aparèy sa a: louvri l yon fwa ak koneksyon, epi apre sa l ap mache san koneksyon tou.',
  'app.reload': 'Rechaje',

  'home.start': 'Kòmanse',

  'service.denuncias': 'Fè yon denonsyasyon',
  'service.permisos': 'Pèmi deplasman',
  'service.anonima': 'Enfòmasyon anonim',
  'service.constancias': 'Konstans (constancias)',
  'service.reclamos': 'Plent ak felisitasyon',
  'service.reencuentro': 'Rejwenn fanmi',
  'service.condolencias': 'Liv kondoleyans',

  'form.continue': 'Kontinye',
  'form.back': 'Retounen',
  'form.errorTitle': 'Gen yon pwoblèm',
  'form.errorPrefix': 'Erè:',
  'form.draftNote': 'Repons ou yo anrejistre sou aparèy sa a pandan w ap ekri, menm san koneksyon.',
  'form.required': '«{field}» obligatwa.',
  'form.charsLeft.one': 'Ou gen 1 karaktè ki rete',
  'form.charsLeft.other': 'Ou gen {n} karaktè ki rete',
  'form.charsOver.one': 'Ou gen 1 karaktè an plis',
  'form.charsOver.other': 'Ou gen {n} karaktè an plis',
  'form.change': 'Chanje',
  'form.checkTitle': 'Verifye repons ou yo anvan ou voye',
  'form.send': 'Aksepte epi voye',
  'form.sending': 'N ap voye…',
  'form.step': 'Etap {n} sou {total}',

  'outbox.pending.one': '1 voye k ap tann',
  'outbox.pending.other': '{n} voye k ap tann',
  'outbox.view': 'Gade sa ou voye yo',
  'outbox.flushed.one': '1 voye ki t ap tann ale.',
  'outbox.flushed.other': '{n} voye ki t ap tann ale.',
  'outbox.cannotSave':
    'Sistèm nan pa ka anrejistre anyen kounye a; fòmilè w la rete sou aparèy sa a, l ap voye poukont li.',

  'update.title': 'Gen yon nouvo vèsyon ki disponib.',
  'update.body': 'Lè ou mete ajou, sa ou te ekri yo rete.',
  'update.now': 'Mete ajou kounye a',
  'update.later': 'Pita',

  'notFound.title': 'Nou pa jwenn paj la',
  'notFound.body': 'Verifye adrès la oswa retounen nan paj akèy la.',

  'form.offline': 'Pa gen koneksyon. Verifye rezo ou epi eseye ankò.',
  'form.show': 'Montre',
  'form.hide': 'Kache',
  'form.showPassword': 'Montre modpas la',
  'form.hidePassword': 'Kache modpas la',
  'form.passwordShown': 'Modpas ou vizib',
  'form.passwordHidden': 'Modpas ou kache',
  'form.password.hint':
    'Omwen 12 karaktè. Li ka yon fraz ki fasil pou sonje; pa sèvi ak RUN ou, non ou oswa yon modpas tout moun konnen.',

  'account.nav': 'Kont ou',
  'account.myRequests': 'Demach mwen yo',
  'account.myData': 'Done mwen yo',
  'account.signIn': 'Konekte',
  'account.signOut': 'Dekonekte',
  'account.signingOut': 'N ap dekonekte…',
  'account.signOutFailed': 'Nou pa t ka dekonekte ou. Verifye koneksyon ou epi eseye ankò.',

  'newPassword.submit': 'Anrejistre modpas la',
  'newPassword.invalid.title': 'Lyen sa a pa mache',
}
