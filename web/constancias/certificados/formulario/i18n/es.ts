/**
 * Spanish words of the constancias' one form: each question's label and hint by type and field id
 * (`<tipo>.<campo>`, or `campo.<campo>` where every type asks it alike), each option's
 * (`opcion.<campo>.<valor>`), the date and group parts, check your answers, the declaration, the
 * form's own checks, the waiting page. The reference for en.ts and ht.ts; they travel with the
 * form's chunk. A label names its field in every message, the server's too: short, a noun phrase.
 */
export const messages = {
  'campo.comuna': 'Comuna',
  'campo.comuna.hint': 'Donde ocurrió.',
  'campo.lugar': 'Lugar',
  'campo.lugar.hint':
    'Una dirección o una descripción del lugar, como «Metro Baquedano, andén dirección Los Dominicos».',
  'campo.tribunal': 'Tribunal de familia',
  'campo.tribunal.hint': 'Como aparece en la resolución, por ejemplo «Juzgado de Familia de Pudahuel».',
  'campo.rit': 'RIT de la causa',
  'campo.rit.hint':
    'El rol interno del tribunal, en la resolución: una letra, un número y el año, como C-1234-2024.',

  'regimen_visitas.contraparte_run': 'RUN de la otra parte (opcional)',
  'regimen_visitas.contraparte_run.hint':
    'De la madre, el padre u otra persona que debía cumplir la visita, si lo sabe.',
  'regimen_visitas.contraparte_nombre': 'Nombre de la otra parte',
  'regimen_visitas.contraparte_nombre.hint': 'Nombres y apellidos.',
  'regimen_visitas.programada': 'Día y hora de la visita',
  'regimen_visitas.programada.hint': 'Cuándo debía cumplirse la visita, según el régimen.',
  'regimen_visitas.lugar': 'Lugar de la entrega',
  'regimen_visitas.lugar.hint': 'Dónde debía entregarse al niño o niña: una dirección o una descripción.',
  'regimen_visitas.relato': 'Qué ocurrió',
  'regimen_visitas.relato.hint':
    'Por ejemplo: si la otra parte no llegó o no entregó al niño o niña, cuánto esperó y qué le dijeron.',

  'extravio_documentos.documentos': 'Documentos extraviados',
  'extravio_documentos.documentos.hint': 'Agregue cada documento que perdió.',
  'extravio_documentos.documentos.documento': 'Tipo del documento {n}',
  'extravio_documentos.documentos.numero': 'Número del documento {n} (opcional)',
  'extravio_documentos.documentos.numero.hint':
    'Está impreso en el documento; si no lo sabe, déjelo en blanco.',
  'extravio_documentos.documentos.descripcion': 'Descripción del documento {n} (opcional)',
  'extravio_documentos.documentos.descripcion.hint':
    'Para «Otro»: qué documento es, como «tarjeta de crédito».',
  'extravio_documentos.fecha': 'Fecha del extravío',
  'extravio_documentos.fecha.hint':
    'Si no la sabe con certeza, la última fecha en que recuerda haberlos tenido.',

  'extravio_celular.imei': 'IMEI del teléfono',
  'extravio_celular.imei.hint':
    '15 dígitos. Está en la caja, en la factura o en el contrato con la compañía.',
  'extravio_celular.marca': 'Marca del teléfono',
  'extravio_celular.marca.hint': 'Por ejemplo, Samsung.',
  'extravio_celular.modelo': 'Modelo del teléfono',
  'extravio_celular.modelo.hint': 'Por ejemplo, Galaxy A54.',
  'extravio_celular.numero': 'Número de teléfono',
  'extravio_celular.numero.hint': 'El número de la línea, como +56 9 1234 5678.',
  'extravio_celular.compania': 'Compañía telefónica',
  'extravio_celular.fecha': 'Fecha del extravío',

  'placa_patente.patente': 'Placa patente',
  'placa_patente.patente.hint':
    'Como aparece en la placa: dos letras y cuatro números (AB·12·34) o cuatro letras y dos números (BB·BB·12).',
  'placa_patente.placas': 'Qué placas',
  'placa_patente.motivo': 'Qué ocurrió con la placa',
  'placa_patente.marca': 'Marca del vehículo',
  'placa_patente.marca.hint': 'Por ejemplo, Chevrolet.',
  'placa_patente.modelo': 'Modelo del vehículo',
  'placa_patente.modelo.hint': 'Por ejemplo, Sail.',
  'placa_patente.fecha': 'Fecha en que ocurrió',

  'pension_alimentos.deudor_run': 'RUN del deudor (opcional)',
  'pension_alimentos.deudor_nombre': 'Nombre del deudor',
  'pension_alimentos.deudor_nombre.hint': 'Quien debe pagar la pensión: nombres y apellidos.',
  'pension_alimentos.desde': 'Primer mes impago',
  'pension_alimentos.hasta': 'Último mes impago',
  'pension_alimentos.monto': 'Monto total adeudado',
  'pension_alimentos.monto.hint': 'En pesos, la suma de los meses impagos. Por ejemplo, 450000.',

  'abandono_hogar.ausente_run': 'RUN de quien se fue (opcional)',
  'abandono_hogar.ausente_nombre': 'Nombre de quien se fue',
  'abandono_hogar.ausente_nombre.hint': 'Nombres y apellidos.',
  'abandono_hogar.parentesco': 'Parentesco de quien se fue',
  'abandono_hogar.parentesco.hint': 'Qué es de usted.',
  'abandono_hogar.fecha': 'Fecha en que se fue',
  'abandono_hogar.comuna': 'Comuna del hogar',
  'abandono_hogar.comuna.hint': 'Donde está el hogar que dejó.',
  'abandono_hogar.domicilio': 'Dirección del hogar',
  'abandono_hogar.domicilio.hint': 'Calle, número y, si corresponde, departamento.',
  'abandono_hogar.circunstancias': 'Circunstancias',
  'abandono_hogar.circunstancias.hint': 'Cómo se fue: si se llevó sus cosas, si avisó o dijo adónde iba.',
  'abandono_hogar.permanecen': 'Quiénes permanecen en el hogar',
  'abandono_hogar.permanecen.hint': 'Por ejemplo: yo y nuestros dos hijos, de 8 y 12 años.',

  'fines_laborales.calidad': 'Su calidad en la relación de trabajo',
  'fines_laborales.contraparte_run': 'RUT de la otra parte',
  'fines_laborales.contraparte_run.hint': 'Del empleador (una persona o una empresa) o del trabajador.',
  'fines_laborales.contraparte_nombre': 'Nombre o razón social de la otra parte',
  'fines_laborales.incumplimiento': 'Qué incumplimiento ocurrió',
  'fines_laborales.incumplimiento.hint':
    'Qué no se cumplió y cómo: por ejemplo, no le permitieron ingresar a su trabajo, o el trabajador dejó de presentarse desde esa fecha.',
  'fines_laborales.fecha': 'Fecha del incumplimiento',

  'bomberos_lesionados.solicitante': 'Quién pide la constancia',
  'bomberos_lesionados.bombero_run': 'RUN del bombero',
  'bomberos_lesionados.bombero_nombre': 'Nombre del bombero',
  'bomberos_lesionados.bombero_nombre.hint': 'Nombres y apellidos.',
  'bomberos_lesionados.cuerpo': 'Cuerpo de Bomberos',
  'bomberos_lesionados.cuerpo.hint': 'Por ejemplo, Cuerpo de Bomberos de Santiago.',
  'bomberos_lesionados.compania': 'Compañía',
  'bomberos_lesionados.compania.hint': 'Por ejemplo, Primera Compañía.',
  'bomberos_lesionados.acto': 'Acto de servicio',
  'bomberos_lesionados.fecha': 'Día y hora del acto de servicio',
  'bomberos_lesionados.lesiones': 'Lesiones',
  'bomberos_lesionados.lesiones.hint': 'Qué lesiones sufrió el bombero y dónde lo atendieron.',

  'permanencia_definitiva.nacionalidad': 'Nacionalidad',
  'permanencia_definitiva.certificado_numero': 'Número del certificado',
  'permanencia_definitiva.certificado_fecha': 'Fecha del certificado',
  'permanencia_definitiva.certificado_fecha.hint': 'La fecha en que se le otorgó la permanencia definitiva.',
  'permanencia_definitiva.fecha': 'Fecha del extravío',

  'opcion.documento.cedula': 'Cédula de identidad',
  'opcion.documento.pasaporte': 'Pasaporte',
  'opcion.documento.licencia_conducir': 'Licencia de conducir',
  'opcion.documento.tne': 'Tarjeta Nacional Estudiantil (TNE)',
  'opcion.documento.otro': 'Otro',
  'opcion.compania.entel': 'Entel',
  'opcion.compania.movistar': 'Movistar',
  'opcion.compania.claro': 'Claro',
  'opcion.compania.wom': 'WOM',
  'opcion.compania.otra': 'Otra',
  'opcion.placas.delantera': 'La placa delantera',
  'opcion.placas.trasera': 'La placa trasera',
  'opcion.placas.ambas': 'Ambas placas',
  'opcion.motivo.extravio': 'Se perdió',
  'opcion.motivo.robo': 'La robaron',
  'opcion.motivo.deterioro': 'Se deterioró',
  'opcion.parentesco.conyuge': 'Cónyuge',
  'opcion.parentesco.conviviente': 'Conviviente',
  'opcion.parentesco.padre': 'Padre',
  'opcion.parentesco.madre': 'Madre',
  'opcion.parentesco.hijo': 'Hijo',
  'opcion.parentesco.hija': 'Hija',
  'opcion.parentesco.otro': 'Otro familiar',
  'opcion.calidad.empleador': 'Empleador',
  'opcion.calidad.trabajador': 'Trabajador o trabajadora',
  'opcion.solicitante.bombero': 'El bombero lesionado',
  'opcion.solicitante.compania': 'Su compañía, en nombre del bombero',
  'opcion.acto.incendio': 'Incendio',
  'opcion.acto.rescate': 'Rescate',
  'opcion.acto.emergencia_vehicular': 'Emergencia vehicular',
  'opcion.acto.materiales_peligrosos': 'Materiales peligrosos',
  'opcion.acto.otro': 'Otro acto de servicio',

  'documentos.item': 'Documento {n}',
  'documentos.agregar': 'Agregar otro documento',
  'documentos.quitar': 'Quitar el documento {n}',
  'grupo.ninguno': 'Aún no agrega ninguno.',

  'fecha.dia': 'Día',
  'fecha.mes': 'Mes',
  'fecha.anio': 'Año',
  'fecha.hora': 'Hora',
  'fecha.ejemplo': 'Por ejemplo, {ejemplo}.',
  'comuna.elija': 'Elija una comuna',

  'revisar.title': 'Revise sus respuestas',
  'revisar.titular': 'Titular',
  'revisar.claveunica': '{name}, RUN {run}, verificado con ClaveÚnica',
  'revisar.cuenta': '{name}, RUN {run}, cuenta de la Comisaría Virtual',
  'correo.label': 'Correo electrónico (opcional)',
  'correo.hint': 'Su cuenta no tiene un correo: si escribe uno, le enviaremos allí la constancia en PDF.',
  'declaracion.title': 'Declaración',
  'declaracion.lead': 'La constancia dejará registro de lo que declara, con su nombre y su RUN.',
  'declaracion.label': 'Declaro que la información que entrego es verdadera',
  'declaracion.hint':
    'Entregar datos falsos o inexactos constituye un delito sancionado por el Artículo 210 del Código Penal.',
  emitir: 'Emitir constancia',
  emitiendo: 'Emitiendo…',

  'error.imei_invalido':
    '«{field}» no es un IMEI válido: son 15 dígitos y el último es de control. Cópielo de la caja, la factura o el contrato con la compañía.',
  'error.patente_invalida':
    '«{field}» no es una patente chilena: escríbala como en la placa, dos letras y cuatro números (AB·12·34) o cuatro letras y dos números (BB·BB·12).',
  'error.rit_invalido': '«{field}» no es un RIT: escríbalo como en la resolución, por ejemplo C-1234-2024.',
  'error.fecha_futura': '«{field}» no puede ser una fecha u hora futura.',
  'error.fecha_antigua':
    '«{field}» es de hace más de {dias} días: una constancia deja registro de hechos recientes.',
  'error.monto_invalido': '«{field}» debe ser un monto en pesos, solo números, como 450000.',
  'error.rango_meses': '«{field}» no puede ser anterior al primer mes impago.',
  'error.mes_invalido':
    '«{field}» debe ser un mes válido: el mes del 1 al 12 y el año con sus cuatro cifras.',
  'error.declaracion': 'Para emitir la constancia debe marcar «{field}».',

  'gate.loading': 'Cargando…',
  'gate.signin.title': 'Inicie sesión para continuar',
  'gate.signin.body':
    'Las constancias se emiten a nombre de quien las pide: ingrese con ClaveÚnica o con su cuenta. Sus respuestas siguen guardadas en este dispositivo.',
  'gate.ingresar': 'Ingresar',
  'gate.staff.title': 'Las constancias las piden los ciudadanos',
  'gate.staff.body': 'Cierre la sesión de funcionario para pedir una constancia con su propia cuenta.',

  'espera.title': 'Su constancia está en este dispositivo, esperando conexión',
  'espera.body':
    'Se emitirá sola, una sola vez, apenas vuelva la conexión, y verá aquí su número. Puede cerrar esta página: la encontrará en «Mis trámites».',
  'espera.noEsta': 'No hay un envío pendiente con ese identificador en este dispositivo.',
  'espera.rechazada': 'La constancia no fue emitida',
  'espera.corregir': 'Corregir las respuestas',

  'otra.title': 'Otra constancia igual',
  'otra.cargando': 'Copiando las respuestas de la constancia anterior…',
  'otra.noEncontrada': 'No encontramos esa constancia entre las suyas.',
  'otra.sinConexion':
    'Sin conexión no podemos traer la constancia anterior. Inténtelo de nuevo cuando vuelva la conexión.',
}

export type FormularioMessageKey = keyof typeof messages
export type FormularioMessages = Record<FormularioMessageKey, string>
