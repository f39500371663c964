/**
 * Spanish, the reference catalogue: every other locale must have exactly these keys, which the
 * type `Catalog` enforces at compile time and a test checks at run time.
 */
export const es = {
  errors: {
    validation_failed: 'Revise los datos marcados: hay campos con errores.',
    invalid_json: 'El cuerpo de la solicitud no es JSON válido.',
    unsupported_media_type: 'La solicitud debe enviarse como JSON (Content-Type: application/json).',
    unauthenticated: 'Debe iniciar sesión para continuar.',
    forbidden: 'No tiene permiso para realizar esta acción.',
    not_found: 'No encontramos lo que busca.',
    conflict: 'La solicitud entra en conflicto con el estado actual.',
    idempotency_in_progress:
      'Una solicitud con la misma clave de idempotencia todavía se está procesando. Inténtelo de nuevo en unos segundos.',
    idempotency_key_reused:
      'Esta clave de idempotencia ya se usó con otros datos. Use una clave nueva para una solicitud distinta.',
    cross_origin_refused: 'La solicitud no viene de una página de la Comisaría Virtual y fue rechazada.',
    claveunica_required: 'Este trámite requiere iniciar sesión con ClaveÚnica.',
    email_not_verified: 'Antes de ingresar, confirme su correo electrónico con el enlace que le enviamos.',
    invalid_credentials: 'Los datos de ingreso no son correctos.',
    link_invalid: 'El enlace no es válido o ya venció. Solicite uno nuevo.',
    window_closed:
      'La Constancia Votación se puede solicitar solo el día de la elección, desde las 00:00 hasta las 23:59. {when}',
    legal_notice_required: 'Antes de continuar debe leer y aceptar el aviso legal.',
    not_in_roll:
      'Su RUN no aparece en el padrón electoral de esta elección. Si cree que es un error, consulte en SERVEL.',
    payload_too_large: 'La solicitud es demasiado grande.',
    rate_limited: 'Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.',
    unavailable: 'El servicio no está disponible en este momento. Inténtelo de nuevo en unos minutos.',
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
    invalid_option: '«{field}»: elija una de las opciones.',
    unknown_field: '«{field}» no es un campo de este formulario.',
    invalid_run: '«{field}» no es un RUN válido: revise los números y el dígito verificador.',
    password_too_short: '«{field}» debe tener al menos 12 caracteres.',
    password_too_long: '«{field}» no puede tener más de 128 caracteres.',
    password_breached: '«{field}» es una contraseña conocida por los atacantes. Elija otra.',
    password_personal: '«{field}» no puede contener su RUN, su nombre ni su correo.',
    emails_differ: '«{field}» no coincide con el correo electrónico.',
    invalid_phone: '«{field}» debe ser un teléfono chileno, como +56 9 1234 5678.',
    birth_date_mismatch: '«{field}» no coincide con la registrada en el Registro Civil.',
    declaration_required: 'Para enviar la solicitud debe marcar «{field}».',
    invalid_date: '«{field}» debe ser una fecha válida, como 31-12-1990.',
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
      'Declaro bajo mi responsabilidad que me encuentro a más de 200 kilómetros de mi domicilio electoral',
    eleccionId: 'Elección',
    'Idempotency-Key': 'Clave de idempotencia (Idempotency-Key)',
  },
}

export type Catalog = typeof es
