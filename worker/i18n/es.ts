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
    invalid: '«{field}» no es válido.',
  },
  fields: {
    body: 'Solicitud',
    nombre: 'Nombre',
    mensaje: 'Mensaje',
    'Idempotency-Key': 'Clave de idempotencia (Idempotency-Key)',
  },
}

export type Catalog = typeof es
