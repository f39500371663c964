/**
 * Spanish words of a permit's verification (web/verificar/permiso), on the public /verificar and
 * on the officers' screen: the reference for en.ts and ht.ts. They travel in the verifier's chunk.
 */
export const messages = {
  'vp.valido': 'VÁLIDO',
  'vp.valido.detalle':
    'Permiso vigente hasta el {fin}. Compare el nombre y el RUN con la cédula de identidad.',
  'vp.vencido': 'VENCIDO',
  'vp.vencido.detalle': 'Este permiso venció el {fin}. Ya no autoriza a desplazarse.',
  'vp.por_comenzar': 'AÚN NO VÁLIDO',
  'vp.por_comenzar.detalle': 'Este permiso es válido desde el {inicio}. Todavía no autoriza a desplazarse.',
  'vp.revocado': 'REVOCADO',
  'vp.revocado.detalle': 'Carabineros revocó este permiso. No autoriza a desplazarse.',
  'vp.falsificado': 'FALSIFICADO O ALTERADO',
  'vp.falsificado.bad_signature':
    'La firma digital no corresponde: el permiso fue alterado o no es auténtico. No lo acepte.',
  'vp.falsificado.unknown_key':
    'La firma no corresponde a ninguna clave de la Comisaría Virtual. No lo acepte.',
  'vp.falsificado.malformed': 'El código QR no contiene un documento de la Comisaría Virtual. No lo acepte.',
  'vp.sin_claves': 'NO SE PUDO COMPROBAR',
  'vp.sin_claves.detalle':
    'Este dispositivo no tiene las claves para comprobar la firma. Conéctese a internet e intente de nuevo.',
  'vp.otro_documento': 'NO ES UN PERMISO',
  'vp.otro_documento.detalle': 'Es otro documento de la Comisaría Virtual, no un permiso de desplazamiento.',
  'vp.sin_registro': 'SIN REGISTRO',
  'vp.sin_registro.detalle':
    'La firma es auténtica, pero el servidor no tiene registro de este permiso. No lo acepte.',
  'vp.depurado': 'PLAZO DE CONSERVACIÓN TERMINADO',
  'vp.depurado.detalle':
    'Este permiso fue emitido, pero su plazo de conservación terminó y sus datos personales fueron eliminados el {fecha}. No autoriza a desplazarse.',
  'vp.titular': 'Titular',
  'vp.run': 'RUN',
  'vp.permiso': 'Permiso',
  'vp.desde': 'Válido desde',
  'vp.hasta': 'Válido hasta',
  'vp.codigo': 'Código',
  'vp.servidor': 'Consultado con el servidor de la Comisaría Virtual a las {hora}: incluye las revocaciones.',
  'vp.consultando': 'Consultando al servidor si el permiso fue revocado…',
  'vp.offline.title': 'Sin conexión: solo se comprobó la firma',
  'vp.offline.body':
    'Esta respuesta se basa en la firma del permiso y en la hora de este dispositivo. Puede estar desactualizada: si el permiso fue revocado, aquí no se sabe. Vuelva a verificarlo cuando tenga conexión.',
  'vp.offline.ultimo': 'Este dispositivo se comunicó con el servidor por última vez el {fecha}.',
}

export type PermisoVerificacionKey = keyof typeof messages
export type PermisoVerificacionMessages = Record<PermisoVerificacionKey, string>
