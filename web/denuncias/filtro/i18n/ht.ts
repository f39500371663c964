import type { FiltroMessages } from './es.ts'

/** Haitian Creole words of the denuncias' start page and screener, loaded on demand. */
export const messages: FiltroMessages = {
  'inicio.title': 'Fè yon denonsyasyon',
  'inicio.lead':
    'Denonse sou entènèt yon vòl, yon vòl san vyolans, yon eskwokri, domaj sou byen oswa maltretans bèt. Anplwaye Comisaría Virtual ap revize l nan 24 èdtan epi voye l bay inite Carabineros ki kouvri adrès kay ou, ki pral voye l bay Fiscalía a (pwokirè piblik).',
  'inicio.puede.title': 'Sa ou ka denonse isit la',
  'inicio.puede':
    'Vòl, vòl pa sipriz, vòl akseswa machin, vòl pa yon moun ou te fè konfyans, kenbe yon bagay yo jwenn, pa remèt sa yo te prete oswa konfye, eskwokri, domaj sou byen ak maltretans bèt.',
  'inicio.no.title': 'Ki lè pou w pa sèvi ak sèvis sa a',
  'inicio.no.peligro': 'Si yon moun an danje oswa krim nan ap fèt kounye a: rele 133.',
  'inicio.no.otros':
    'Si te gen vyolans oswa menas kont yon moun, vyolans nan fanmi, oswa viktim nan se yon timoun: n ap di w ki kote pou w ale.',
  'inicio.no.una':
    'Yon krim denonse yon sèl fwa: si ou te deja denonse l bay Carabineros, PDI oswa Fiscalía, pa refè l.',
  'inicio.necesita.title': 'Sa ou bezwen',
  'inicio.necesita.cuenta': 'ClaveÚnica ou, oswa kont Comisaría Virtual ou ak imèl ki verifye.',
  'inicio.necesita.hecho': 'Ki lè ak ki kote sa te pase, ak sa ki te pase.',
  'inicio.necesita.datos': 'Sa ki idantifye sa yo te pran: nimewo seri, IMEI yon telefòn, plak machin nan.',
  'inicio.salir':
    'Si ou bezwen kite paj sa a touswit, sèvi ak «Soti vit» anlè a oswa peze touch Esc la de fwa.',
  'inicio.ingresar': 'Pou fè yon denonsyasyon ou dwe konekte.',
  'inicio.cuenta': 'Konekte',
  'inicio.signedIn': 'Ou konekte kòm {name}.',
  'inicio.staff': 'Ou konekte kòm anplwaye: se sitwayen yo ki fè denonsyasyon ak pwòp kont yo.',
  'inicio.compartido': 'M ap sèvi ak yon aparèy pataje, oswa yon lòt moun ka gade l',
  'inicio.compartido.hint':
    'Nou p ap kenbe anyen sou aparèy sa a: ni bouyon, ni voye ki an atant. Si ou fèmen oswa rechaje paj la, w ap pèdi sa w te ekri.',
  'inicio.start': 'Kòmanse',
  'pregunta.caption': 'Anvan w kòmanse · Kesyon {n} sou {total}',
  'pregunta.peligro': 'Èske yon moun an danje kounye a, oswa krim nan ap fèt kounye a menm?',
  'pregunta.violencia': 'Èske te gen vyolans oswa menas kont yon moun?',
  'pregunta.violencia.hint':
    'Pa egzanp, yon kou, yon zam, yon menas oswa yo pouse w pou pran yon bagay. Si yo rache yon bagay nan men w pa sipriz san yo pa atake w, sa pa konte kòm vyolans.',
  'pregunta.familia': 'Èske se vyolans nan fanmi?',
  'pregunta.familia.hint':
    'Maltretans oswa menas patnè ou, ansyen patnè ou, oswa yon moun nan fanmi w oswa nan kay ou.',
  'pregunta.nino': 'Èske viktim nan se yon timoun?',
  'pregunta.nino.hint': 'Yon moun ki gen mwens pase 18 lane.',
  'pregunta.autor': 'Èske w konnen kiyès ki te fè l, epi moun sa a la kounye a?',
  'pregunta.autor.hint': 'Pa egzanp, li toujou nan plas la oswa ou ka wè l.',
  'pregunta.si': 'Wi',
  'pregunta.no': 'Non',
  'llame.title': 'Rele 133',
  'derivar.title': 'Denonsyasyon sa a pa fèt sou entènèt',
  'derivar.donde': 'Ki kote pou w ale',
  'derivar.violencia':
    'Lè gen vyolans oswa menas kont yon moun, Carabineros dwe aji touswit epi pran deklarasyon w an pèsòn.',
  'derivar.violencia.1': 'Si ou an danje, rele 133.',
  'derivar.violencia.2':
    'Ale nan komisarya ki pi pre a oswa nan PDI (134), oswa denonse nan Fiscalía: 600 333 0000.',
  'derivar.violencia.3': 'Si ou blese, ale nan yon sant sante: y ap konstate blesi ou yo.',
  'derivar.familia':
    'Vyolans nan fanmi gen pwòp chanèl li, ki ka mande mezi pwoteksyon pou ou depi premye jou a.',
  'derivar.familia.1': 'Fono Familia Carabineros: 149, 24 èdtan sou 24.',
  'derivar.familia.2': 'Fono 1455: konsèy sou vyolans kont fanm.',
  'derivar.familia.3': 'Fiscalía (600 333 0000) oswa Tribinal Fanmi komin ou.',
  'derivar.nino':
    'Lè viktim nan se yon timoun, sa ki te pase dwe rakonte bay moun ki espesyalize, epi yon sèl fwa (Lwa 21.057).',
  'derivar.nino.1': 'Fono Niños Carabineros: 147, 24 èdtan sou 24.',
  'derivar.nino.2': 'Oficina Local de la Niñez (ansyen OPD) nan komin ou.',
  'derivar.nino.3': 'Fiscalía: 600 333 0000.',
  'derivar.autor':
    'Si moun ki te fè l la la kounye a, Carabineros ka aji touswit: pa tann yon denonsyasyon sou entènèt.',
  'derivar.autor.1': 'Rele 133.',
  'derivar.autor.2': 'Oswa ale nan komisarya ki pi pre a ak sa w konnen sou moun sa a.',
  'derivar.peligro': 'Si ou an danje, rele 133.',
  'derivar.volver': 'Chanje repons mwen',
}
