import type { UnidadesMessages } from './es.ts'

/** Haitian Creole words of the search for the nearest police units, loaded on demand. */
export const messages: UnidadesMessages = {
  'units.locating': 'N ap chèche pozisyon ou…',
  'units.denied': 'Nou pa t ka jwenn pozisyon ou. Chwazi komin kote ou ye a, oswa eseye ankò.',
  'units.or': 'Oswa chwazi komin kote ou ye a',
  'units.choose': 'Chwazi yon komin',
  'units.search': 'Chèche inite yo',
  'units.searching': 'N ap chèche inite yo…',
  'units.results.location': 'Sa ki pi pre pozisyon ou:',
  'units.results.comuna': 'Sa ki pi pre {comuna}:',
  'units.none': 'Nou pa jwenn okenn inite. Rele 133 pou konnen kilès ki pi pre.',
  'units.offline': 'San koneksyon nou pa ka chèche inite yo. Rele 133 pou konnen kilès ki pi pre.',
  'units.distance': 'A {km} km',
  'units.phone': 'Telefòn: {phone}',
  'units.map': 'Gade sou kat la',
  'units.newTab': 'l ap louvri nan yon lòt onglè',
}
