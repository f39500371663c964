/**
 * Spanish words of the public verification page (`/verificar`): the reference for en.ts and ht.ts.
 * They travel in the page's own chunk, never in the shell.
 */
export const messages = {
  'vf.title': 'Verificar un documento',
  'vf.lead':
    'Compruebe si una constancia emitida por la Comisaría Virtual es válida: escriba su código, o escanee el código QR del documento con la cámara de su teléfono.',
  'vf.code.hint':
    'El código de 10 letras y números impreso en el documento, por ejemplo WNDT7C4Z3T. También puede pegar el texto del código QR.',
  'vf.submit': 'Verificar',
  'vf.checking': 'Verificando…',
  'vf.malformed': 'El código debe tener 10 letras y números, por ejemplo WNDT7C4Z3T.',
  'vf.notFound': 'No existe un documento con ese código. Revise que esté bien escrito.',
  'vf.offline': 'No hay conexión: no se pudo consultar el documento. Intente de nuevo.',
  'vf.valid': 'VÁLIDO',
  'vf.invalid': 'NO VÁLIDO',
  'vf.valid.body': 'Este documento fue emitido por la Comisaría Virtual y está vigente.',
  'vf.invalid.body': 'No acepte este documento como prueba.',
  'vf.estado.validada': 'Validada',
  'vf.estado.pendiente': 'Pendiente: la constancia aún no ha sido validada por Carabineros',
  'vf.estado.rechazada': 'Rechazada por Carabineros',
  'vf.estado.vencida': 'Vencida: no se validó dentro del plazo',
  'vf.estado.depurada': 'Depurada: su plazo de conservación terminó',
  'vf.depurada': 'PLAZO DE CONSERVACIÓN TERMINADO',
  'vf.depurada.body':
    'Este documento fue emitido, pero su plazo de conservación terminó y sus datos personales fueron eliminados el {fecha}.',
  'vf.firma.ok': 'Firma digital comprobada en este dispositivo.',
  'vf.firma.bad_signature': 'La firma digital no corresponde: el documento fue alterado o no es auténtico.',
  'vf.firma.unknown_key': 'La firma no corresponde a ninguna clave de la Comisaría Virtual.',
  'vf.firma.malformed': 'El código QR no contiene un documento de la Comisaría Virtual.',
  'vf.firma.sinClaves':
    'No se pudieron obtener las claves para comprobar la firma. Conéctese a internet e intente de nuevo.',
  'vf.sinConexion':
    'Sin conexión: la firma es auténtica, pero no se pudo consultar si el documento sigue vigente.',
  'vf.tipo': 'Documento',
  'vf.tipo.constancia_voto': 'Constancia de votación (art. 139 bis, Ley 18.700)',
  'vf.tipo.denuncia': 'Comprobante de denuncia',
  'vf.denuncia.body':
    'La Comisaría Virtual recibió una denuncia con este número. Lo que dice y quién la hizo no se muestran aquí.',
  'vf.tipo.reclamo': 'Comprobante de reclamo',
  'vf.reclamo.body':
    'La Comisaría Virtual recibió un reclamo con este número. Lo que dice, quién lo hizo y sobre qué unidad no se muestran aquí.',
  'vf.estado.recibido': 'Recibido',
  'vf.estado.respondido': 'Respondido',
  'vf.estado.derivado': 'Derivado',
  'vf.recibidaAt': 'Recibida el',
  'vf.estado.recibida': 'Recibida',
  'vf.estado.en_analisis': 'En análisis',
  'vf.estado.informacion_solicitada': 'Se necesita información',
  'vf.estado.derivada': 'Derivada a la unidad',
  'vf.estado.enviada_fiscalia': 'Enviada a la Fiscalía',
  'vf.estado.cerrada': 'Cerrada',
  'vf.tipo.certificado': 'Constancia',
  'vf.certificado.body':
    'Esta constancia fue emitida por la Comisaría Virtual y no ha sido anulada. Registra lo que declaró su titular; no acredita los hechos.',
  'vf.estado.emitida': 'Emitida',
  'vf.estado.anulada': 'Anulada por Carabineros',
  'vf.emitidaAt': 'Emitida el',
  'vf.anuladaAt': 'Anulada el',
  'vf.codigo': 'Código',
  'vf.nombre': 'Titular',
  'vf.run': 'RUN',
  'vf.eleccion': 'Elección',
  'vf.validadaAt': 'Validada el',
  'vf.estado': 'Estado',
  'vf.otro': 'Verificar otro documento',
}

export type VerificarKey = keyof typeof messages
export type VerificarMessages = Record<VerificarKey, string>
