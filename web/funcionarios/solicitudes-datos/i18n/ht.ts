import type { SolicitudesDatosMessages } from './es.ts'

/** Haitian Creole words of the staff screens for requests about personal data, loaded on demand. */
export const messages: SolicitudesDatosMessages = {
  'sd.menu.title': 'Done pèsonèl',
  'sd.menu.cola': 'Demann sou done',
  'sd.menu.cola.hint': 'Koreksyon moun yo mande nan done yo. Yo reponn nan {dias} jou kalandriye.',
  'sd.back': 'Retounen nan espas anplwaye yo',
  'sd.volver': 'Retounen nan demann sou done yo',

  'sd.cola.title': 'Demann sou done',
  'sd.cola.forbidden': 'Se moun ki gen «Reponn demann sou done» sèlman ki okipe demann sou done yo.',
  'sd.cola.lead':
    'Moun yo mande nan «Done mwen» pou yo korije yon done sou yo. Lalwa bay {dias} jou kalandriye pou reponn; sa ki an reta yo vini anvan.',
  'sd.cola.pendientes': 'Pou reponn ({n})',
  'sd.cola.respondidas': 'Reponn deja',
  'sd.cola.vacia': 'Pa gen demann pou reponn.',
  'sd.cola.cargando': 'N ap chaje demann yo…',
  'sd.cola.error': 'Nou pa t ka jwenn demann yo. Verifye koneksyon w epi eseye ankò.',
  'sd.cola.abrir': 'Demann {code}',

  'sd.col.numero': 'Nimewo',
  'sd.col.tipo': 'Kalite',
  'sd.col.dato': 'Done',
  'sd.col.registro': 'Dosye',
  'sd.col.recibida': 'Resevwa',
  'sd.col.vence': 'Dat limit pou reponn',
  'sd.col.estado': 'Eta',

  'sd.tipo.rectificacion': 'Koreksyon',
  'sd.tipo.supresion': 'Efase',
  'sd.estado.pendiente': 'Pou reponn',
  'sd.estado.acogida': 'Aksepte',
  'sd.estado.rechazada': 'Refize',
  'sd.estado.resuelta': 'Regle',
  'sd.vencida': 'An reta',
  'sd.registro.cuenta': 'Kont sou pòtay la',
  'sd.registro.constancia_voto': 'Sètifika vòt',
  'sd.registro.permiso': 'Pèmi deplasman',
  'sd.campo.nombres': 'Prenon',
  'sd.campo.apellidos': 'Siyati',
  'sd.campo.email': 'Imèl',
  'sd.campo.telefono': 'Telefòn',
  'sd.campo.destino': 'Kote l prale',

  'sd.detalle.title': 'Demann {code}',
  'sd.detalle.registrada':
    'Konsiltasyon sa a anrejistre: moun nan ap wè nan «Kiyès ki wè done mwen» ke ou louvri demann li.',
  'sd.detalle.cargando': 'N ap chaje demann nan…',
  'sd.detalle.noExiste': 'Pa gen demann ak nimewo {code}.',
  'sd.detalle.error': 'Nou pa t ka jwenn demann nan. Verifye koneksyon w epi eseye ankò.',
  'sd.detalle.solicitante': 'Moun ki fè demann nan',
  'sd.detalle.valorActual': 'Valè kounye a',
  'sd.detalle.valorSolicitado': 'Valè yo mande a',
  'sd.detalle.explicacion': 'Eksplikasyon moun nan',
  'sd.detalle.sinExplicacion': 'Li pa bay eksplikasyon.',
  'sd.detalle.respuesta': 'Repons',
  'sd.detalle.vacio': '(vid)',

  'sd.responder.title': 'Reponn',
  'sd.responder.acoger': 'Aksepte',
  'sd.responder.acoger.hint': 'Done a korije touswit ak valè yo mande a.',
  'sd.responder.rechazar': 'Refize',
  'sd.responder.rechazar.hint': 'Done a rete jan li ye a.',
  'sd.responder.respuesta.hint':
    'Moun nan li l egzakteman jan ou ekri l, nan «Done mwen». Si ou refize, di poukisa epi di l li ka pote plent bay Ajans Pwoteksyon Done Pèsonèl la.',
  'sd.responder.enviar': 'Voye repons lan',
  'sd.responder.yaRespondida':
    'Yon lòt anplwaye deja reponn demann sa a. Retounen nan lis la pou wè repons li.',
  'sd.responder.hecho': 'Repons lan ale',
  'sd.responder.hecho.acogida': 'Demann {code} aksepte epi done a deja korije.',
  'sd.responder.hecho.rechazada': 'Demann {code} refize; done a pa chanje.',
}
