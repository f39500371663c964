/**
 * Spanish words of the Constancias screens (the list of constancias): the reference for en.ts and
 * ht.ts. Where the instructions (seeds/instructivo-constancia-voto-2025.md) say something, these
 * are its words. They travel with these screens' own chunk, so no other page downloads them.
 */
export const messages = {
  'list.title': 'Constancias',
  'list.lead':
    'Deje constancia ante Carabineros de hechos que necesita acreditar. Elija el tipo de constancia.',
  'list.voto': 'Constancias Votación',
  'list.voto.desc':
    'Para justificar que no votó por encontrarse el día de la elección en una localidad ubicada a más de 200 kilómetros de su local de votación.',
}

export type ListaMessageKey = keyof typeof messages
export type ListaMessages = Record<ListaMessageKey, string>
