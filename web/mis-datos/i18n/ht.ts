import type { MisDatosMessages } from './es.ts'

/** Haitian Creole words of "Mis datos", loaded on demand. */
export const messages: MisDatosMessages = {
  'md.title': 'Done mwen yo',
  'md.lead':
    'Men tout sa Comisaría Virtual kenbe sou ou, jiska ki lè li kenbe yo ak ki ajan ki te gade yo. Ou ka telechaje yo, mande pou yo korije yo oswa mande pou yo efase yo.',
  'md.loading': 'N ap chaje done ou yo…',
  'md.failed': 'Nou pa t ka chaje done ou yo. Verifye koneksyon ou epi eseye ankò.',
  'md.offline': 'Nou pa ka montre done ou yo san koneksyon.',
  'md.staff': 'Ou konekte kòm anplwaye. Paj sa a se pou moun k ap itilize demach yo.',
  'md.staffLink': 'Ale nan espas anplwaye yo',
  'md.contents': 'Sou paj sa a',
  'md.generado': 'Done yo jan yo te ye le {fecha}.',

  'md.cuenta.title': 'Enfòmasyon kont ou',
  'md.cuenta.nombre': 'Non',
  'md.cuenta.run': 'RUN',
  'md.cuenta.sinRun': 'San RUN',
  'md.cuenta.verificado': 'RUN verifye ak',
  'md.cuenta.verificado.claveunica': 'ClaveÚnica (Rejis Sivil)',
  'md.cuenta.verificado.self': 'Ou te deklare l lè ou te enskri',
  'md.cuenta.verificado.none': 'Pa verifye',
  'md.cuenta.email': 'Adrès imèl',
  'md.cuenta.telefono': 'Telefòn',
  'md.cuenta.creada': 'Kont kreye le',
  'md.cuenta.ultimoIngreso': 'Dènye koneksyon',
  'md.vacio': 'Pa bay',

  'md.registros.title': 'Sa nou kenbe sou ou',
  'md.registros.lead':
    'Chak dosye, demach pa demach, ak done li yo, jiska ki lè yo kenbe l ak si yo ka efase l.',
  'md.registros.empty': 'Pa gen lòt dosye sou ou.',
  'md.registro.creado': 'Kreye le {fecha}',
  'md.registro.estado': 'Eta: {estado}',
  'md.registro.hasta': 'Yo kenbe l jiska {fecha}.',
  'md.registro.mientras': 'Yo kenbe l toutotan w ap itilize kont ou.',
  'md.registro.alResponder': 'Delè konsèvasyon li kòmanse lè yo reponn li.',
  'md.registro.suprimible': 'Ou ka mande pou yo efase l.',
  'md.registro.corregible': 'Ou ka mande pou yo korije: {campos}.',

  'md.servicio.cuenta': 'Kont ou',
  'md.servicio.solicitudes': 'Demann ou yo sou done ou yo',

  'md.tipo.cuenta': 'Kont Comisaría Virtual',
  'md.tipo.certificado': 'Konstans',
  'md.tipo.constancia_voto': 'Konstans vòt',
  'md.tipo.aviso_legal': 'Avi legal ou te aksepte',
  'md.tipo.permiso': 'Pèmi deplasman',
  'md.tipo.permiso_rechazado': 'Pèmi yo pa t bay akoz repons yon rejis',
  'md.tipo.solicitud_datos': 'Demann sou done ou yo',
  'md.tipo.persona': 'Done pèsonèl ou (rechèch pa RUN)',
  'md.tipo.reclamo': 'Plent',
  'md.tipo.felicitacion': 'Felisitasyon',
  'md.tipo.denuncia': 'Denonsyasyon',
  'md.tipo.reencuentro': 'Rechèch pou rejwenn fanmi',
  'md.tipo.condolencia': 'Mesaj nan liv kondoleyans lan',

  'md.campo.nombres': 'Non',
  'md.campo.apellidos': 'Siyati',
  'md.campo.run': 'RUN',
  'md.campo.fechaNacimiento': 'Dat nesans',
  'md.campo.email': 'Adrès imèl',
  'md.campo.telefono': 'Telefòn',
  'md.campo.motivoRechazo': 'Rezon refi a',
  'md.campo.comuna': 'Komin',
  'md.campo.destino': 'Destinasyon',
  'md.campo.campo': 'Done',
  'md.campo.tipoSolicitud': 'Kalite demann',
  'md.campo.valorSolicitado': 'Valè ou mande a',
  'md.campo.explicacion': 'Eksplikasyon ou',
  'md.campo.respuesta': 'Repons',
  'md.campo.mensaje': 'Mesaj',
  'md.campo.firma': 'Siyen kòm',

  'md.valor.rectificacion': 'Koreksyon',
  'md.valor.supresion': 'Efasman',

  'md.estado.pendiente': 'Ap tann',
  'md.estado.rechazada': 'Refize',
  'md.estado.vencida': 'Ekspire',
  'md.estado.rechazado': 'Refize',
  'md.estado.acogida': 'Aksepte',
  'md.estado.resuelta': 'Rezoud',

  'md.motivo.constancia_decidida':
    'Yo poko ka efase l: konstans lan te deja valide oswa refize, epi se prèv la devan Tribinal Lapolis Lokal la.',
  'md.motivo.permiso_en_plazo':
    'Yo poko ka efase l: yo kenbe yon pèmi apre li fini, pou reponn yon kontwòl oswa yon plent.',
  'md.motivo.rechazo_en_plazo': 'Yo poko ka efase l: yo kenbe refi a pou ou ka fè plent sou li.',
  'md.motivo.cuenta_con_registros': 'Yo pa ka efase kont ou toutotan li gen dosye yo dwe kenbe.',
  'md.motivo.solicitud_en_curso': 'Yo pa ka efase l toutotan demann lan poko fini: fòk yo reponn li anvan.',
  'md.motivo.hasta': 'Yo ka efase l apati {fecha}.',
  'md.motivo.busqueda_en_plazo':
    'Li poko ka efase: yo kenbe yon rechèch pandan l ap fèt ak senk an apre li fini.',
  'md.motivo.certificado_en_plazo':
    'Li poko ka efase: yo kenbe yon konstans senk an depi li soti, tan yon tribinal ka mande l.',
  'md.motivo.caso_en_plazo':
    'Li poko ka efase: yo kenbe yon plent pandan y ap trete l ak senk an apre yo fèmen l, tan moun ka mande pou li.',

  'md.accesos.title': 'Kiyès ki wè done mwen yo',
  'md.accesos.lead':
    'Chak fwa yon ajan Carabineros gade done ou yo, sa anrejistre: kiyès, nan ki inite, ki dosye ak pou kisa.',
  'md.accesos.reservada':
    'Yon konsiltasyon pou yon ankèt konfidansyèl parèt isit la 40 jou apre (Kòd Pwosedi Penal, atik 182).',
  'md.accesos.empty': 'Okenn ajan pa t gade done ou yo.',
  'md.accesos.caption': 'Ajan ki te gade done ou yo, sa ki pi resan an anvan',
  'md.accesos.fecha': 'Dat',
  'md.accesos.funcionario': 'Ajan',
  'md.accesos.unidad': 'Inite',
  'md.accesos.registro': 'Dosye',
  'md.accesos.finalidad': 'Pou kisa',
  'md.accesos.sinUnidad': 'San inite',

  'md.finalidad.validacion_constancia': 'Pou valide konstans vòt ou',
  'md.finalidad.control_permiso': 'Pou verifye yon pèmi deplasman',
  'md.finalidad.fiscalizacion': 'Enspeksyon',
  'md.finalidad.requerimiento_fiscalia': 'Demann yon pwokirè',
  'md.finalidad.requerimiento_tribunal': 'Demann yon tribinal',
  'md.finalidad.reclamo_ciudadano': 'Pou trete yon plent',
  'md.finalidad.investigacion_reservada': 'Ankèt konfidansyèl',
  'md.finalidad.atencion_derechos': 'Pou trete demann ou sou done ou yo',
  'md.finalidad.atencion_tramite': 'Pou trete demann ou',
  'md.finalidad.busqueda_reencuentro': 'Pou chèche ou lè yon fanmi mande sa (rejwenn fanmi)',

  'md.acciones.title': 'Korije oswa efase done ou yo',
  'md.acciones.lead':
    'Ou gen dwa pou yo korije done ki pa egzak epi pou yo efase done yo pa bezwen kenbe ankò. N ap reponn ou nan delè lalwa bay la.',
  'md.acciones.corregir': 'Mande yon koreksyon',
  'md.acciones.suprimir': 'Mande pou yo efase done mwen yo',
  'md.acciones.tramites': 'Demann ou yo ak repons yo parèt nan Demach mwen yo.',
  'md.acciones.sinCorregibles': 'Ou pa ka korije okenn nan done ou yo isit la.',

  'md.descargas.title': 'Telechaje done ou yo',
  'md.descargas.lead':
    'Yon kopi tout sa ki sou paj sa a, pou kenbe l oswa pou pote l bay yon lòt sèvis (dwa pou pote done ou yo).',
  'md.descargas.json': 'Telechaje done mwen yo (JSON)',
  'md.descargas.jsonHint': 'Yon fichye lòt pwogram ka li.',
  'md.descargas.pdf': 'Telechaje done mwen yo (PDF)',
  'md.descargas.pdfHint': 'Yon dokiman pou li oswa enprime.',

  'md.volver': 'Retounen nan Done mwen yo',
}
