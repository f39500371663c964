/**
 * The forms whose drafts the server keeps for a signed-in citizen (decision 0034), by the id the
 * PWA's draft kit gives them (web/offline/draft.ts). A closed list: the server keeps no answers of
 * a form it does not know, and none of an anonymous one (the condolence book is not here).
 */
export const FORMULARIOS_CON_BORRADOR = [
  'constancias-voto',
  'permisos',
  'mis-datos',
  'denuncias',
  'reclamos',
  'reencuentro',
  'felicitaciones',
] as const

export type FormularioConBorrador = (typeof FORMULARIOS_CON_BORRADOR)[number]

/**
 * Whether a form's drafts are kept on the server.
 *
 * @example
 * conBorrador('permisos') // true
 * conBorrador('condolencias') // false
 */
export function conBorrador(formulario: string): formulario is FormularioConBorrador {
  return FORMULARIOS_CON_BORRADOR.some((known) => known === formulario)
}
