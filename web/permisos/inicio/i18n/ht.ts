import type { InicioMessages } from './es.ts'

/** Haitian Creole words of the permits' landing page, loaded on demand. */
export const messages: InicioMessages = {
  'inicio.title': 'Pèmi deplasman',
  'inicio.lead':
    'Si komin ou an karantèn, ou bezwen yon pèmi tanporè pou w soti lakay ou: pou achte pwovizyon esansyèl, pou yon swen medikal, pou yon antèman oswa pou okipe yon moun ki sou kont ou. Li gratis epi yo bay li touswit.',
  'inicio.where.title': 'Ki kote ou bezwen li',
  'inicio.where.rule': 'An karantèn ou bezwen pèmi chak jou; an tranzisyon, sèlman samdi ak dimanch.',
  'inicio.where.signedOut':
    'Se otorite sante a ki deside ki komin ki gen restriksyon. Konekte ak ClaveÚnica pou w wè ki komin ki mande pèmi ak konbyen pèmi ki rete w semèn sa a.',
  'inicio.where.loading': 'N ap chèche komin ki gen restriksyon yo…',
  'inicio.where.offline': 'San koneksyon nou pa ka montre ki komin ki gen restriksyon.',
  'inicio.where.none': 'Jodi a pa gen okenn komin ki gen restriksyon: ou pa bezwen pèmi pou w deplase.',
  'inicio.fase.cuarentena': 'Karantèn: pèmi chak jou',
  'inicio.fase.transicion': 'Tranzisyon: pèmi samdi ak dimanch',
  'inicio.fase.desde': 'depi {desde}',
  'inicio.fase.hasta': 'depi {desde} rive {hasta}',
  'inicio.types.title': 'Kalite pèmi',
  'inicio.type': 'Jiska {duracion}, ant {desde} ak {hasta}. Ou itilize {usados} sou {cupo} semèn sa a.',
  'inicio.need.title': 'Sa ou bezwen',
  'inicio.need.claveunica': 'ClaveÚnica ou.',
  'inicio.need.cedula': 'Kat idantite w ki valab: n ap mande w nimewo dokiman li.',
  'inicio.need.destino': 'Adrès kote w prale a.',
  'inicio.show':
    'Pèmi a pèsonèl, ou pa ka bay lòt moun li. Montre l nan kontwòl yo ansanm ak kat idantite w: sou ekran telefòn ou, menm san koneksyon, oswa enprime.',
  'inicio.start': 'Mande yon pèmi',
  'inicio.signedIn': 'Ou konekte ak ClaveÚnica kòm {name}.',
  'inicio.self':
    'Ou konekte ak pwòp kont ou. Demach sa a mande pou w konekte ak ClaveÚnica, ki pwouve idantite w devan Rejis Sivil la.',
  'inicio.kept.title': 'Pèmi ou yo sou aparèy sa a',
  'inicio.kept.item': '{tipo} · {comuna} · {desde} rive {hasta}',
  'inicio.mine': 'Wè tout demach ou yo',
}
