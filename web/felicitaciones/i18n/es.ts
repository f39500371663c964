/** Spanish words of the commendation's screens, in their chunk (the reference: the others have these keys). */
export const messages = {
  'fel.title': 'Felicitar a Carabineros',
  'fel.lead':
    'Agradezca la atención de una unidad policial o de un funcionario. Su mensaje llega a la unidad y, si lo nombra, al funcionario.',
  'fel.before': 'Antes de empezar',
  'fel.beforeSignIn': 'Debe ingresar con ClaveÚnica o con su cuenta del portal.',
  'fel.beforeName':
    'Usted decide si la unidad ve su nombre. Si no lo elige, la unidad lee sólo el mensaje y la fecha.',
  'fel.beforeOfficer':
    'Para nombrar a un funcionario, escriba el nombre y el grado que vio en su uniforme. El portal no publica listas de funcionarios.',
  'fel.beforeOffline': 'Puede escribirla sin conexión: se enviará sola cuando vuelva la red.',
  'fel.unidad.label': '¿A qué unidad policial quiere felicitar?',
  'fel.unidad.hint': 'La unidad del funcionario, si quiere felicitar a uno.',
  'fel.unidad.placeholder': 'Elija una unidad',
  'fel.unidad.loading': 'Cargando las unidades…',
  'fel.unidad.offline': 'La lista de unidades no se puede cargar sin conexión. Vuelva a intentarlo con red.',
  'fel.funcionario.title': '¿Quiere nombrar a un funcionario?',
  'fel.funcionario.hint':
    'Déjelo en blanco para felicitar a toda la unidad. Si lo nombra, escriba lo que vio en su uniforme.',
  'fel.funcionario.nombre': 'Nombre del funcionario (opcional)',
  'fel.funcionario.nombreHint': 'Por ejemplo: Soto, o J. Soto.',
  'fel.funcionario.grado': 'Grado (opcional)',
  'fel.funcionario.gradoHint': 'Por ejemplo: Cabo, Sargento 2°, Teniente.',
  'fel.mensaje.label': 'Escriba su mensaje',
  'fel.mensaje.hint': 'Entre 10 y 1.000 caracteres. No escriba datos personales de otras personas.',
  'fel.nombre.legend': '¿Quiere que la unidad vea su nombre?',
  'fel.nombre.hint': 'Su RUN y su correo nunca se muestran. Si no elige, su nombre no se muestra.',
  'fel.nombre.no': 'No, sólo el mensaje',
  'fel.nombre.si': 'Sí, mostrar mi nombre a la unidad',
  'fel.check.unidad': 'Unidad',
  'fel.check.funcionario': 'Funcionario',
  'fel.check.toda': 'Toda la unidad',
  'fel.check.mensaje': 'Mensaje',
  'fel.check.nombre': 'Su nombre',
  'fel.check.nombreSi': 'Se muestra a la unidad',
  'fel.check.nombreNo': 'No se muestra',
  'fel.staff': 'Las felicitaciones se envían con una cuenta de ciudadano.',
  'fel.sent.title': 'Felicitación enviada',
  'fel.sent.ref': 'Número de su felicitación',
  'fel.sent.body': 'Gracias. Su mensaje llegó a la unidad. Lo encontrará en Mis trámites.',
  'fel.queued.title': 'Felicitación guardada para enviar',
  'fel.queued.body':
    'No hay conexión en este momento. Su felicitación está guardada en este dispositivo y se enviará sola cuando vuelva la conexión. No hace falta enviarla de nuevo.',
  'fel.another': 'Enviar otra felicitación',
  'fel.mine.title': 'Felicitaciones',
  'fel.mine.loading': 'Cargando sus felicitaciones…',
  'fel.mine.failed': 'Sus felicitaciones no se pueden mostrar ahora.',
  'fel.mine.to': 'Para {a}',
}

export type FelicitacionesMessages = Record<keyof typeof messages, string>
