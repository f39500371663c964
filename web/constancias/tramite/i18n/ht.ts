import type { TramiteMessages } from './es.ts'

/**
 * Haitian Creole words of the Constancias screens (sign-in and the legal notice), loaded on
 * demand. Chilean institutions keep their Spanish names, as citizens will meet them at the police
 * unit.
 */
export const messages: TramiteMessages = {
  warning: 'Enpòtan',
  'info.title': 'Konstans vòt (Constancias Votación)',
  'info.when.body': 'Demach la louvri depi 00:00 rive 23:59 jou eleksyon an (lè Chili kontinantal).',
  'info.when.next': 'L ap louvri {fecha} a {hora}.',
  'info.when.closed': 'Li te fèmen {fecha} a {hora}.',
  'info.login': 'Konekte ak ClaveÚnica',
  'gate.loading': 'N ap chaje enfòmasyon ou…',
  'gate.signin.title': 'Konekte ak ClaveÚnica',
  'gate.signin.body': 'Pou kontinye, ou dwe konekte ak ClaveÚnica ou, ki pwouve idantite ou an sekirite.',
  'gate.self.title': 'Demach sa a mande ClaveÚnica',
  'gate.self.body':
    'Ou konekte ak yon kont Comisaría Virtual, Rejis Sivil la pa t verifye RUN li. Ou ka mande konstans vòt la sèlman ak ClaveÚnica.',
  'gate.self.help':
    'Ou pa gen ClaveÚnica? Ou ka mande l nan Rejis Sivil la, oswa mande Constancia Asistida nan yon inite Carabineros jou eleksyon an.',
  'gate.refused.title': 'Ou pa ka kontinye demach sa a',
  'gate.offline.title': 'Pa gen koneksyon',
  'gate.offline.body':
    'Ou bezwen koneksyon pou wè enfòmasyon Rejis Sivil la ak lis elektoral la. Eseye ankò lè ou gen rezo.',
  'gate.retry': 'Eseye ankò',
  'gate.back': 'Retounen nan konstans vòt la',
  'aviso.title': 'Avi legal',
  'aviso.warning':
    'Bay fo enfòmasyon oswa enfòmasyon ki pa egzak se yon krim Atik 210 Kòd Penal Chili a pini.',
  'aviso.body':
    'Lè ou fin konprann epi aksepte avètisman sa a, ou ka kontinye antre enfòmasyon ou pou fè konstans dijital la kòrèkteman ak an sekirite.',
  'aviso.accept': 'Mwen aksepte avi legal la epi mwen vle kontinye',
  'aviso.accepting': 'N ap anrejistre…',
  'aviso.accepted': 'Ou deja aksepte avi legal sa a.',
  'aviso.decline': 'Mwen pa aksepte: retounen',
}
