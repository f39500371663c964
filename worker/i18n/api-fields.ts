import type { Locale } from './index.ts'

/**
 * Labels of fields only the API asks for (administrators' election settings, query parameters):
 * no form of the PWA names them, so they stay out of the catalogues the browser downloads.
 */
export const apiFields = {
  es: {
    ventanaFin: 'Fin de la ventana',
    ventanaInicio: 'Inicio de la ventana',
    fecha: 'Fecha',
    fechaPrimarias: 'Fecha de las primarias',
    id: 'Identificador',
    cerca: 'Ubicación',
  },
  en: {
    ventanaFin: 'Window end',
    ventanaInicio: 'Window start',
    fecha: 'Date',
    fechaPrimarias: 'Date of the primaries',
    id: 'Identifier',
    cerca: 'Location',
  },
  ht: {
    ventanaFin: 'Fen fenèt la',
    ventanaInicio: 'Kòmansman fenèt la',
    fecha: 'Dat',
    fechaPrimarias: 'Dat primè yo',
    id: 'Idantifyan',
    cerca: 'Kote',
  },
} satisfies Record<Locale, Record<string, string>>
