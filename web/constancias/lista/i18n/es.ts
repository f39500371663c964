/**
 * Spanish words of the Constancias screens (the list of constancias): the reference for en.ts and
 * ht.ts. Where the instructions (seeds/instructivo-constancia-voto-2025.md) say something, these
 * are its words. They travel with these screens' own chunk, so no other page downloads them.
 */
export const messages = {
  'list.title': 'Constancias',
  'list.lead':
    'Deje constancia ante Carabineros de hechos que necesita acreditar. Elija el tipo de constancia.',
  'list.soon': 'Disponible próximamente',
  'list.voto': 'Constancias Votación',
  'list.voto.desc':
    'Para justificar que no votó por encontrarse el día de la elección en una localidad ubicada a más de 200 kilómetros de su local de votación.',
  'list.bomberos': 'Bomberos lesionados',
  'list.bomberos.desc':
    'Lesiones sufridas por bomberos en actos de servicio, para reclamos ante la Comisión para el Mercado Financiero.',
  'list.laboral': 'Incumplimiento laboral',
  'list.laboral.desc': 'Incumplimiento de un contrato o acuerdo de trabajo.',
  'list.abandono': 'Abandono de hogar',
  'list.abandono.desc': 'Salida voluntaria de un integrante de la familia del hogar común.',
  'list.pension': 'No pago de pensión de alimentos',
  'list.pension.desc': 'Falta de pago de una pensión de alimentos fijada legalmente.',
  'list.documentos': 'Extravío de documentos',
  'list.documentos.desc': 'Pérdida de la cédula de identidad, el pasaporte u otros documentos.',
  'list.celular': 'Extravío de teléfono celular',
  'list.celular.desc': 'Pérdida de un teléfono celular, para bloquearlo o para el seguro.',
  'list.patente': 'Extravío de placa patente',
  'list.patente.desc': 'Pérdida de una placa patente o solicitud de duplicado.',
  'list.visitas': 'Incumplimiento de régimen de visitas',
  'list.visitas.desc': 'Incumplimiento de un régimen de visitas fijado por un tribunal.',
  'list.residencia': 'Extravío de certificado de residencia definitiva',
  'list.residencia.desc': 'Pérdida del certificado de residencia definitiva de una persona extranjera.',
}

export type ListaMessageKey = keyof typeof messages
export type ListaMessages = Record<ListaMessageKey, string>
