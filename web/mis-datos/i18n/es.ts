/**
 * Spanish words of "Mis datos" (`/mis-datos`) and of what its other screens share: the names of
 * records, fields, states, reasons to keep and purposes. The reference for en.ts and ht.ts.
 */
export const messages = {
  'md.title': 'Mis datos',
  'md.lead':
    'Aquí está todo lo que la Comisaría Virtual guarda sobre usted, hasta cuándo lo guarda y qué funcionarios lo han consultado. Puede descargarlo, pedir que se corrija o pedir que se suprima.',
  'md.loading': 'Cargando sus datos…',
  'md.failed': 'No se pudieron cargar sus datos. Compruebe su conexión e inténtelo de nuevo.',
  'md.offline': 'Sus datos no se pueden mostrar sin conexión.',
  'md.staff': 'Usted ingresó como funcionario. Esta página es para las personas que usan los trámites.',
  'md.staffLink': 'Ir al área de funcionarios',
  'md.contents': 'En esta página',
  'md.generado': 'Datos al {fecha}.',

  'md.cuenta.title': 'Sus datos de cuenta',
  'md.cuenta.nombre': 'Nombre',
  'md.cuenta.run': 'RUN',
  'md.cuenta.sinRun': 'Sin RUN',
  'md.cuenta.verificado': 'RUN comprobado con',
  'md.cuenta.verificado.claveunica': 'ClaveÚnica (Registro Civil)',
  'md.cuenta.verificado.self': 'Declarado por usted al registrarse',
  'md.cuenta.verificado.none': 'No comprobado',
  'md.cuenta.email': 'Correo electrónico',
  'md.cuenta.telefono': 'Teléfono',
  'md.cuenta.creada': 'Cuenta creada el',
  'md.cuenta.ultimoIngreso': 'Último ingreso',
  'md.vacio': 'No indicado',

  'md.registros.title': 'Lo que guardamos sobre usted',
  'md.registros.lead':
    'Cada registro, trámite por trámite, con sus datos, hasta cuándo se conserva y si se puede suprimir.',
  'md.registros.empty': 'No hay otros registros suyos.',
  'md.registro.creado': 'Creado el {fecha}',
  'md.registro.estado': 'Estado: {estado}',
  'md.registro.hasta': 'Se conserva hasta el {fecha}.',
  'md.registro.mientras': 'Se conserva mientras use su cuenta.',
  'md.registro.alResponder': 'Su plazo de conservación empieza a correr cuando se responda.',
  'md.registro.suprimible': 'Puede pedir que se suprima.',
  'md.registro.corregible': 'Puede pedir que se corrija: {campos}.',

  'md.servicio.cuenta': 'Su cuenta',
  'md.servicio.solicitudes': 'Sus solicitudes sobre sus datos',

  'md.tipo.cuenta': 'Cuenta de la Comisaría Virtual',
  'md.tipo.certificado': 'Constancia',
  'md.tipo.constancia_voto': 'Constancia de votación',
  'md.tipo.aviso_legal': 'Aviso legal aceptado',
  'md.tipo.permiso': 'Permiso de desplazamiento',
  'md.tipo.permiso_rechazado': 'Permiso no emitido por la respuesta de un registro',
  'md.tipo.solicitud_datos': 'Solicitud sobre sus datos',
  'md.tipo.persona': 'Sus datos personales (búsqueda por RUN)',
  'md.tipo.reclamo': 'Reclamo',
  'md.tipo.felicitacion': 'Felicitación',
  'md.tipo.denuncia': 'Denuncia',
  'md.tipo.reencuentro': 'Búsqueda de reencuentro familiar',
  'md.tipo.condolencia': 'Mensaje en el libro de condolencias',

  'md.campo.nombres': 'Nombres',
  'md.campo.apellidos': 'Apellidos',
  'md.campo.run': 'RUN',
  'md.campo.fechaNacimiento': 'Fecha de nacimiento',
  'md.campo.email': 'Correo electrónico',
  'md.campo.telefono': 'Teléfono',
  'md.campo.motivoRechazo': 'Motivo del rechazo',
  'md.campo.comuna': 'Comuna',
  'md.campo.destino': 'Destino',
  'md.campo.campo': 'Dato',
  'md.campo.tipoSolicitud': 'Tipo de solicitud',
  'md.campo.valorSolicitado': 'Valor pedido',
  'md.campo.explicacion': 'Su explicación',
  'md.campo.respuesta': 'Respuesta',
  'md.campo.mensaje': 'Mensaje',
  'md.campo.firma': 'Firmado como',

  'md.valor.rectificacion': 'Corrección',
  'md.valor.supresion': 'Supresión',

  'md.estado.pendiente': 'Pendiente',
  'md.estado.rechazada': 'Rechazada',
  'md.estado.vencida': 'Vencida',
  'md.estado.rechazado': 'Rechazado',
  'md.estado.acogida': 'Acogida',
  'md.estado.resuelta': 'Resuelta',

  'md.motivo.constancia_decidida':
    'No se puede suprimir todavía: la constancia ya fue validada o rechazada y es la prueba ante el Juzgado de Policía Local.',
  'md.motivo.permiso_en_plazo':
    'No se puede suprimir todavía: un permiso se conserva después de terminar, para responder a un control o a un reclamo.',
  'md.motivo.rechazo_en_plazo':
    'No se puede suprimir todavía: el rechazo se conserva para que usted pueda reclamar de él.',
  'md.motivo.cuenta_con_registros':
    'Su cuenta no se puede suprimir mientras tenga registros que deban conservarse.',
  'md.motivo.solicitud_en_curso':
    'No se puede suprimir mientras la solicitud esté en curso: primero debe responderse.',
  'md.motivo.hasta': 'Podrá suprimirse desde el {fecha}.',
  'md.motivo.busqueda_en_plazo':
    'No se puede suprimir todavía: una búsqueda se conserva mientras se tramita y cinco años después de concluida.',
  'md.motivo.certificado_en_plazo':
    'No se puede suprimir todavía: una constancia se conserva cinco años desde su emisión, el plazo en que un tribunal puede pedirla.',
  'md.motivo.caso_en_plazo':
    'No se puede suprimir todavía: un reclamo se conserva mientras se tramita y cinco años después de cerrado, el plazo en que puede consultarse por él.',

  'md.accesos.title': 'Quién vio mis datos',
  'md.accesos.lead':
    'Cada vez que un funcionario de Carabineros consulta sus datos queda registrado: quién, de qué unidad, qué registro y para qué.',
  'md.accesos.reservada':
    'Una consulta hecha para una investigación reservada se muestra aquí 40 días después (Código Procesal Penal, art. 182).',
  'md.accesos.empty': 'Ningún funcionario ha consultado sus datos.',
  'md.accesos.caption': 'Consultas de funcionarios a sus datos, de la más reciente a la más antigua',
  'md.accesos.fecha': 'Fecha',
  'md.accesos.funcionario': 'Funcionario',
  'md.accesos.unidad': 'Unidad',
  'md.accesos.registro': 'Registro',
  'md.accesos.finalidad': 'Para qué',
  'md.accesos.sinUnidad': 'Sin unidad',

  'md.finalidad.validacion_constancia': 'Validar su constancia de votación',
  'md.finalidad.control_permiso': 'Revisar un permiso de desplazamiento',
  'md.finalidad.fiscalizacion': 'Fiscalización',
  'md.finalidad.requerimiento_fiscalia': 'Requerimiento de una fiscalía',
  'md.finalidad.requerimiento_tribunal': 'Requerimiento de un tribunal',
  'md.finalidad.reclamo_ciudadano': 'Atender un reclamo',
  'md.finalidad.investigacion_reservada': 'Investigación reservada',
  'md.finalidad.atencion_derechos': 'Atender una solicitud suya sobre sus datos',
  'md.finalidad.atencion_tramite': 'Atender su trámite',
  'md.finalidad.busqueda_reencuentro': 'Buscarle a pedido de un familiar (reencuentro familiar)',

  'md.acciones.title': 'Corregir o suprimir sus datos',
  'md.acciones.lead':
    'Tiene derecho a que se corrijan los datos inexactos y a que se supriman los que ya no deban conservarse. Le responderemos dentro del plazo que fija la ley.',
  'md.acciones.corregir': 'Pedir una corrección',
  'md.acciones.suprimir': 'Pedir la supresión de mis datos',
  'md.acciones.tramites': 'Sus solicitudes y sus respuestas aparecen en Mis trámites.',
  'md.acciones.sinCorregibles': 'Ninguno de sus datos se puede corregir desde aquí.',

  'md.descargas.title': 'Descargar sus datos',
  'md.descargas.lead':
    'Una copia de todo lo que aparece en esta página, para guardarla o llevarla a otro servicio (derecho a la portabilidad).',
  'md.descargas.json': 'Descargar mis datos (JSON)',
  'md.descargas.jsonHint': 'Un archivo que otros programas pueden leer.',
  'md.descargas.pdf': 'Descargar mis datos (PDF)',
  'md.descargas.pdfHint': 'Un documento para leer o imprimir.',

  'md.volver': 'Volver a Mis datos',
}

export type MisDatosKey = keyof typeof messages
export type MisDatosMessages = Record<MisDatosKey, string>
