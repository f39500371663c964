/**
 * A complete family search request as the PWA sends it (`POST /api/reencuentro`): a sister sought
 * in Santiago; `extra` replaces or adds fields.
 *
 * @example
 * await client.post('/api/reencuentro', reencuentroRequest(), { 'Idempotency-Key': 'r-1' })
 */
export function reencuentroRequest(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    peligro: 'no',
    nombres: 'Rosa Elena',
    apellidos: 'Pérez Soto',
    run: '11.111.111-1',
    nacimientoAnio: 1960,
    relacion: 'hermano',
    ultimaComuna: '13101',
    ultimoLugar: 'Población La Victoria',
    ultimoContactoAnio: 1998,
    motivoDistancia: 'Nos separamos cuando nuestra madre se fue al sur.',
    mensaje: 'Rosa, soy tu hermana Valentina. Me encantaría volver a saber de ti.',
    correo: 'valentina@example.cl',
    telefono: '+56 9 8765 4321',
    ...extra,
  }
}
