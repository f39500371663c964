import type { AunPuedeMessages } from './es.ts'

/** Haitian Creole words of what a citizen whose request was refused can still do that day, loaded on demand. */
export const messages: AunPuedeMessages = {
  'aun.title': 'Sa ou ka fè toujou jodi a',
  'aun.go':
    'Si rezon refi a ka rezoud, ale an pèsòn jodi a, {fecha}, anvan {hora}, nan yon inite Carabineros ki plis pase 200 km de biwo vòt ou, ak kòd ou {code} ak kat idantite ou oswa paspò ou.',
  'aun.document':
    'Kat idantite ou oswa paspò ou ka ekspire jiska douz mwa anvan eleksyon primè {primarias} yo: yo aksepte l si li ekspire {desde} oswa apre.',
  'aun.document.generic': 'Kat idantite ou oswa paspò ou ka ekspire jiska douz mwa anvan eleksyon primè yo.',
  'aun.officer':
    'Yon ofisye Carabineros ka valide konstans ou la; apre sa w ap resevwa l an PDF nan adrès imèl ou.',
  'aun.closed': 'Delè pou valide konstans lan fini {fecha} a {hora}: yo pa ka bay li ankò.',
  'aun.juzgado':
    'Si ou 200 km oswa mwens de biwo vòt ou, oswa si eskiz ou se yon lòt (maladi, absans nan peyi a, yon gwo anpèchman), prezante l devan Jij Lapolis Lokal la (Juzgado de Policía Local) lè li rele w.',
}
