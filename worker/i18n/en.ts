import type { Catalog } from './es.ts'

export const en: Catalog = {
  errors: {
    validation_failed: 'Check the marked fields: some of them have errors.',
    invalid_json: 'The request body is not valid JSON.',
    unsupported_media_type: 'The request must be sent as JSON (Content-Type: application/json).',
    unauthenticated: 'Please sign in to continue.',
    forbidden: 'You do not have permission to do this.',
    not_found: 'We could not find what you are looking for.',
    conflict: 'The request conflicts with the current state.',
    idempotency_in_progress:
      'A request with the same idempotency key is still being processed. Try again in a few seconds.',
    idempotency_key_reused:
      'This idempotency key was already used with different data. Use a new key for a different request.',
    payload_too_large: 'The request is too large.',
    rate_limited: 'Too many requests. Wait a moment and try again.',
    unavailable: 'The service is unavailable right now. Try again in a few minutes.',
    internal: 'Something went wrong on our side. It has been logged; please try again.',
  },
  validation: {
    required: '“{field}” is required.',
    invalid_type: '“{field}” is not in the expected format.',
    too_short: '“{field}” must be at least {min} characters long.',
    too_long: '“{field}” must be at most {max} characters long.',
    too_small: '“{field}” must be at least {min}.',
    too_large: '“{field}” must be at most {max}.',
    invalid_email: '“{field}” must be a valid e-mail address, like name@example.com.',
    invalid_format: '“{field}” is not in a valid format.',
    invalid_option: '“{field}”: choose one of the options.',
    unknown_field: '“{field}” is not a field of this form.',
    invalid: '“{field}” is not valid.',
  },
  fields: {
    body: 'Request',
    nombre: 'Name',
    mensaje: 'Message',
    'Idempotency-Key': 'Idempotency key (Idempotency-Key)',
  },
}
