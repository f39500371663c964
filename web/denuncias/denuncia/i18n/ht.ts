import type { DenunciaMessages } from './es.ts'

/** Haitian Creole words of a denuncia's own pages and its list in "Mis trámites", loaded on demand. */
export const messages: DenunciaMessages = {
  'recibida.title': 'Denonsyasyon an voye',
  'recibida.numero': 'Nimewo dosye ou se',
  'siguiente.title': 'Sa k ap vini',
  'siguiente.revision': 'Anplwaye Comisaría Virtual ap revize denonsyasyon ou anvan {fecha}.',
  'siguiente.derivar':
    'Apre sa y ap voye l bay inite Carabineros ki kouvri adrès kay ou, ki pral voye l bay Fiscalía a.',
  'siguiente.correo':
    'Nou voye resi a ba ou pa imèl. W ap resevwa yon imèl chak fwa eta denonsyasyon ou chanje, epi ou ka swiv li isit la ak nan «Mis trámites».',
  'siguiente.numero': 'Kenbe nimewo a: w ap bezwen l si w mande pou denonsyasyon ou.',
  pdf: 'Telechaje resi a (PDF)',
  'denuncia.title': 'Denonsyasyon {numero}',
  'denuncia.numero': 'Nimewo dosye',
  'denuncia.tipo': 'Krim',
  'denuncia.cuando': 'Ki lè sa te pase',
  'denuncia.rango': 'Ant {desde} ak {hasta}',
  'denuncia.lugar': 'Ki kote sa te pase',
  'denuncia.denunciante': 'Moun ki denonse',
  'denuncia.recibida': 'Resevwa nan dat',
  'denuncia.estado': 'Eta',
  'estado.recibida': 'Resevwa',
  'estado.en_analisis': 'Y ap analize l',
  'estado.informacion_solicitada': 'Yo bezwen enfòmasyon',
  'estado.derivada': 'Voye bay inite a',
  'estado.enviada_fiscalia': 'Voye bay Fiscalía',
  'estado.cerrada': 'Fèmen',
  'noEncontrada.title': 'Nou pa jwenn denonsyasyon sa a',
  'noEncontrada.body': 'Verifye nimewo a. Ou ka wè sèlman denonsyasyon ou te fè.',
  'sinConexion.title': 'Pa gen koneksyon',
  'sinConexion.body': 'Denonsyasyon ou pa ka parèt san koneksyon.',
  'espera.title': 'Denonsyasyon ou sou aparèy sa a, l ap tann koneksyon',
  'espera.body':
    'L ap voye pou kont li, yon sèl fwa, depi koneksyon an tounen. Pa dekonekte jiskaske sa fèt. Lè l voye, w ap wè nimewo dosye a isit la.',
  'espera.rechazada': 'Yo pa t resevwa denonsyasyon an',
  'espera.noEsta': 'Pa gen okenn voye an atant ak idantifyan sa a sou aparèy sa a.',
  tramites: 'Wè tout demach ou yo',
  'lista.title': 'Denonsyasyon',
  'lista.loading': 'N ap chaje denonsyasyon ou yo…',
  'lista.failed': 'Nou pa t ka chaje denonsyasyon ou yo.',
  'lista.item': '{tipo} · {estado} · resevwa nan dat {fecha}',
}
