/**
 * A complete complaint as the PWA sends it (`POST /api/reclamos`), about the demo unit of Santiago,
 * on the day given; `extra` replaces or adds fields.
 *
 * @example
 * await client.post('/api/reclamos', reclamoRequest('2026-12-01'), { 'Idempotency-Key': 'r-1' })
 */
export function reclamoRequest(fecha: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tipoReclamo: 'negativa_atencion',
    relato:
      'Al pedir ayuda en la comisaría, el funcionario de guardia se negó a recibir mi denuncia y me trató con insultos delante de otras personas.',
    fecha,
    hora: '18:30',
    comunaCut: '13101',
    lugar: 'Guardia de la comisaría, calle Santo Domingo',
    unidadCode: 'DEMO-13101-1',
    funcionario: { grado: 'Cabo', senas: 'Alto, lentes, placa terminada en 42' },
    vehiculo: 'RP-1234',
    testigos: [{ nombre: 'Rosa Pérez', contacto: '+56 9 8765 4321' }],
    peticion: 'Que se revise la conducta del funcionario y se me ofrezcan disculpas.',
    email: 'valentina@example.cl',
    veracidad: true,
    ...extra,
  }
}
