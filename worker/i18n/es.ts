/**
 * Spanish, the reference catalogue: every other locale must have exactly these keys, which the
 * type `Catalog` enforces at compile time and a test checks at run time.
 */
export const es = {
  errors: {
    link_invalid: 'El enlace no es válido o ya venció. Solicite uno nuevo.',
    internal: 'Ocurrió un error inesperado. Ya quedó registrado; inténtelo de nuevo.',
  },
  validation: {
    required: '«{field}» es obligatorio.',
    invalid_type: '«{field}» no tiene el formato esperado.',
    too_short: '«{field}» debe tener al menos {min} caracteres.',
    too_long: '«{field}» no puede tener más de {max} caracteres.',
    too_small: '«{field}» debe ser como mínimo {min}.',
    too_large: '«{field}» debe ser como máximo {max}.',
    invalid_email: '«{field}» debe ser una dirección de correo electrónico válida, como nombre@ejemplo.cl.',
    invalid_format: '«{field}» no tiene un formato válido.',
    proof_of_work_invalid:
      '«{field}»: la prueba de trabajo no es válida, venció o ya se usó. Pida un desafío nuevo.',
    invalid_option: '«{field}»: elija una de las opciones.',
    unknown_field: '«{field}» no es un campo de este formulario.',
    invalid_run: '«{field}» no es un RUN válido: revise los números y el dígito verificador.',
    password_too_short: '«{field}» debe tener al menos 12 caracteres.',
    password_too_long: '«{field}» no puede tener más de 128 caracteres.',
    emails_differ: '«{field}» no coincide con el correo electrónico.',
    invalid_phone: '«{field}» debe ser un teléfono chileno, como +56 9 1234 5678.',
    declaration_required: 'Para enviar la solicitud debe marcar «{field}».',
    invalid_date: '«{field}» debe ser una fecha válida, como 31-12-1990.',
    name_mismatch:
      'Confirme «{field}»: si el nombre del documento no es el del ciudadano, la constancia no se puede validar.',
    notice_read_required: 'Lea el aviso legal al ciudadano y marque «{field}».',
    citizen_declaration_required:
      'Marque «{field}» solo si el ciudadano lo declara: sin su declaración no se emite la constancia.',
    control_characters: '«{field}» contiene caracteres no permitidos.',
    invalid: '«{field}» no es válido.',
  },
  fields: {
    body: 'Solicitud',
    nombre: 'Nombre',
    mensaje: 'Mensaje',
    run: 'RUN',
    nombres: 'Nombres',
    apellidos: 'Apellidos',
    email: 'Correo electrónico',
    emailConfirmation: 'Confirmación del correo electrónico',
    password: 'Contraseña',
    phone: 'Teléfono de contacto',
    code: 'Código',
    token: 'Enlace',
    username: 'Correo institucional',
    role: 'Rol',
    unidadCode: 'Unidad policial',
    fechaNacimiento: 'Fecha de nacimiento',
    emailConfirmacion: 'Confirmación del correo electrónico',
    telefono: 'Teléfono de contacto',
    declaracion:
      'Declaro bajo mi responsabilidad que me encuentro a más de 200 kilómetros de mi local de votación',
    eleccionId: 'Elección',
    documento: 'Documento de identidad',
    numeroDocumento: 'Número del documento',
    vencimiento: 'Fecha de vencimiento del documento',
    runDocumento: 'RUN del documento',
    nombreCoincide: 'El nombre del documento es el del ciudadano',
    motivo: 'Motivo del rechazo',
    motivoAsistencia: 'Motivo de la atención asistida',
    avisoLeido: 'Leí el aviso legal al ciudadano',
    declaracionCiudadano:
      'El ciudadano declara bajo su responsabilidad que se encuentra a más de 200 kilómetros de su local de votación',
    'Idempotency-Key': 'Clave de idempotencia (Idempotency-Key)',
  },
}

export type Catalog = typeof es
