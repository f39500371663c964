/**
 * Spanish words of the nine constancias that every one of their screens needs (the list, a type's
 * page, the form's caption, the issued constancia, Mis trámites): each type's name and, in a
 * line, what it is for. The reference for en.ts and ht.ts; a tenth type adds its two here (and its
 * page's words in tipo/i18n, its next step in emitida/i18n).
 */
export const messages = {
  'regimen_visitas.nombre': 'Incumplimiento de régimen de visitas',
  'regimen_visitas.desc': 'Cuando no se cumple un régimen de visitas fijado por un tribunal de familia.',
  'extravio_documentos.nombre': 'Extravío de documentos',
  'extravio_documentos.desc':
    'Pérdida de la cédula de identidad, el pasaporte, la licencia de conducir u otros documentos.',
  'extravio_celular.nombre': 'Extravío de teléfono celular',
  'extravio_celular.desc': 'Pérdida de un teléfono celular, para que la compañía lo bloquee.',
  'placa_patente.nombre': 'Extravío o duplicado de placa patente',
  'placa_patente.desc': 'Pérdida, robo o deterioro de una placa patente, para pedir su duplicado.',
  'pension_alimentos.nombre': 'No pago de pensión de alimentos',
  'pension_alimentos.desc': 'Falta de pago de una pensión de alimentos fijada por un tribunal.',
  'abandono_hogar.nombre': 'Abandono de hogar',
  'abandono_hogar.desc': 'Salida voluntaria de un integrante de la familia del hogar común.',
  'fines_laborales.nombre': 'Constancia para fines laborales',
  'fines_laborales.desc':
    'Incumplimiento de la otra parte de una relación de trabajo, empleador o trabajador.',
  'bomberos_lesionados.nombre': 'Bomberos lesionados en actos de servicio',
  'bomberos_lesionados.desc':
    'Lesiones de un bombero en un acto de servicio, para el reclamo ante la Comisión para el Mercado Financiero.',
  'permanencia_definitiva.nombre': 'Extravío de certificado de permanencia definitiva',
  'permanencia_definitiva.desc':
    'Pérdida del certificado de permanencia definitiva de una persona extranjera.',
}

export type TiposMessageKey = keyof typeof messages
export type TiposMessages = Record<TiposMessageKey, string>
