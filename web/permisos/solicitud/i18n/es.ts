/** Spanish words of the permit request: the reference for en.ts and ht.ts. */
export const messages = {
  'gate.loading': 'Cargando sus datos…',
  'gate.signin.title': 'Inicie sesión con ClaveÚnica',
  'gate.signin.body':
    'Para solicitar un permiso de desplazamiento debe iniciar sesión con ClaveÚnica: así se acredita su identidad ante el Registro Civil.',
  'gate.self.title': 'Este trámite requiere ClaveÚnica',
  'gate.self.body':
    'Usted ingresó con una cuenta propia. Los permisos de desplazamiento se emiten solo a quien inicia sesión con ClaveÚnica.',
  'gate.failed.title': 'No es posible continuar',
  'gate.offline.title': 'Sin conexión',
  'gate.offline.body':
    'Para abrir el formulario necesitamos consultar sus datos una vez. Vuelva a intentarlo cuando tenga conexión; después podrá completarlo y enviarlo aunque se corte la red.',
  'gate.retry': 'Reintentar',

  'form.title': 'Solicitar un permiso de desplazamiento',
  'form.titular': 'A nombre de',
  'form.run': 'RUN',
  'form.tipo.hint': 'Hasta {duracion}, entre las {desde} y las {hasta}. Usó {usados} de {cupo} esta semana.',
  'form.tipo.hintProxima':
    'Hasta {duracion}, entre las {desde} y las {hasta}. La próxima semana: usó {usados} de {cupo}.',
  'form.comuna.hint': 'La comuna donde se desplazará. Solo aparecen las comunas con restricciones.',
  'form.comuna.placeholder': 'Elija una comuna',
  'form.comuna.cuarentena': 'En cuarentena (todos los días)',
  'form.comuna.transicion': 'En transición (sábados y domingos)',
  'form.comuna.desde': '{comuna} (desde el {desde})',
  'form.comuna.transicionAviso':
    'Esta comuna está en transición: de lunes a viernes puede desplazarse sin permiso.',
  'form.fecha.hint': 'Hoy o hasta {dias} días más.',
  'form.fecha.placeholder': 'Elija un día',
  'form.fecha.hoy': 'hoy',
  'form.fecha.manana': 'mañana',
  'form.fecha.estaSemana': 'Esta semana',
  'form.fecha.proximaSemana': 'La próxima semana',
  'form.hora.hint':
    'Hora de Chile continental. Este permiso dura {duracion} y debe terminar antes de las {hasta}.',
  'form.hora.hintSinTipo': 'Hora de Chile continental. Las horas posibles dependen del tipo de permiso.',
  'form.hora.ninguna': 'Este día ya no quedan horarios para este permiso: elija otro día.',
  'form.hora.placeholder': 'Elija una hora',
  'form.hora.manana': 'Mañana',
  'form.hora.tarde': 'Tarde',
  'form.hora.noche': 'Noche',
  'form.destino.hint':
    'Calle, número y, si corresponde, el lugar. Por ejemplo: Supermercado, Av. Matta 1200.',
  'form.establecimiento.hint': 'El nombre del consultorio, clínica u hospital y su dirección.',
  'form.fallecido.hint': 'Nombre completo de su familiar.',
  'form.dependiente.hint': 'Nombre completo de la persona a su cuidado.',
  'form.serie.hint':
    'No es su RUN. En la cédula actual es el «NÚMERO DOCUMENTO», de 9 dígitos (por ejemplo 123.456.789); en la cédula antigua es el «N° SERIE», una letra y 9 dígitos (por ejemplo A012345678).',

  'check.title': 'Revise su solicitud',
  'check.window': 'De {desde} a {hasta}',
  'check.personal':
    'El permiso es personal e intransferible. Al enviar, consultaremos al Registro Civil, a Gendarmería de Chile y a la Autoridad Sanitaria.',
  'check.send': 'Solicitar permiso',
  'check.sending': 'Enviando…',

  'queued.title': 'Solicitud guardada para enviar',
  'queued.body':
    'No hay conexión. Su solicitud está guardada en este dispositivo y se enviará sola cuando vuelva la red; su permiso aparecerá aquí. No cierre sesión.',
  'queued.gone': 'Esta solicitud ya no está en este dispositivo. Revise sus envíos.',
  'queued.failed.title': 'El permiso no fue emitido',
  'queued.failed.again': 'Volver al formulario',

  'refused.title': 'Permiso no emitido',
  'refused.final': 'Esta respuesta es definitiva: solicitarlo otra vez no cambiará el resultado.',
  'refused.emergency': 'En una emergencia llame al 133 (Carabineros) o al 131 (SAMU).',
  'refused.home': 'Volver al inicio',
}

export type SolicitudMessageKey = keyof typeof messages
export type SolicitudMessages = Record<SolicitudMessageKey, string>
