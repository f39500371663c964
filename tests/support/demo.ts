/**
 * The demo citizens (db/reference/demo-*.csv) and the requests tests make for them: on the roll,
 * alive, their identity cards' serials current; Santiago (13101) in quarantine.
 */
export const DEMO = {
  valentina: {
    run: '88888888-8',
    serie: 'A034567890',
    nacimiento: '1992-11-30',
    names: ['Valentina Sofía', 'Pérez Núñez'],
  },
  maria: {
    run: '44444444-4',
    serie: 'A012345678',
    nacimiento: '1985-03-14',
    names: ['María Carmen', 'Del Río González'],
  },
  jose: {
    run: '55555555-5',
    serie: 'A023456789',
    nacimiento: '1979-07-02',
    names: ['José Tomás', 'Muñoz Sepúlveda'],
  },
} as const

/**
 * A permit to buy supplies in Santiago, at 10:00 on `fecha`.
 *
 * @example
 * await citizen.post('/api/permisos', comprasRequest('2026-11-23', DEMO.valentina.serie))
 */
export function comprasRequest(fecha: string, serieCedula: string, extra: Record<string, unknown> = {}) {
  return {
    tipoId: 'compras',
    comunaCut: '13101',
    fecha,
    hora: '10:00',
    destino: 'Supermercado, Av. Matta 1200',
    serieCedula,
    ...extra,
  }
}

/**
 * An election constancia for the demo election of `fecha`'s day.
 *
 * @example
 * await citizen.post('/api/constancias-voto', solicitudRequest('2026-11-23', DEMO.maria.nacimiento))
 */
export function solicitudRequest(fecha: string, fechaNacimiento: string, email = 'ciudadano@example.cl') {
  return {
    eleccionId: `demo-${fecha}`,
    fechaNacimiento,
    email,
    emailConfirmacion: email,
    telefono: '987654321',
    declaracion: true,
  }
}
