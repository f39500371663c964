import type { CompartidoMessages } from './es.ts'

export const messages: CompartidoMessages = {
  'dc.label': 'M sou yon aparèy lòt moun itilize tou',
  'dc.hint.cuenta':
    'Pa egzanp, yon òdinatè nan yon bibliyotèk oswa telefòn yon lòt moun. Repons ou yo p ap rete sou aparèy sa a, se sèlman nan kont ou: ou ka kontinye nan «Demach mwen yo».',
  'dc.hint.pagina':
    'Pa egzanp, yon òdinatè nan yon bibliyotèk oswa telefòn yon lòt moun. Repons ou yo p ap rete sou aparèy sa a: si ou fèmen paj sa a, yo pèdi.',
}
