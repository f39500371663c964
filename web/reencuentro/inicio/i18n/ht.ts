import type { InicioMessageKey } from './es.ts'

/** Haitian Creole words of the family reunification's start page and screener. */
export const messages: Record<InicioMessageKey, string> = {
  'inicio.title': 'Rejwenn fanmi',
  'inicio.lead':
    'Si ou pèdi kontak ak yon moun nan fanmi ou, pou rezon pèsonèl oswa paske lavi a separe nou, nou ka ede w chèche l pou nou ka rekòmanse pale.',
  'inicio.como.title': 'Kijan sa mache',
  'inicio.como':
    'Yon ekip Carabineros chèche moun nan pou rezon imanitè. Si nou jwenn li, nou di l ou ap chèche l e nou ba l mesaj ou.',
  'inicio.decide.title': 'Moun yo jwenn nan ki deside',
  'inicio.decide':
    'Se li ki chwazi si l vle pataje enfòmasyon kontak li avè w, voye yon mesaj sèlman, oswa anyen. Nou respekte desizyon li: si l pa vle yo kontakte l, n ap di w rechèch la fini, san plis detay.',
  'inicio.necesita.title': 'Sa w ap bezwen',
  'inicio.necesita.quien': 'non moun nan epi, si ou konnen yo, RUN li ak ane nesans li apeprè',
  'inicio.necesita.donde': 'dènye komin kote ou te konn gen nouvèl li ak ane dènye kontak la',
  'inicio.necesita.mensaje': 'yon mesaj pou li',
  'inicio.ingresar': 'Demann lan fèt ak ClaveÚnica oswa ak kont Comisaría Virtual ou.',
  'inicio.comenzar': 'Kòmanse',
  'peligro.title': 'Èske ou panse moun nan ka an danje oswa disparèt kont volonte l?',
  'peligro.hint':
    'Pa egzanp: li te soti e li pa t retounen, li pa reponn depi kèk tan e sa pa abitye rive, oswa ou pè yon bagay rive l.',
  'peligro.si': 'Wi',
  'peligro.no': 'Non',
  'peligro.continuar': 'Kontinye',
  'peligro.atras': 'Retounen',
  'urgente.title': 'Fè yon denonsyasyon presunta desgracia (moun disparèt) jodi a',
  'urgente.lead':
    'Si ou panse moun nan ka an danje oswa disparèt kont volonte l, se pa yon rejwenn fanmi: se yon presunta desgracia, e rechèch la kòmanse touswit.',
  'urgente.espera': 'Pa gen pou tann 24 ni 48 èdtan. Ou ka fè l depi ou remake l pa la.',
  'urgente.como.title': 'Kijan pou fè l',
  'urgente.presencial': 'An pèsòn, nan nenpòt komisarya, sou-komisarya oswa tenencia Carabineros.',
  'urgente.telefono': 'Lè w rele 133 Carabineros, nenpòt lè.',
  'urgente.pdi': 'Ou ka rele 134 Lapolis Envestigasyon (PDI) tou.',
  'urgente.llevar':
    'Si w kapab, pote yon foto resan, RUN li, kijan l te abiye ak ki kote ak ki lè ou te wè l dènye fwa.',
  'urgente.llamar133': 'Rele 133',
  'urgente.llamar134': 'Rele 134 (PDI)',
  'urgente.otra': 'Si ou te fè erè e ou jis pèdi kontak ak fanmi ou, ou ka retounen epi reponn «Non».',
}
