/**
 * A name's words as compared: lower case, without accents or punctuation (`Muñoz` and `munoz`
 * are one name, as a citizen types what they read on a name tape).
 *
 * @example
 * palabras('Sgto. José  Muñoz') // ['sgto', 'jose', 'munoz']
 */
export function palabras(nombre: string): string[] {
  return nombre
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((palabra) => palabra.length > 0)
}

/** An officer of the unit as the match sees them. */
export interface Candidato {
  id: string
  givenNames: string
  familyNames: string
}

/**
 * The one officer of a unit a typed name fits, or null: every word typed is one of the officer's
 * names, and at least one is a family name (a first name alone names no one), and no other officer
 * of the unit fits as well. Ambiguous or unknown, a supervisor of the unit assigns it (decision
 * 0059): the citizen is told the same either way.
 *
 * @example
 * coincidente('Cabo Muñoz', [{ id: 'u1', givenNames: 'Pedro', familyNames: 'Muñoz Soto' }]) // 'u1'
 */
export function coincidente(nombre: string, candidatos: readonly Candidato[], grado?: string): string | null {
  // A rank typed in the name ("Cabo Muñoz") is not a name: words the rank field also holds, or a rank's, are dropped.
  const rango = new Set([...RANGOS, ...palabras(grado ?? '')])
  const buscadas = palabras(nombre).filter((palabra) => !rango.has(palabra))
  if (buscadas.length === 0) return null
  const fits = candidatos.filter((candidato) => {
    const apellidos = new Set(palabras(candidato.familyNames))
    const todas = new Set([...palabras(candidato.givenNames), ...apellidos])
    return (
      buscadas.every((palabra) => todas.has(palabra)) && buscadas.some((palabra) => apellidos.has(palabra))
    )
  })
  return fits.length === 1 ? (fits[0]?.id ?? null) : null
}

/** Carabineros' ranks and their abbreviations, as name tapes and citizens write them. */
const RANGOS = [
  'carabinero',
  'cabo',
  'sargento',
  'sgto',
  'suboficial',
  'subof',
  'teniente',
  'tte',
  'subteniente',
  'capitan',
  'cap',
  'mayor',
  'coronel',
  'general',
  'primero',
  'segundo',
  'cbo',
]
