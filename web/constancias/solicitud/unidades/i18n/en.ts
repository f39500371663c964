import type { UnidadesMessages } from './es.ts'

/** English words of the search for the nearest police units, loaded on demand. */
export const messages: UnidadesMessages = {
  'units.locating': 'Finding your location…',
  'units.denied': 'Your location could not be found. Choose the comuna where you are, or try again.',
  'units.or': 'Or choose the comuna where you are',
  'units.choose': 'Choose a comuna',
  'units.search': 'Find units',
  'units.searching': 'Finding units…',
  'units.results.location': 'Nearest to your location:',
  'units.results.comuna': 'Nearest to {comuna}:',
  'units.none': 'We found no units. Call 133 to find out which is nearest.',
  'units.offline': 'Units cannot be searched with no connection. Call 133 to find out which is nearest.',
  'units.distance': '{km} km away',
  'units.phone': 'Phone: {phone}',
  'units.map': 'See on the map',
  'units.newTab': 'opens in a new tab',
}
