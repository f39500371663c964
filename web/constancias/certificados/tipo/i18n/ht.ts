import type { TipoMessages } from './es.ts'

/** Haitian Creole words of a constancia's own page. */
export const messages: TipoMessages = {
  'regimen_visitas.para':
    'Li konstate ke, jou ak lè tribinal fanmi an te fikse a, yo pa t respekte règ vizit la (relasyon dirèk e regilye): pa egzanp, lòt pati a pa t vini oswa li pa t remèt pitit la. Li sèvi kòm prèv devan tribinal la. W ap bezwen non tribinal la ak RIT dosye a.',
  'regimen_visitas.no':
    'Si yon timoun an danje, oswa yo pa t remèt li epi w pè pou sekirite l, rele 133. Konstans lan pa fòse moun respekte règ la: pou sa, ale nan tribinal fanmi ki te fikse l la.',
  'extravio_documentos.para':
    'Li konstate dokiman ou pèdi yo, ak nimewo yo lè w konnen l, ak ki kote e ki lè ou pèdi yo. Bank, enstitisyon ak patwon mande l pandan w ap jwenn yon lòt.',
  'extravio_documentos.no': 'Si yo te vòlè yo, yo pa t pèdi: fè yon denonsyasyon.',
  'extravio_celular.para':
    'Li konstate ke ou pèdi telefòn selilè w, ak IMEI li, pou w mande konpayi w la bloke l. W ap bezwen IMEI a: 15 chif ki sou bwat la, fakti a oswa kontra a.',
  'extravio_celular.no':
    'Si yo te vòlè l (ak vyolans, pa sipriz oswa san w pa remake), li pa t pèdi: fè yon denonsyasyon.',
  'placa_patente.para':
    'Li konstate ke yon plak machin ou a pèdi, yo vòlè l oswa li abime, pou w mande yon lòt kopi nan Rejis Sivil. Se pou mèt machin nan.',
  'placa_patente.no': 'Si yo vòlè tout machin nan, se pa konstans sa a: rele 133 oswa fè yon denonsyasyon.',
  'pension_alimentos.para':
    'Li konstate ke moun ki dwe peye pansyon alimantè tribinal fanmi an fikse a pa t peye l, nan mwa yo ak pou montan ou bay la. Se pou moun ki resevwa pansyon an oswa moun ki gen timoun nan anba swen l. W ap bezwen non tribinal la ak RIT dosye a.',
  'pension_alimentos.no':
    'Konstans lan pa kolekte dèt la: pou mande kalkil li, retni peman yo oswa arestasyon lannwit moun ki dwe a, ale nan tribinal fanmi an.',
  'abandono_hogar.para':
    'Li konstate ke yon manm kay la ale pa pwòp volonte l, depi ki lè, ak kiyès ki toujou rete nan kay la. Se pou yon lòt manm kay la.',
  'abandono_hogar.no':
    'Si w pa konnen kote moun nan ye oswa w pè yon bagay rive l, se pa yon abandon kay men yon moun ki disparèt: ale touswit nan nenpòt inite Carabineros oswa rele 133, san w pa tann 24 èdtan. Si te gen vyolans, rele 149 (Fono Familia).',
  'fines_laborales.para':
    'Li konstate lòt pati yon relasyon travay pa respekte angajman l: pa egzanp, yo pa t kite w antre nan travay ou, oswa travayè a sispann vini. Se pou patwon an oswa travayè a. W ap bezwen RUT ak non lòt pati a.',
  'fines_laborales.no':
    'Li pa ranplase yon plent devan Enspeksyon Travay la. Si yo te atake w oswa vòlè w nan travay, fè yon denonsyasyon.',
  'bomberos_lesionados.para':
    'Li konstate ke yon ponpye te blese nan yon zak sèvis (yon dife, yon sovtaj oswa yon lòt ijans), pou reklamasyon dedomajman devan Komisyon Mache Finansye a (CMF). Se pou ponpye a oswa konpayi l.',
  'bomberos_lesionados.no':
    'Si ponpye a bezwen swen, swen sante a an premye. Si yon moun te atake l, fè yon denonsyasyon tou.',
  'permanencia_definitiva.para':
    'Li konstate ke ou pèdi sètifika rezidans definitif ou nan Chili, pou w mande Sèvis Nasyonal Migrasyon an yon lòt. W ap bezwen nimewo ak dat sètifika a.',
  'permanencia_definitiva.no':
    'Si yo te vòlè l, fè yon denonsyasyon. Si w pèdi kat idantite pou etranje w, chwazi «Dokiman ki pèdi».',
  'tipo.back': 'Konstans',
  'tipo.para.title': 'Pou kisa li sèvi',
  'tipo.no.title': 'Kilè se pa konstans sa a',
  'tipo.denuncia': 'Fè yon denonsyasyon',
  'tipo.como.title': 'Kijan pou jwenn li',
  'tipo.como':
    'Reponn kèk kesyon, youn pa paj, epi verifye repons ou yo. Konstans lan soti touswit, ak nimewo li ak yon PDF siyen nenpòt moun ka verifye; li rive nan imèl ou tou epi li parèt nan «Demach mwen yo».',
  'tipo.declaracion':
    'Nan fen an w ap deklare sa w enfòme a vre: bay fo enfòmasyon oswa enfòmasyon ki pa egzak se yon krim Atik 210 Kòd Penal Chili a pini.',
  'tipo.ingresar': 'Pou jwenn yon konstans, konekte ak ClaveÚnica oswa ak kont Comisaría Virtual ou.',
  'tipo.cuenta': 'Konekte',
  'tipo.signedIn': 'Ou konekte kòm {name}.',
  'tipo.start': 'Kòmanse',
  'tipo.staff':
    'Chak sitwayen mande konstans li ak pwòp kont li. Dekonekte sesyon fonksyonè w la pou w mande youn.',
}
