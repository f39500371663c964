/**
 * Spanish words of the Constancias screens (the form, the review and a request waiting to be
 * sent): the reference for en.ts and ht.ts. Where the instructions (seeds/instructivo-constancia-
 * voto-2025.md) say something, these are its words. They travel with these screens' own chunk, so
 * no other page downloads them.
 */
export const messages = {
  warning: 'Importante',
  'info.title': 'Constancias Votación',
  'gate.back': 'Volver a Constancias Votación',
  'form.title': 'Verificación de datos personales y electorales',
  'form.lead':
    'El sistema muestra la información registrada en el Registro Civil y en el padrón electoral del Servicio Electoral (SERVEL). Complete o confirme los siguientes campos obligatorios.',
  'form.registry': 'Sus datos registrados',
  'form.registry.name': 'Nombre',
  'form.registry.run': 'RUN',
  'form.registry.domicilio': 'Domicilio electoral',
  'form.registry.comuna': 'Comuna',
  'form.registry.region': 'Región',
  'form.registry.local': 'Local de votación',
  'form.registry.mesa': 'Mesa',
  'form.registry.note':
    'Si estos datos no son correctos, no siga: consulte en el Servicio Electoral (SERVEL) o en el Registro Civil.',
  'form.yours': 'Sus datos de contacto',
  'form.yours.why':
    'Estos datos son esenciales para que el sistema pueda enviar la Constancia Digital en formato PDF una vez validado el trámite.',
  'form.birth.hint': 'Como en su cédula de identidad. Por ejemplo: 14 3 1985',
  'form.day': 'Día',
  'form.month': 'Mes',
  'form.year': 'Año',
  'form.email.hint': 'Aquí recibirá el código y, una vez validada, la Constancia Digital en PDF.',
  'form.emailConfirm.hint': 'Escríbalo de nuevo, para evitar errores.',
  'form.phone.hint': 'Un teléfono chileno. Por ejemplo: +56 9 1234 5678',
  'form.declaration.legend': 'Declaración',
  'form.declaration.hint': 'Marque la casilla para continuar.',
  'form.continue': 'Continuar',
  'form.checking': 'Comprobando…',
  'check.title': 'Revise su solicitud antes de enviarla',
  'check.registry': 'Datos del Registro Civil y del padrón electoral',
  'check.yours': 'Sus respuestas',
  'check.declaration': 'Declaración',
  'check.warning':
    'Al enviar la solicitud declara que estos datos son verdaderos. Entregar datos falsos o inexactos constituye un delito sancionado por el Artículo 210 del Código Penal.',
  'check.send': 'Enviar Solicitud',
  'check.sending': 'Enviando…',
  'check.offline':
    'No hay conexión: al enviar, la solicitud queda guardada en este dispositivo y se enviará sola cuando vuelva la red.',
  'queued.title': 'Solicitud guardada para enviar',
  'queued.body':
    'No hay conexión en este momento. Su solicitud está guardada en este dispositivo y se enviará sola cuando vuelva la red; entonces verá aquí su código. No hace falta enviarla de nuevo.',
  'queued.deadline':
    'Debe llegar antes de las {hora} del {fecha}: después de esa hora el sistema no recibe solicitudes. Si no recupera la conexión, pida la Constancia Asistida en una unidad de Carabineros.',
  'queued.rejected.title': 'La solicitud no fue recibida',
  'queued.rejected.fix': 'Corregir la solicitud',
  'queued.gone': 'Esta solicitud ya no está en este dispositivo.',
}

export type FormularioMessageKey = keyof typeof messages
export type FormularioMessages = Record<FormularioMessageKey, string>
