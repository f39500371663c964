import type { VolverMessages } from './es.ts'

/** English words of the way back, loaded on demand. */
export const messages: VolverMessages = {
  'vol.title': 'Come back with your receipt key',
  'vol.lead':
    'Type the key you got when you sent the information: you can read the team’s questions, answer them and add information.',
  'vol.memoria':
    'The key stays only in this page while it is open: it is not kept on this device and is not put in the address.',
  'vol.clave': 'Receipt key',
  'vol.clave.hint':
    'Seven groups of four letters and numbers. Capitals, small letters, spaces or dashes make no difference.',
  'vol.entrar': 'See my information',
  'vol.error.typo': 'The key has a typing mistake: compare each group with what you wrote down',
  'vol.error.noEncontrada':
    'We found no information with that key. If you sent it a moment ago, try again in a minute.',
  'vol.error.red': 'There is no connection. Try again.',
  'vol.buscando': 'Solving the check and looking…',
  'vol.mesa': 'Received by',
  'vol.dia': 'Sent',
  'vol.estado': 'State',
  'vol.estado.recibida': 'Received: not reviewed yet',
  'vol.estado.en_curso': 'In progress: the team is reviewing it',
  'vol.estado.cerrada': 'Closed',
  'vol.historia': 'Messages',
  'vol.historia.nada': 'No messages yet.',
  'vol.deMesa': 'Question from the team, {dia}',
  'vol.deUsted': 'You, {dia}',
  'vol.adjuntos': 'Files: {nombres}',
  'vol.noAbre': 'This message could not be decrypted.',
  'vol.responder': 'Answer or add information',
  'vol.texto': 'Your answer or new information',
  'vol.texto.hint': 'Do not write your name or details only you could know.',
  'vol.archivos': 'Photos or files (optional)',
  'vol.enviar': 'Send',
  'vol.error.texto': 'Write your answer or attach a file',
  'vol.enviado': 'Message sent.',
  'vol.salir': 'Finish and erase the key from this page',
  'vol.esperar': 'Wait until the files have finished sending',
  'vol.sinClave': 'The team that receives your information cannot take messages right now. Try again later.',
  'vol.enviando': 'Solving the check and sending…',
  'vol.otraMesa':
    'Your information moved to another team while you were writing. Your message is still here: send it again.',
}
