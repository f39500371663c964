import type { Catalog } from './es.ts'

export const ht: Catalog = {
  errors: {
    validation_failed: 'Verifye chan ki make yo: gen kèk ladan yo ki gen erè.',
    invalid_json: 'Kò demann nan pa yon JSON ki valab.',
    unsupported_media_type: 'Demann nan dwe voye an JSON (Content-Type: application/json).',
    unauthenticated: 'Tanpri konekte pou kontinye.',
    forbidden: 'Ou pa gen dwa pou fè aksyon sa a.',
    not_found: 'Nou pa jwenn sa w ap chèche a.',
    conflict: 'Demann nan pa mache ak eta aktyèl la.',
    idempotency_in_progress:
      'Yon demann ak menm kle idanpotans lan toujou ap trete. Eseye ankò nan kèk segonn.',
    idempotency_key_reused:
      'Kle idanpotans sa a te deja sèvi ak lòt done. Sèvi ak yon kle tou nèf pou yon lòt demann.',
    payload_too_large: 'Demann nan twò gwo.',
    rate_limited: 'Twòp demann. Tann yon ti moman epi eseye ankò.',
    unavailable: 'Sèvis la pa disponib kounye a. Eseye ankò nan kèk minit.',
    internal: 'Yon erè nou pa t atann rive. Nou anrejistre l; tanpri eseye ankò.',
  },
  validation: {
    required: '«{field}» obligatwa.',
    invalid_type: '«{field}» pa nan fòma nou te atann nan.',
    too_short: '«{field}» dwe gen omwen {min} karaktè.',
    too_long: '«{field}» pa ka gen plis pase {max} karaktè.',
    too_small: '«{field}» dwe omwen {min}.',
    too_large: '«{field}» dwe pi plis {max}.',
    invalid_email: '«{field}» dwe yon adrès imèl ki valab, tankou non@egzanp.cl.',
    invalid_format: '«{field}» pa nan yon fòma ki valab.',
    invalid_option: '«{field}»: chwazi youn nan opsyon yo.',
    unknown_field: '«{field}» pa yon chan nan fòmilè sa a.',
    invalid: '«{field}» pa valab.',
  },
  fields: {
    body: 'Demann',
    nombre: 'Non',
    mensaje: 'Mesaj',
    'Idempotency-Key': 'Kle idanpotans (Idempotency-Key)',
  },
}
