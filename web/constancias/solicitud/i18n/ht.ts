import type { SolicitudMessages } from './es.ts'

/**
 * Haitian Creole words of the Constancias screens (the request, its code and the nearest units),
 * loaded on demand. Chilean institutions keep their Spanish names, as citizens will meet them at
 * the police unit.
 */
export const messages: SolicitudMessages = {
  warning: 'Enpòtan',
  'info.title': 'Konstans vòt (Constancias Votación)',
  'info.login': 'Konekte ak ClaveÚnica',
  'gate.signin.title': 'Konekte ak ClaveÚnica',
  'pend.title': 'Demann an atant',
  'pend.codeLabel': 'Kòd ou',
  'pend.copy': 'Kopye kòd la',
  'pend.copied': 'Kòd la kopye.',
  'pend.copyFailed': 'Nou pa t ka kopye l. Chwazi kòd la epi kopye l.',
  'pend.personal': 'Kòd la pèsonèl, ou pa ka bay lòt moun li.',
  'pend.noValue': 'Demann sa a poko gen valè legal.',
  'pend.todo.title': 'Sa ou dwe fè jodi a',
  'pend.todo.go':
    'Jodi a, {fecha}, anvan {hora}, ale nan inite Carabineros ki pi pre a ak kòd sa a ak kat idantite ou oswa paspò ou.',
  'pend.todo.document':
    'Kat idantite ou oswa paspò ou ka ekspire jiska douz mwa anvan eleksyon primè {primarias} yo: yo aksepte l si li ekspire {desde} oswa apre.',
  'pend.todo.document.generic':
    'Kat idantite ou oswa paspò ou ka ekspire jiska douz mwa anvan eleksyon primè yo.',
  'pend.todo.officer':
    'Yon ofisye Carabineros ap verifye enfòmasyon yo epi valide konstans lan, pou li gen tout valè legal li. Lè yo fin valide l, konstans dijital la ap rive nan imèl ou an PDF.',
  'pend.todo.ifNot':
    'Si ou pa fè etap sa a, demann nan p ap gen valè legal epi Juzgado de Policía Local la p ap aksepte l kòm prèv.',
  'pend.mail': 'Nou voye kòd sa a nan imèl ou tou.',
  'pend.details': 'Detay demann nan',
  'pend.election': 'Eleksyon',
  'pend.name': 'Non',
  'pend.run': 'RUN',
  'pend.comuna': 'Komin kote ou vote',
  'pend.created': 'Dat demann nan',
  'pend.state': 'Eta',
  'pend.loading': 'N ap chaje demann ou…',
  'pend.notFound': 'Nou pa jwenn okenn demann ou ak kòd sa a.',
  'pend.offline': 'San koneksyon nou pa ka montre eta demann ou. Kòd ou se {code}.',
  'pend.signin': 'Konekte ak ClaveÚnica pou wè demann ou.',
  'state.pendiente': 'An atant',
  'state.validada': 'Valide',
  'state.rechazada': 'Refize',
  'state.vencida': 'Ekspire',
  'units.title': 'Inite Carabineros ki pi pre yo',
  'units.lead': 'Chèche inite ki pre kote ou ye kounye a, pa pre biwo vòt ou, ki a plis pase 200 kilomèt.',
  'units.locate': 'Sèvi ak pozisyon mwen',
  'units.locateHint': 'Navigatè ou ap mande w pèmisyon. Nou sèvi ak pozisyon ou sèlman pou rechèch sa a.',
  'units.byComuna': 'Chèche pa komin',
}
