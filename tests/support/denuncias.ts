/**
 * A denuncia as `POST /api/denuncias` takes it, for the tests and the bench: a simple theft of a
 * phone in Santiago on the evening before `fecha`'s next day, with a suspect and a witness.
 * `extra` replaces any field.
 *
 * @example
 * await citizen.post('/api/denuncias', denunciaRequest('2026-11-22'), { 'Idempotency-Key': 'd-1' })
 */
export function denunciaRequest(fecha: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tipo: 'hurto_simple',
    desdeFecha: fecha,
    desdeHora: '21:30',
    comunaCut: '13101',
    lugar: 'Paradero de Av. Libertador Bernardo O’Higgins con Santa Lucía',
    relato:
      'Esperaba la micro en el paradero. Dejé el teléfono en el bolsillo lateral de la mochila y, al subir, noté que ya no estaba. No vi quién lo sacó.',
    objetos: [
      {
        descripcion: 'Teléfono celular Samsung Galaxy A54 negro',
        valor: 250_000,
        imei: '35-209900-176148-1',
      },
    ],
    sospechosos: [{ descripcion: 'Hombre de unos 30 años, polerón gris con capucha, se bajó corriendo' }],
    testigos: [{ nombre: 'Rosa Díaz', contacto: '+56 9 8765 4321' }],
    email: 'valentina@example.cl',
    telefono: '+56 9 1234 5678',
    comunaDomicilio: '13101',
    veracidad: true,
    primeraVez: true,
    ...extra,
  }
}
