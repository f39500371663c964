/** Spanish words of "Pedir una corrección" (`/mis-datos/correccion/…`): the reference for en.ts and ht.ts. */
export const messages = {
  'co.caption': 'Pedir una corrección',
  'co.dato.title': '¿Qué dato quiere corregir?',
  'co.dato.hint':
    'Aparecen solo los datos que se pueden corregir desde aquí. Los demás vienen de otros registros, como el Registro Civil o el SERVEL, y se corrigen allí.',
  'co.dato.actual': 'Ahora dice: {valor}',
  'co.dato.none': 'Ninguno de sus datos se puede corregir desde aquí.',
  'co.valor.label': '{campo}: ¿cuál es el dato correcto?',
  'co.valor.hint': 'Ahora dice: {actual}',
  'co.explicacion.label': '¿Quiere explicar algo más? (opcional)',
  'co.explicacion.hint':
    'Por ejemplo, por qué el dato está mal o dónde se puede comprobar el correcto. Como máximo 1.000 caracteres.',
  'co.check.title': 'Revise su solicitud antes de enviarla',
  'co.check.registro': 'Registro',
  'co.check.campo': 'Dato',
  'co.check.actual': 'Dice ahora',
  'co.check.valor': 'Dato correcto',
  'co.check.explicacion': 'Explicación',
  'co.check.sinExplicacion': 'Sin explicación',
  'co.check.plazo':
    'Un supervisor de Carabineros revisará su solicitud y le responderá dentro de {dias} días corridos. Si la acoge, el dato se corregirá.',
  'co.check.send': 'Enviar solicitud',
  'co.check.sending': 'Enviando…',
  'co.check.missing': 'Primero elija el dato que quiere corregir.',
  'co.check.choose': 'Elegir el dato',
  'co.sent.title': 'Solicitud enviada',
  'co.sent.ref': 'Número de solicitud',
  'co.sent.plazo': 'Le responderemos a más tardar el {fecha}: la ley da {dias} días corridos para responder.',
  'co.sent.tramites': 'Puede seguirla en Mis trámites.',
  'co.queued.title': 'Solicitud guardada para enviar',
  'co.queued.body':
    'No hay conexión en este momento. Su solicitud está guardada en este dispositivo y se enviará sola cuando vuelva la conexión. No hace falta enviarla de nuevo.',
  'co.rejected.title': 'La solicitud no se pudo enviar',
  'co.unknown': 'Esta solicitud no está en este dispositivo.',
  'co.otra': 'Pedir otra corrección',
}

export type CorreccionKey = keyof typeof messages
export type CorreccionMessages = Record<CorreccionKey, string>
