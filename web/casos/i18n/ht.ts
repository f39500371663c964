import type { CasoMessages } from './es.ts'

/** Haitian Creole words of a citizen's case, loaded on demand. */
export const messages: CasoMessages = {
  'caso.cargando': 'N ap chaje istwa demach ou a…',
  'caso.error': 'Nou pa t ka chaje istwa demach ou a. Eseye ankò pita.',
  'caso.pregunta.title': 'Carabineros bezwen plis enfòmasyon nan men ou',
  'caso.pregunta.fecha': 'Kesyon an poze {fecha}',
  'caso.responder.hint': 'Reponn ak pwòp mo pa ou. Si ou gen foto oswa dokiman ki ka ede, mete yo anba a.',
  'caso.responder.enviar': 'Voye repons lan',
  'caso.agregar.title': 'Ajoute enfòmasyon',
  'caso.agregar.lead':
    'Si ou sonje yon lòt bagay oswa ou jwenn yon dokiman, ajoute l isit la. Carabineros ap wè l ansanm ak demach ou a.',
  'caso.agregar.enviar': 'Ajoute enfòmasyon',
  'caso.archivos.label': 'Foto, dokiman oswa videyo (si ou vle)',
  'caso.archivosSubiendo': 'Tann fichye ou yo fin monte anvan ou voye.',
  'caso.hecho.title': 'Voye',
  'caso.hecho.respuesta': 'Nou resevwa repons ou. Y ap revize demach ou a ankò.',
  'caso.hecho.informacion': 'Nou resevwa enfòmasyon ou ajoute a.',
  'caso.enEspera':
    'Sa ou voye a rete sou aparèy sa a epi li poko rive: l ap voye pou kont li, yon sèl fwa, depi gen koneksyon.',
  'caso.conflicto.title': 'Nou pa t ka anrejistre sa ou voye a',
  'caso.conflicto':
    'Demach ou a chanje anvan sa ou voye a rive (pa egzanp, yo te deja reponn li oswa fèmen l). Anba a, ou wè kijan li ye kounye a. Si ou ka toujou, voye l ankò.',
  'caso.historia.title': 'Istwa',
  'caso.historia.pregunta': 'Kesyon Carabineros',
  'caso.historia.respuesta': 'Repons ou',
  'caso.historia.informacion': 'Enfòmasyon ou ajoute',
  'caso.historia.numeroAnterior': 'Nimewo demach anvan an: {numero}',
  'caso.historia.dondeAcudir': 'Ki kote pou ale: {texto}',
  'caso.quien.usted': 'Ou menm',
  'caso.quien.carabineros': 'Carabineros',
  'caso.quien.sistema': 'Sistèm',
}
