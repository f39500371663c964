import type { FelicitacionesMessages } from './es.ts'

/** Haitian Creole words of the commendation's screens, loaded on demand. */
export const messages: FelicitacionesMessages = {
  'fel.title': 'Felisite Carabineros',
  'fel.lead':
    'Di yon inite polis oswa yon ajan mèsi pou èd yo. Mesaj ou a rive nan inite a epi, si ou nonmen l, bay ajan an.',
  'fel.before': 'Anvan ou kòmanse',
  'fel.beforeSignIn': 'Ou dwe konekte ak ClaveÚnica oswa ak kont ou sou pòtay la.',
  'fel.beforeName':
    'Se ou ki deside si inite a wè non ou. Si ou pa chwazi sa, inite a li sèlman mesaj la ak dat la.',
  'fel.beforeOfficer':
    'Pou nonmen yon ajan, ekri non ak grad ou te wè sou inifòm li. Pòtay la pa pibliye lis ajan yo.',
  'fel.beforeOffline': 'Ou ka ekri l san koneksyon: l ap voye pou kont li lè rezo a tounen.',
  'fel.unidad.label': 'Ki inite polis ou vle felisite?',
  'fel.unidad.hint': 'Inite ajan an, si ou vle felisite youn.',
  'fel.unidad.placeholder': 'Chwazi yon inite',
  'fel.unidad.loading': 'N ap chaje inite yo…',
  'fel.unidad.offline': 'Lis inite yo pa ka chaje san koneksyon. Eseye ankò ak rezo.',
  'fel.funcionario.title': 'Èske ou vle nonmen yon ajan?',
  'fel.funcionario.hint':
    'Kite l vid pou felisite tout inite a. Si ou nonmen youn, ekri sa ou te wè sou inifòm li.',
  'fel.funcionario.nombre': 'Non ajan an (si ou vle)',
  'fel.funcionario.nombreHint': 'Pa egzanp: Soto, oswa J. Soto.',
  'fel.funcionario.grado': 'Grad (si ou vle)',
  'fel.funcionario.gradoHint': 'Pa egzanp: Cabo, Sargento 2°, Teniente.',
  'fel.mensaje.label': 'Ekri mesaj ou',
  'fel.mensaje.hint': 'Ant 10 ak 1 000 karaktè. Pa ekri done pèsonèl lòt moun.',
  'fel.nombre.legend': 'Èske ou vle inite a wè non ou?',
  'fel.nombre.hint': 'RUN ou ak imèl ou pa janm parèt. Si ou pa chwazi, non ou pa parèt.',
  'fel.nombre.no': 'Non, sèlman mesaj la',
  'fel.nombre.si': 'Wi, montre inite a non mwen',
  'fel.check.unidad': 'Inite',
  'fel.check.funcionario': 'Ajan',
  'fel.check.toda': 'Tout inite a',
  'fel.check.mensaje': 'Mesaj',
  'fel.check.nombre': 'Non ou',
  'fel.check.nombreSi': 'Inite a wè l',
  'fel.check.nombreNo': 'Li pa parèt',
  'fel.staff': 'Felisitasyon yo voye ak yon kont sitwayen.',
  'fel.sent.title': 'Felisitasyon an voye',
  'fel.sent.ref': 'Nimewo felisitasyon ou',
  'fel.sent.body': 'Mèsi. Mesaj ou a rive nan inite a. W ap jwenn li nan Demach mwen yo.',
  'fel.queued.title': 'Felisitasyon an anrejistre pou voye',
  'fel.queued.body':
    'Pa gen koneksyon kounye a. Felisitasyon ou anrejistre sou aparèy sa a epi l ap voye pou kont li lè koneksyon an tounen. Ou pa bezwen voye l ankò.',
  'fel.another': 'Voye yon lòt felisitasyon',
  'fel.mine.title': 'Felisitasyon',
  'fel.mine.loading': 'N ap chaje felisitasyon ou yo…',
  'fel.mine.failed': 'Felisitasyon ou yo pa ka parèt kounye a.',
  'fel.mine.to': 'Pou {a}',
}
