/**
 * Spanish words of the search for the nearest police units (loaded when the citizen asks for it):
 * the reference for en.ts and ht.ts.
 */
export const messages = {
  'units.locating': 'Buscando su ubicación…',
  'units.denied':
    'No fue posible conocer su ubicación. Elija la comuna donde se encuentra o inténtelo de nuevo.',
  'units.or': 'O elija la comuna donde se encuentra',
  'units.choose': 'Elija una comuna',
  'units.search': 'Buscar unidades',
  'units.searching': 'Buscando unidades…',
  'units.results.location': 'Las más cercanas a su ubicación:',
  'units.results.comuna': 'Las más cercanas a {comuna}:',
  'units.none': 'No encontramos unidades. Llame al 133 para saber cuál es la más cercana.',
  'units.offline':
    'Sin conexión no se pueden buscar unidades. Llame al 133 para saber cuál es la más cercana.',
  'units.distance': 'A {km} km',
  'units.phone': 'Teléfono: {phone}',
  'units.map': 'Ver en el mapa',
  'units.newTab': 'se abre en una pestaña nueva',
}

export type UnidadesMessageKey = keyof typeof messages
export type UnidadesMessages = Record<UnidadesMessageKey, string>
