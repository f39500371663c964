import type { FormularioMessages } from './es.ts'

/**
 * English words of the constancias' form, loaded on demand. Chilean institutions and procedures
 * keep their Spanish names where the citizen will meet them so (RIT, RUN, RUT).
 */
export const messages: FormularioMessages = {
  'campo.comuna': 'Comuna',
  'campo.comuna.hint': 'Where it happened.',
  'campo.lugar': 'Place',
  'campo.lugar.hint':
    'An address or a description of the place, such as “Baquedano metro, platform towards Los Dominicos”.',
  'campo.tribunal': 'Family court',
  'campo.tribunal.hint': 'As it appears on the court order, for example “Juzgado de Familia de Pudahuel”.',
  'campo.rit': 'Case number (RIT)',
  'campo.rit.hint':
    'The court’s internal case number, on the order: a letter, a number and the year, like C-1234-2024.',

  'regimen_visitas.contraparte_run': 'Other party’s RUN (optional)',
  'regimen_visitas.contraparte_run.hint':
    'Of the mother, the father or another person who had to comply with the visit, if you know it.',
  'regimen_visitas.contraparte_nombre': 'Other party’s name',
  'regimen_visitas.contraparte_nombre.hint': 'Given names and surnames.',
  'regimen_visitas.programada': 'Day and time of the visit',
  'regimen_visitas.programada.hint': 'When the visit should have taken place, under the arrangement.',
  'regimen_visitas.lugar': 'Place of the handover',
  'regimen_visitas.lugar.hint': 'Where the child should have been handed over: an address or a description.',
  'regimen_visitas.relato': 'What happened',
  'regimen_visitas.relato.hint':
    'For example: whether the other party did not come or did not hand over the child, how long you waited and what you were told.',

  'extravio_documentos.documentos': 'Lost documents',
  'extravio_documentos.documentos.hint': 'Add each document you lost.',
  'extravio_documentos.documentos.documento': 'Type of document {n}',
  'extravio_documentos.documentos.numero': 'Number of document {n} (optional)',
  'extravio_documentos.documentos.numero.hint':
    'It is printed on the document; if you do not know it, leave it blank.',
  'extravio_documentos.documentos.descripcion': 'Description of document {n} (optional)',
  'extravio_documentos.documentos.descripcion.hint':
    'For “Other”: which document it is, such as “credit card”.',
  'extravio_documentos.fecha': 'Date of the loss',
  'extravio_documentos.fecha.hint': 'If you are not sure, the last date you remember having them.',

  'extravio_celular.imei': 'Phone’s IMEI',
  'extravio_celular.imei.hint': '15 digits. It is on the box, the invoice or the contract with the carrier.',
  'extravio_celular.marca': 'Phone’s make',
  'extravio_celular.marca.hint': 'For example, Samsung.',
  'extravio_celular.modelo': 'Phone’s model',
  'extravio_celular.modelo.hint': 'For example, Galaxy A54.',
  'extravio_celular.numero': 'Phone number',
  'extravio_celular.numero.hint': 'The line’s number, like +56 9 1234 5678.',
  'extravio_celular.compania': 'Phone carrier',
  'extravio_celular.fecha': 'Date of the loss',

  'placa_patente.patente': 'Number plate',
  'placa_patente.patente.hint':
    'As it appears on the plate: two letters and four numbers (AB·12·34) or four letters and two numbers (BB·BB·12).',
  'placa_patente.placas': 'Which plates',
  'placa_patente.motivo': 'What happened to the plate',
  'placa_patente.marca': 'Vehicle’s make',
  'placa_patente.marca.hint': 'For example, Chevrolet.',
  'placa_patente.modelo': 'Vehicle’s model',
  'placa_patente.modelo.hint': 'For example, Sail.',
  'placa_patente.fecha': 'Date it happened',

  'pension_alimentos.deudor_run': 'Debtor’s RUN (optional)',
  'pension_alimentos.deudor_nombre': 'Debtor’s name',
  'pension_alimentos.deudor_nombre.hint': 'Who must pay the support: given names and surnames.',
  'pension_alimentos.desde': 'First unpaid month',
  'pension_alimentos.hasta': 'Last unpaid month',
  'pension_alimentos.monto': 'Total amount owed',
  'pension_alimentos.monto.hint': 'In pesos, the sum of the unpaid months. For example, 450000.',

  'abandono_hogar.ausente_run': 'RUN of the person who left (optional)',
  'abandono_hogar.ausente_nombre': 'Name of the person who left',
  'abandono_hogar.ausente_nombre.hint': 'Given names and surnames.',
  'abandono_hogar.parentesco': 'Relationship of the person who left',
  'abandono_hogar.parentesco.hint': 'What they are to you.',
  'abandono_hogar.fecha': 'Date they left',
  'abandono_hogar.comuna': 'Comuna of the home',
  'abandono_hogar.comuna.hint': 'Where the home they left is.',
  'abandono_hogar.domicilio': 'Address of the home',
  'abandono_hogar.domicilio.hint': 'Street, number and, if any, flat.',
  'abandono_hogar.circunstancias': 'Circumstances',
  'abandono_hogar.circunstancias.hint':
    'How they left: whether they took their things, said so or said where they were going.',
  'abandono_hogar.permanecen': 'Who stays in the home',
  'abandono_hogar.permanecen.hint': 'For example: me and our two children, aged 8 and 12.',

  'fines_laborales.calidad': 'Your part in the working relationship',
  'fines_laborales.contraparte_run': 'Other party’s RUT',
  'fines_laborales.contraparte_run.hint': 'The employer’s (a person or a company) or the employee’s.',
  'fines_laborales.contraparte_nombre': 'Other party’s name or company name',
  'fines_laborales.incumplimiento': 'What breach happened',
  'fines_laborales.incumplimiento.hint':
    'What was not complied with and how: for example, you were not allowed into your workplace, or the employee stopped coming to work from that date.',
  'fines_laborales.fecha': 'Date of the breach',

  'bomberos_lesionados.solicitante': 'Who asks for the constancia',
  'bomberos_lesionados.bombero_run': 'Firefighter’s RUN',
  'bomberos_lesionados.bombero_nombre': 'Firefighter’s name',
  'bomberos_lesionados.bombero_nombre.hint': 'Given names and surnames.',
  'bomberos_lesionados.cuerpo': 'Fire brigade (Cuerpo de Bomberos)',
  'bomberos_lesionados.cuerpo.hint': 'For example, Cuerpo de Bomberos de Santiago.',
  'bomberos_lesionados.compania': 'Company',
  'bomberos_lesionados.compania.hint': 'For example, Primera Compañía.',
  'bomberos_lesionados.acto': 'Act of service',
  'bomberos_lesionados.fecha': 'Day and time of the act of service',
  'bomberos_lesionados.lesiones': 'Injuries',
  'bomberos_lesionados.lesiones.hint': 'What injuries the firefighter suffered and where they were treated.',

  'permanencia_definitiva.nacionalidad': 'Nationality',
  'permanencia_definitiva.certificado_numero': 'Certificate number',
  'permanencia_definitiva.certificado_fecha': 'Certificate date',
  'permanencia_definitiva.certificado_fecha.hint': 'The date you were granted permanent residence.',
  'permanencia_definitiva.fecha': 'Date of the loss',

  'opcion.documento.cedula': 'Identity card (cédula de identidad)',
  'opcion.documento.pasaporte': 'Passport',
  'opcion.documento.licencia_conducir': 'Driving licence',
  'opcion.documento.tne': 'Student card (TNE)',
  'opcion.documento.otro': 'Other',
  'opcion.compania.entel': 'Entel',
  'opcion.compania.movistar': 'Movistar',
  'opcion.compania.claro': 'Claro',
  'opcion.compania.wom': 'WOM',
  'opcion.compania.otra': 'Another',
  'opcion.placas.delantera': 'The front plate',
  'opcion.placas.trasera': 'The rear plate',
  'opcion.placas.ambas': 'Both plates',
  'opcion.motivo.extravio': 'It was lost',
  'opcion.motivo.robo': 'It was stolen',
  'opcion.motivo.deterioro': 'It was damaged',
  'opcion.parentesco.conyuge': 'Spouse',
  'opcion.parentesco.conviviente': 'Partner',
  'opcion.parentesco.padre': 'Father',
  'opcion.parentesco.madre': 'Mother',
  'opcion.parentesco.hijo': 'Son',
  'opcion.parentesco.hija': 'Daughter',
  'opcion.parentesco.otro': 'Another relative',
  'opcion.calidad.empleador': 'Employer',
  'opcion.calidad.trabajador': 'Employee',
  'opcion.solicitante.bombero': 'The injured firefighter',
  'opcion.solicitante.compania': 'Their company, on the firefighter’s behalf',
  'opcion.acto.incendio': 'Fire',
  'opcion.acto.rescate': 'Rescue',
  'opcion.acto.emergencia_vehicular': 'Vehicle emergency',
  'opcion.acto.materiales_peligrosos': 'Hazardous materials',
  'opcion.acto.otro': 'Another act of service',

  'documentos.item': 'Document {n}',
  'documentos.agregar': 'Add another document',
  'documentos.quitar': 'Remove document {n}',
  'grupo.ninguno': 'None added yet.',

  'fecha.dia': 'Day',
  'fecha.mes': 'Month',
  'fecha.anio': 'Year',
  'fecha.hora': 'Time',
  'fecha.ejemplo': 'For example, {ejemplo}.',
  'comuna.elija': 'Choose a comuna',

  'revisar.title': 'Check your answers',
  'revisar.titular': 'Holder',
  'revisar.claveunica': '{name}, RUN {run}, verified with ClaveÚnica',
  'revisar.cuenta': '{name}, RUN {run}, Comisaría Virtual account',
  'correo.label': 'E-mail address (optional)',
  'correo.hint':
    'Your account has no e-mail address: if you give one, we will send the constancia’s PDF there.',
  'declaracion.title': 'Declaration',
  'declaracion.lead': 'The constancia will record what you declare, with your name and your RUN.',
  'declaracion.label': 'I declare that the information I give is true',
  'declaracion.hint':
    'Giving false or inaccurate information is a crime punished by Article 210 of the Chilean Penal Code.',
  emitir: 'Issue constancia',
  emitiendo: 'Issuing…',

  'error.imei_invalido':
    '“{field}” is not a valid IMEI: it has 15 digits and the last one is a check digit. Copy it from the box, the invoice or the contract with the carrier.',
  'error.patente_invalida':
    '“{field}” is not a Chilean plate: write it as on the plate, two letters and four numbers (AB·12·34) or four letters and two numbers (BB·BB·12).',
  'error.rit_invalido': '“{field}” is not a RIT: write it as on the court order, for example C-1234-2024.',
  'error.fecha_futura': '“{field}” cannot be a date or time in the future.',
  'error.fecha_antigua': '“{field}” is more than {dias} days ago: a constancia records recent facts.',
  'error.monto_invalido': '“{field}” must be an amount in pesos, numbers only, like 450000.',
  'error.rango_meses': '“{field}” cannot be before the first unpaid month.',
  'error.mes_invalido':
    '“{field}” must be a valid month: the month from 1 to 12 and the year with its four digits.',
  'error.declaracion': 'To issue the constancia you must tick “{field}”.',

  'gate.loading': 'Loading…',
  'gate.signin.title': 'Sign in to continue',
  'gate.signin.body':
    'Constancias are issued in the name of whoever asks for them: sign in with ClaveÚnica or with your account. Your answers are still kept on this device.',
  'gate.ingresar': 'Sign in',
  'gate.staff.title': 'Constancias are asked for by citizens',
  'gate.staff.body': 'Sign out of your officer session to ask for a constancia with your own account.',

  'espera.title': 'Your constancia is on this device, waiting for a connection',
  'espera.body':
    'It will be issued by itself, once, as soon as the connection returns, and you will see its number here. You can close this page: you will find it in “My requests”.',
  'espera.noEsta': 'There is no pending submission with that identifier on this device.',
  'espera.rechazada': 'The constancia was not issued',
  'espera.corregir': 'Correct the answers',

  'otra.title': 'Another constancia like it',
  'otra.cargando': 'Copying the answers of the earlier constancia…',
  'otra.noEncontrada': 'We could not find that constancia among yours.',
  'otra.sinConexion':
    'Without a connection we cannot fetch the earlier constancia. Try again when you are back online.',
}
