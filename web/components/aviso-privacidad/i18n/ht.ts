import type { AvisoMessages } from './es.ts'

/** Haitian Creole words of the privacy notices, loaded on demand. */
export const messages: AvisoMessages = {
  'av.title': 'Done pèsonèl ou',
  'av.more': 'Plis enfòmasyon sou done ou yo',
  'av.h.datos': 'Ki done yo pran',
  'av.h.finalidad': 'Pou kisa',
  'av.h.base': 'Ki baz legal',
  'av.h.plazo': 'Pou konbyen tan',
  'av.h.destinatarios': 'Kiyès ki resevwa yo',
  'av.h.derechos': 'Dwa ou yo',
  'av.responsable': 'Responsab tretman an: Carabineros de Chile, atravè Comisaría Virtual.',
  'av.derechos':
    'Ou gen dwa pou wè, korije, efase, opoze, pote ale ak bloke done ou yo (Lwa 19.628, jan Lwa 21.719 modifye l, atik 4).',
  'av.usar.misDatos': 'Ou ka wè, telechaje, korije oswa mande pou yo efase done ou yo nan',
  'av.misDatos': 'Done mwen yo',
  'av.usar.unidad':
    'Mesaj ou a pa mare ak yon kont: pou mande pou yo korije l oswa retire l, ale nan nenpòt inite Carabineros.',
  'av.reclamo':
    'Si ou panse yo pa trete done ou yo jan lalwa mande, ou ka pote plent bay Ajans Pwoteksyon Done Pèsonèl (Agencia de Protección de Datos Personales).',

  'av.constancia_voto.resumen':
    'Carabineros de Chile ap itilize non ou, RUN ou, dat nesans ou, imèl ou, telefòn ou ak komin kote ou vote pou bay konstans ou epi valide l nan yon inite; ou prezante l devan Tribinal Lapolis Lokal la. Yo kenbe yo {anos} ane apre eleksyon an.',
  'av.constancia_voto.datos':
    'Sa ki soti nan Rejis Sivil ak SERVEL (non, RUN, komin ak biwo vòt), sa ou ekri (dat nesans, imèl ak telefòn) epi, lè yo valide l, dokiman idantite ou montre a ak distans ak biwo vòt ou.',
  'av.constancia_voto.finalidad':
    'Pwouve ke jou eleksyon an ou te a plis pase 200 km de biwo vòt ou, epi konte konstans yo pa rejyon ak pa lè.',
  'av.constancia_voto.base':
    'Lwa 18.700, atik 139 bis, ak fonksyon piblik Carabineros (Lwa 18.961). Yo pa bezwen konsantman ou.',
  'av.constancia_voto.plazo':
    'Valide oswa refize: {anos} ane apre eleksyon an. Si yo pa janm valide l: {dias} jou apre delè a fèmen. Apre sa, se sèlman kòd la, eleksyon an, komin lan ak eta a ki rete, san non ou ni RUN ou. Pandan w ap ranpli fòm nan ak sesyon w louvri, yo kenbe repons ou yo kòm bouyon nan kont ou jiskaske ou voye l oswa ou jete l, epi pou pi plis {borrador} jou apre dènye fwa yo te sove.',
  'av.constancia_voto.destinatarios':
    'Ajan Carabineros ki valide l yo. Dokiman an se pou Tribinal Lapolis Lokal la, kote ou prezante l; nenpòt moun ki gen kòd la ka verifye si li valab.',

  'av.permiso.resumen':
    'Carabineros de Chile ap itilize non ou, RUN ou, nimewo dokiman ou, komin lan ak destinasyon an pou bay pèmi ou, apre yo fin konsilte Rejis Sivil, otorite sante a ak Gendarmería. Yo kenbe pèmi a {meses} mwa apre li fini.',
  'av.permiso.datos':
    'Non ou ak RUN ou (ClaveÚnica), nimewo dokiman kat idantite ou, kalite pèmi a, komin lan, destinasyon an, jou a ak lè a, ak sa kalite pèmi sa a mande (pa egzanp, yon sant sante).',
  'av.permiso.finalidad':
    'Bay yon pèmi yo ka verifye nan yon kontwòl, respekte kantite pèmi pa semèn epi konte pèmi yo pa komin.',
  'av.permiso.base': 'Kòd Sante a ak dekrè alèt sante yo, ak fonksyon piblik Carabineros (Lwa 18.961).',
  'av.permiso.plazo':
    'Pèmi a: {meses} mwa apre li fini; apre sa, se sèlman kòd la, kalite a, komin lan ak dat yo ki rete. Si yon rejis anpeche yo bay li, yo kenbe refi a {rechazo} mwa. Pandan w ap ranpli fòm nan ak sesyon w louvri, yo kenbe repons ou yo kòm bouyon nan kont ou jiskaske ou voye l oswa ou jete l, epi pou pi plis {borrador} jou apre dènye fwa yo te sove.',
  'av.permiso.destinatarios':
    'Yo konsilte Rejis Sivil (idantite ou ak kat ou), otorite sante a ak Gendarmería (restriksyon deplasman). Moun ki kontwole pèmi ou wè non ou ak yon pati nan RUN ou.',

  'av.certificado.resumen':
    'Carabineros de Chile ap itilize sa w deklare ak enfòmasyon w pou bay konstans siyen an, voye l ba ou epi pou moun ki resevwa l ka verifye l. Yo kenbe l {anos} an.',
  'av.certificado.datos':
    'Non w ak RUN ou (epi si ClaveÚnica te verifye yo), imèl nou voye l la, ak sa w deklare: dat, kote, dokiman, nimewo ak moun ou nonmen yo.',
  'av.certificado.finalidad':
    'Bay konstans lan, voye l ba ou, montre l nan «Demach mwen yo», pèmèt yo verifye l epi Carabineros anile l si sa nesesè, epi konte konstans yo pa kalite ak komin.',
  'av.certificado.base':
    'Fonksyon piblik Carabineros (Lwa 18.961), ki gen ladan l anrejistre sa moun deklare devan enstitisyon an.',
  'av.certificado.plazo':
    'Konstans lan: {anos} an depi li soti, tan pou yo ka pousuiv yon fo deklarasyon (atik 210 Kòd Penal la); apre sa se sèlman nimewo l, kalite l, dat li ak komin li ki rete.',
  'av.certificado.destinatarios':
    'Anplwaye Carabineros ki konsilte l oswa anile l, ak moun ou ba li. Moun ki gen nimewo l oswa kòd QR li wè sèlman kalite konstans lan, dat la, non w, RUN ou an pati kache epi si yo te anile l.',
  'av.denuncia.resumen':
    'Carabineros de Chile pral sèvi ak sa w rakonte, enfòmasyon ou ak enfòmasyon moun ou nonmen yo pou analize denonsyasyon ou, voye l bay inite ki kouvri adrès kay ou epi bay Fiscalía a. Yo kenbe l {anos} lane apre yo fèmen l.',
  'av.denuncia.datos':
    'Non ou ak RUN ou (ak si ClaveÚnica te verifye yo), imèl ou, telefòn ou ak komin kote w rete; ki lè ak ki kote krim nan te pase, sa w rakonte, sa yo te pran oswa kraze, ak moun ou nonmen kòm sispèk oswa temwen.',
  'av.denuncia.finalidad':
    'Resevwa epi analize denonsyasyon an, voye l bay bon inite polis la ak bon Fiscalía a, fè w konnen chak chanjman, epi konte denonsyasyon yo pa komin.',
  'av.denuncia.base':
    'Fonksyon piblik Carabineros (Lwa 18.961) ak Kòd Pwosedi Penal la, ki regle denonsyasyon (atik 173 ak swivan yo).',
  'av.denuncia.plazo':
    'Denonsyasyon an: {anos} lane depi yo fèmen l; apre sa se sèlman kalite krim nan, dat yo ak komin yo ki rete.',
  'av.denuncia.destinatarios':
    'Anplwaye Comisaría Virtual ak inite Carabineros ki kouvri adrès kay ou, ak Ministè Piblik la (Fiscalía), ki fè envestigasyon an. Moun ki gen nimewo a ka sèlman verifye denonsyasyon an egziste, dat li ak eta li.',

  'av.condolencia.resumen':
    'Mesaj ou ak siyati ou chwazi a (non konplè ou, oswa inisyal ou ak komin ou) ap pibliye nan liv kondoleyans lan apre yon revizyon, pou nenpòt moun wè. Yo kenbe yo pandan {anos} ane.',
  'av.condolencia.datos':
    'Kont ou (pou konnen ki moun ki ekri epi avèti w si mesaj la pa pibliye), siyati ou chwazi a, komin ou si ou siyen ak inisyal, mesaj ou ak dat yo resevwa l.',
  'av.condolencia.finalidad': 'Pibliye mesaj kondoleyans pou ajan Carabineros ki mouri nan sèvis.',
  'av.condolencia.base': 'Konsantman ou, lè ou voye mesaj la.',
  'av.condolencia.plazo': 'Pibliye: {anos} ane. Si yon moderatè kache l: {dias} jou.',
  'av.condolencia.destinatarios': 'Nenpòt moun ki vizite liv kondoleyans lan.',

  'av.cuenta.resumen':
    'Carabineros de Chile ap kenbe RUN ou, non ou, imèl ou ak modpas ou pou ou ka konekte epi wè demach ou yo. Yo kenbe kont lan jiska {anos} ane apre dènye koneksyon ou.',
  'av.cuenta.datos':
    'RUN ou, non ak siyati ou, adrès imèl ou ak modpas ou (yo kenbe l yon fason pèsonn pa ka li l), ak dat ou te kreye kont lan ak dat ou te konekte.',
  'av.cuenta.finalidad':
    'Idantifye ou lè ou konekte, fè ou konnen pa imèl rezilta demach ou yo epi pwoteje kont ou.',
  'av.cuenta.base': 'Demann ou pou kreye yon kont ak devwa sekirite sèvis la (Lwa 19.628, atik 3).',
  'av.cuenta.plazo':
    '{anos} ane apre dènye koneksyon ou, si ou pa gen dosye yo dwe kenbe ankò. Yo kenbe dosye sou kiyès ki te gade done ou yo {auditoria} ane.',
  'av.cuenta.destinatarios': 'Pèsonn andeyò Carabineros. Administratè pòtay la ka wè l pou ede ou.',

  'av.rectificacion.resumen':
    'Carabineros de Chile ap itilize done demann sa a (done a, valè ki kòrèk la ak eksplikasyon ou) pou reponn ou nan {dias} jou kalandriye. Yo kenbe demann lan ak repons li {anos} ane.',
  'av.rectificacion.datos':
    'Dosye a ak done ou mande pou korije a, valè ki kòrèk la, eksplikasyon ou ak repons lan.',
  'av.rectificacion.finalidad': 'Trete dwa ou pou fè korije done ou epi kenbe prèv repons lan.',
  'av.rectificacion.base':
    'Egzèsis dwa ou kòm moun done yo ye a (Lwa 19.628, jan Lwa 21.719 modifye l, atik 4 rive 11).',
  'av.rectificacion.plazo':
    '{anos} ane apre repons lan. Pandan w ap ranpli fòm nan ak sesyon w louvri, yo kenbe repons ou yo kòm bouyon nan kont ou jiskaske ou voye l oswa ou jete l, epi pou pi plis {borrador} jou apre dènye fwa yo te sove.',
  'av.rectificacion.destinatarios': 'Yon sipèvizè Carabineros, ki egzamine demann lan epi ki reponn ou.',
  'av.felicitacion.resumen':
    'Mesaj ou a rive nan inite ou te chwazi a epi, si ou nonmen l, bay ajan an. Non ou parèt sèlman si ou chwazi sa. Yo kenbe l {anos} lane.',
  'av.felicitacion.datos':
    'Inite a, non ak grad ajan ou bay la, mesaj ou, dat la, kont ou epi, sèlman si ou chwazi, non ou.',
  'av.felicitacion.finalidad':
    'Pou inite a ak ajan an li remèsiman an, pou ou wè sa ou te voye, epi pou konte felisitasyon yo pa inite ak pa rejyon.',
  'av.felicitacion.base': 'Fonksyon piblik Carabineros (Lwa 18.961), ki resevwa felisitasyon sitwayen yo.',
  'av.felicitacion.plazo': '{anos} lane apre ou voye l; bouyon an, {borrador} jou.',
  'av.felicitacion.destinatarios':
    'Ajan inite a ak chèf yo. Yo pa janm wè RUN ou ni imèl ou; non ou, sèlman si ou chwazi sa.',
}
