import { DENUNCIA } from '../denuncias/estados.ts'
import { RECLAMO } from '../reclamos/estados.ts'
import { REENCUENTRO } from '../reencuentro/estados.ts'
import type { ServicioConCaso, ServicioDeCasos } from './maquina.ts'

/**
 * The services whose requests are cases, each with its machine, words and hooks (worker/casos/
 * maquina.ts).
 */
const SERVICIOS: Partial<Record<ServicioConCaso, ServicioDeCasos>> = {
  denuncia: DENUNCIA,
  reclamo: RECLAMO,
  reencuentro: REENCUENTRO,
}

/**
 * A service's case definition, by its name as `casos.servicio` (and the queue's path) say it.
 *
 * @example
 * servicioDeCasos('denuncia')?.maquina.inicial // 'recibida'
 */
export function servicioDeCasos(servicio: string): ServicioDeCasos | undefined {
  return Object.hasOwn(SERVICIOS, servicio) ? SERVICIOS[servicio as ServicioConCaso] : undefined
}

/**
 * Every registered service's definition.
 *
 * @example
 * const capacidades = serviciosDeCasos().flatMap((s) => Object.values(s.capacidades))
 */
export function serviciosDeCasos(): ServicioDeCasos[] {
  return Object.values(SERVICIOS)
}
