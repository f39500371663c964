import type { VolverMessages } from './es.ts'

/** Haitian Creole words of the way back, loaded on demand. */
export const messages: VolverMessages = {
  'vol.title': 'Retounen ak kle resi ou',
  'vol.lead':
    'Ekri kle ou te resevwa lè ou te voye enfòmasyon an: ou ka li kesyon ekip la, reponn yo epi ajoute enfòmasyon.',
  'vol.memoria':
    'Kle a rete sèlman nan paj sa a pandan li louvri: li pa anrejistre sou aparèy sa a epi li pa nan adrès la.',
  'vol.clave': 'Kle resi',
  'vol.clave.hint': 'Sèt gwoup kat lèt ak chif. Lèt majiskil, miniskil, espas oswa tirè pa chanje anyen.',
  'vol.entrar': 'Wè enfòmasyon mwen',
  'vol.error.typo': 'Gen yon erè nan kle a: konpare chak gwoup ak sa ou te ekri',
  'vol.error.noEncontrada':
    'Nou pa jwenn enfòmasyon ak kle sa a. Si ou fèk voye l, eseye ankò nan yon minit.',
  'vol.error.red': 'Pa gen koneksyon. Eseye ankò.',
  'vol.buscando': 'N ap rezoud tès la epi chèche…',
  'vol.mesa': 'Moun ki resevwa l',
  'vol.dia': 'Voye',
  'vol.estado': 'Eta',
  'vol.estado.recibida': 'Resevwa: yo poko egzamine l',
  'vol.estado.en_curso': 'An kou: ekip la ap egzamine l',
  'vol.estado.cerrada': 'Fèmen',
  'vol.historia': 'Mesaj',
  'vol.historia.nada': 'Poko gen mesaj.',
  'vol.deMesa': 'Kesyon ekip la, {dia}',
  'vol.deUsted': 'Ou menm, {dia}',
  'vol.adjuntos': 'Fichye: {nombres}',
  'vol.noAbre': 'Nou pa t ka dechifre mesaj sa a.',
  'vol.responder': 'Reponn oswa ajoute enfòmasyon',
  'vol.texto': 'Repons ou oswa nouvo enfòmasyon',
  'vol.texto.hint': 'Pa ekri non ou ni detay se ou sèl ki ka konnen.',
  'vol.archivos': 'Foto oswa fichye (si ou vle)',
  'vol.enviar': 'Voye',
  'vol.error.texto': 'Ekri repons ou oswa mete yon fichye',
  'vol.enviado': 'Mesaj la voye.',
  'vol.salir': 'Fini epi efase kle a nan paj sa a',
  'vol.esperar': 'Tann fichye yo fin voye',
  'vol.sinClave': 'Ekip ki resevwa enfòmasyon ou pa ka resevwa mesaj kounye a. Eseye ankò pita.',
  'vol.enviando': 'N ap rezoud tès la epi voye…',
  'vol.otraMesa':
    'Enfòmasyon ou te pase bay yon lòt ekip pandan ou t ap ekri. Mesaj ou la toujou la: voye l ankò.',
}
