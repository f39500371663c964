import { formatRun } from '../../core/run.ts'

/** What replaces the complainant's identifiers in what the unit concerned reads. */
export const RESERVADO = '[reservado]'

/** Who complained, as the office knows them: what must never reach the unit concerned. */
export interface Reclamante {
  nombres: string
  apellidos: string
  /** Canonical RUN (`88888888-8`). */
  run: string
  email: string
  telefono: string | null
}

const escapar = (texto: string) => texto.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The particles of Spanish compound surnames: common words too ("la calle del cerro"), never taken alone. */
const PARTICULAS = new Set(['de', 'del', 'la', 'las', 'los', 'san', 'santa', 'y'])

/**
 * A text the unit concerned will read, with the complainant's identifiers taken out: their RUN as
 * written with or without dots and check digit, their e-mail, their phone's digits, and each of
 * their names (three letters or more, whole words, a compound surname's particles never alone),
 * whatever the case — a citizen who wrote "yo, Valentina
 * Pérez" in their account of the facts is not named to the unit by it (decision 0053). A name the
 * officer shares is taken out too: the office reads the original.
 *
 * @example
 * sinIdentidad('Yo, Valentina Pérez, RUN 88.888.888-8', reclamante) // 'Yo, [reservado] [reservado], RUN [reservado]'
 */
export function sinIdentidad(texto: string, quien: Reclamante): string {
  const cuerpo = quien.run.split('-')[0] ?? ''
  const formas = [
    formatRun(quien.run),
    quien.run,
    formatRun(quien.run).split('-')[0] ?? '',
    cuerpo,
    quien.email,
    quien.nombres,
    quien.apellidos,
    ...`${quien.nombres} ${quien.apellidos}`
      .split(/\s+/)
      .filter((nombre) => nombre.length >= 3 && !PARTICULAS.has(nombre.toLocaleLowerCase('es'))),
  ].filter((forma) => forma.length >= 3)
  let limpio = texto
  // Longest first: the RUN with its check digit before its body alone, "Del Río" before "Río".
  // Whole words only: "Del" is not taken out of "delante", nor a RUN's body out of a longer number.
  for (const forma of [...new Set(formas)].sort((a, b) => b.length - a.length))
    limpio = limpio.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapar(forma)}(?![\\p{L}\\p{N}])`, 'giu'),
      RESERVADO,
    )
  const digitos = (quien.telefono ?? '').replace(/\D/g, '')
  // A phone is written with spaces, dashes or a +56 in front: matched on its last eight digits.
  if (digitos.length >= 8) {
    const ultimos = digitos.slice(-8).split('').join('[\\s.-]*')
    limpio = limpio.replace(new RegExp(`(\\+?56[\\s.-]*)?(9[\\s.-]*)?${ultimos}`, 'g'), RESERVADO)
  }
  return limpio
}
