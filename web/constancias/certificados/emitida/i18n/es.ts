/**
 * Spanish words of an issued constancia's page and of the constancias in Mis trámites: the
 * reference for en.ts and ht.ts. Their own chunk: the page is a landing page (the e-mail's link).
 */
export const messages = {
  'emitida.title': 'Constancia emitida',
  'emitida.numero': 'Su número de constancia es',
  'emitida.heading': 'Constancia {numero}',
  'emitida.correo': 'También se la enviamos por correo electrónico, y queda en «Mis trámites».',
  'emitida.tramites.nota': 'La encontrará también en «Mis trámites».',
  'emitida.pdf': 'Descargar la constancia (PDF)',
  'emitida.guardada': 'La constancia queda guardada en este dispositivo: puede abrirla también sin conexión.',
  'emitida.siguiente.title': 'Qué hacer ahora',
  'emitida.verificar':
    'Quien la reciba puede verificarla en la Comisaría Virtual con su número o con el código QR del PDF.',
  'emitida.otra': 'Pedir otra igual',
  'emitida.tramites': 'Ver mis trámites',
  'emitida.tipo': 'Tipo',
  'emitida.numeroLabel': 'Número',
  'emitida.fecha': 'Emitida',
  'emitida.estado': 'Estado',
  'emitida.vigente': 'Válida',
  'emitida.anulada': 'Anulada',
  'emitida.anulada.aviso': 'Esta constancia fue anulada el {fecha}. Motivo: {motivo}',
  'emitida.fuente.dispositivo': 'Sin conexión: se muestra la copia guardada en este dispositivo.',
  'emitida.cargando': 'Cargando la constancia…',
  'emitida.noEncontrada.title': 'No encontramos esta constancia',
  'emitida.noEncontrada.body':
    'Revise el número. Aquí solo puede ver sus propias constancias; la de otra persona se verifica con su número o su código QR.',
  'emitida.verificarLink': 'Verificar una constancia',
  'emitida.signin.title': 'Inicie sesión para ver su constancia',
  'emitida.signin.body': 'Sus constancias se ven con su ClaveÚnica o con su cuenta de la Comisaría Virtual.',
  'emitida.signin.link': 'Ingresar',
  'emitida.sinConexion.title': 'Sin conexión',
  'emitida.sinConexion.body':
    'Esta constancia no está guardada en este dispositivo. Ábrala de nuevo cuando vuelva la conexión.',
  'regimen_visitas.siguiente':
    'Presente esta constancia en el tribunal de familia que fijó el régimen, en la causa RIT que indicó.',
  'extravio_documentos.siguiente':
    'Con esta constancia solicite un documento nuevo a la institución que lo emitió.',
  'extravio_documentos.siguiente.cedula':
    'Bloquee su cédula de identidad en el Servicio de Registro Civil e Identificación (www.registrocivil.cl o cualquier oficina) para que nadie pueda usarla.',
  'extravio_celular.siguiente':
    'Pida a su compañía telefónica el bloqueo del equipo por su IMEI, presentando esta constancia.',
  'placa_patente.siguiente':
    'Con esta constancia solicite el duplicado de la placa patente en el Servicio de Registro Civil e Identificación.',
  'pension_alimentos.siguiente':
    'Presente esta constancia en el tribunal de familia, en la causa RIT que indicó, al pedir la liquidación de la deuda.',
  'abandono_hogar.siguiente':
    'Guarde esta constancia: sirve como antecedente ante el tribunal de familia (por ejemplo, en una causa de cuidado personal, alimentos o divorcio).',
  'fines_laborales.siguiente':
    'Presente esta constancia ante la Inspección del Trabajo o el juzgado de letras del trabajo, según corresponda.',
  'bomberos_lesionados.siguiente':
    'Presente esta constancia con su reclamo ante la Comisión para el Mercado Financiero (CMF), que administra las indemnizaciones a bomberos lesionados en actos de servicio.',
  'permanencia_definitiva.siguiente':
    'Con esta constancia solicite un nuevo certificado al Servicio Nacional de Migraciones.',
  'mine.title': 'Constancias',
  'mine.loading': 'Cargando sus constancias…',
  'mine.failed': 'No pudimos cargar sus constancias. Inténtelo de nuevo más tarde.',
  'mine.item': '{tipo} · emitida el {fecha}',
  'mine.otra': 'Otra igual',
  'mine.otra.de': 'a la constancia {numero}',
}

export type EmitidaMessageKey = keyof typeof messages
export type EmitidaMessages = Record<EmitidaMessageKey, string>
