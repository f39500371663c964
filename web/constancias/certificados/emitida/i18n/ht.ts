import type { EmitidaMessages } from './es.ts'

/** Haitian Creole words of an issued constancia's page and of the constancias in My requests. */
export const messages: EmitidaMessages = {
  'emitida.title': 'Konstans lan soti',
  'emitida.numero': 'Nimewo konstans ou a se',
  'emitida.heading': 'Konstans {numero}',
  'emitida.correo': 'Nou voye l ba ou pa imèl tou, epi li nan «Demach mwen yo».',
  'emitida.tramites.nota': 'W ap jwenn li tou nan «Demach mwen yo».',
  'emitida.pdf': 'Telechaje konstans lan (PDF)',
  'emitida.guardada': 'Konstans lan rete sou aparèy sa a: ou ka louvri l menm san koneksyon.',
  'emitida.siguiente.title': 'Sa pou w fè kounye a',
  'emitida.verificar':
    'Moun ki resevwa l ka verifye l sou Comisaría Virtual ak nimewo li oswa ak kòd QR ki nan PDF la.',
  'emitida.otra': 'Mande yon lòt ki menm jan',
  'emitida.tramites': 'Wè demach mwen yo',
  'emitida.tipo': 'Kalite',
  'emitida.numeroLabel': 'Nimewo',
  'emitida.fecha': 'Soti',
  'emitida.estado': 'Eta',
  'emitida.vigente': 'Valab',
  'emitida.anulada': 'Anile',
  'emitida.anulada.aviso': 'Yo te anile konstans sa a {fecha}. Rezon: {motivo}',
  'emitida.fuente.dispositivo': 'Pa gen koneksyon: sa a se kopi ki rete sou aparèy sa a.',
  'emitida.cargando': 'N ap chaje konstans lan…',
  'emitida.noEncontrada.title': 'Nou pa jwenn konstans sa a',
  'emitida.noEncontrada.body':
    'Verifye nimewo a. Isit la ou ka wè sèlman pwòp konstans ou; konstans yon lòt moun verifye ak nimewo li oswa kòd QR li.',
  'emitida.verificarLink': 'Verifye yon konstans',
  'emitida.signin.title': 'Konekte pou w wè konstans ou',
  'emitida.signin.body': 'Ou wè konstans ou yo ak ClaveÚnica ou oswa ak kont Comisaría Virtual ou.',
  'emitida.signin.link': 'Konekte',
  'emitida.sinConexion.title': 'Pa gen koneksyon',
  'emitida.sinConexion.body': 'Konstans sa a pa sou aparèy sa a. Louvri l ankò lè koneksyon an tounen.',
  'regimen_visitas.siguiente':
    'Prezante konstans sa a nan tribinal fanmi ki te fikse règ la, nan dosye RIT ou te bay la.',
  'extravio_documentos.siguiente': 'Avèk konstans sa a, mande enstitisyon ki te bay dokiman an yon nouvo.',
  'extravio_documentos.siguiente.cedula':
    'Bloke kat idantite w nan Sèvis Rejis Sivil ak Idantifikasyon (www.registrocivil.cl oswa nenpòt biwo) pou pèsonn pa ka itilize l.',
  'extravio_celular.siguiente':
    'Mande konpayi telefòn ou a bloke aparèy la pa IMEI li, lè w montre konstans sa a.',
  'placa_patente.siguiente':
    'Avèk konstans sa a, mande yon lòt kopi plak la nan Sèvis Rejis Sivil ak Idantifikasyon.',
  'pension_alimentos.siguiente':
    'Prezante konstans sa a nan tribinal fanmi an, nan dosye RIT ou te bay la, lè w mande kalkil dèt la.',
  'abandono_hogar.siguiente':
    'Kenbe konstans sa a: li sèvi kòm prèv devan tribinal fanmi an (pa egzanp, nan yon dosye gad timoun, pansyon alimantè oswa divòs).',
  'fines_laborales.siguiente':
    'Prezante konstans sa a devan Enspeksyon Travay la oswa tribinal travay la, selon ka a.',
  'bomberos_lesionados.siguiente':
    'Prezante konstans sa a avèk reklamasyon w devan Komisyon Mache Finansye a (CMF), ki jere dedomajman ponpye ki blese nan sèvis.',
  'permanencia_definitiva.siguiente':
    'Avèk konstans sa a, mande Sèvis Nasyonal Migrasyon an (Servicio Nacional de Migraciones) yon nouvo sètifika.',
  'mine.title': 'Konstans',
  'mine.loading': 'N ap chaje konstans ou yo…',
  'mine.failed': 'Nou pa t ka chaje konstans ou yo. Eseye ankò pita.',
  'mine.item': '{tipo} · soti {fecha}',
  'mine.otra': 'Yon lòt ki menm jan',
  'mine.otra.de': 'ak konstans {numero}',
}
