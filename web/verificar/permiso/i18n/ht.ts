import type { PermisoVerificacionMessages } from './es.ts'

/** Haitian Creole words of a permit's verification, loaded on demand. */
export const messages: PermisoVerificacionMessages = {
  'vp.valido': 'VALAB',
  'vp.valido.detalle': 'Pèmi an valab jiska {fin}. Konpare non an ak RUN nan ak kat idantite a.',
  'vp.vencido': 'EKSPIRE',
  'vp.vencido.detalle': 'Pèmi sa a te ekspire {fin}. Li pa pèmèt deplase ankò.',
  'vp.por_comenzar': 'POKO VALAB',
  'vp.por_comenzar.detalle': 'Pèmi sa a valab apati {inicio}. Li poko pèmèt deplase.',
  'vp.revocado': 'ANILE',
  'vp.revocado.detalle': 'Carabineros anile pèmi sa a. Li pa pèmèt deplase.',
  'vp.falsificado': 'FO OSWA MODIFYE',
  'vp.falsificado.bad_signature':
    'Siyati dijital la pa koresponn: yo te modifye pèmi an oswa li pa otantik. Pa aksepte l.',
  'vp.falsificado.unknown_key': 'Siyati a pa koresponn ak okenn kle Comisaría Virtual. Pa aksepte l.',
  'vp.falsificado.malformed': 'Kòd QR la pa gen yon dokiman Comisaría Virtual. Pa aksepte l.',
  'vp.sin_claves': 'NOU PA T KA VERIFYE',
  'vp.sin_claves.detalle': 'Aparèy sa a pa gen kle pou verifye siyati a. Konekte ak entènèt epi eseye ankò.',
  'vp.otro_documento': 'SE PA YON PÈMI',
  'vp.otro_documento.detalle': 'Se yon lòt dokiman Comisaría Virtual, se pa yon pèmi deplasman.',
  'vp.sin_registro': 'PA GEN DOSYE',
  'vp.sin_registro.detalle': 'Siyati a otantik, men sèvè a pa gen dosye pèmi sa a. Pa aksepte l.',
  'vp.depurado': 'DELÈ KONSÈVASYON FINI',
  'vp.depurado.detalle':
    'Pèmi sa a te bay, men delè konsèvasyon li fini epi yo efase done pèsonèl li yo le {fecha}. Li pa otorize deplase.',
  'vp.titular': 'Titilè',
  'vp.run': 'RUN',
  'vp.permiso': 'Pèmi',
  'vp.desde': 'Valab depi',
  'vp.hasta': 'Valab jiska',
  'vp.codigo': 'Kòd',
  'vp.servidor': 'Verifye ak sèvè Comisaría Virtual la a {hora}: sa gen ladan anilasyon yo.',
  'vp.consultando': 'N ap mande sèvè a si yo te anile pèmi an…',
  'vp.offline.title': 'Pa gen koneksyon: se siyati a sèlman ki verifye',
  'vp.offline.body':
    'Repons sa a baze sou siyati pèmi an ak lè aparèy sa a. Li ka pa ajou: si yo te anile pèmi an, aparèy sa a pa ka konnen. Verifye l ankò lè w gen koneksyon.',
  'vp.offline.ultimo': 'Dènye fwa aparèy sa a te pale ak sèvè a se te {fecha}.',
}
