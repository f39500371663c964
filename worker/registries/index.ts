import { eq } from 'drizzle-orm'
import { comunas, padronElectoral, regiones, registroCivil } from '../../db/schema/index.ts'
import type { Database } from '../ports.ts'

export interface CivilRecord {
  run: string
  nombres: string
  apellidos: string
  fechaNacimiento: string
  fechaDefuncion: string | null
  serieCedula: string | null
}

export interface RollRecord {
  run: string
  nombres: string
  apellidos: string
  domicilioElectoral: string
  comunaCut: string
  comuna: string
  region: string
  localVotacion: string
  mesa: string | null
}

/**
 * The state registries the portal consults. Here they are tables loaded from CSV; a deployment
 * with access to Registro Civil's or SERVEL's services implements the same interface.
 */
export interface Registries {
  civil: { lookup(run: string): Promise<CivilRecord | null> }
  roll: { lookup(run: string): Promise<RollRecord | null> }
}

/**
 * The registries as tables of the portal's own database.
 *
 * @example
 * const registries = tableRegistries(db)
 * await registries.roll.lookup('44444444-4')
 */
export function tableRegistries(db: Database): Registries {
  return {
    civil: {
      async lookup(run) {
        const [row] = await db.select().from(registroCivil).where(eq(registroCivil.run, run))
        return row ?? null
      },
    },
    roll: {
      async lookup(run) {
        const [row] = await db
          .select({
            run: padronElectoral.run,
            nombres: padronElectoral.nombres,
            apellidos: padronElectoral.apellidos,
            domicilioElectoral: padronElectoral.domicilioElectoral,
            comunaCut: padronElectoral.comunaCut,
            comuna: comunas.name,
            region: regiones.name,
            localVotacion: padronElectoral.localVotacion,
            mesa: padronElectoral.mesa,
          })
          .from(padronElectoral)
          .innerJoin(comunas, eq(comunas.cut, padronElectoral.comunaCut))
          .innerJoin(regiones, eq(regiones.code, comunas.regionCode))
          .where(eq(padronElectoral.run, run))
        return row ?? null
      },
    },
  }
}
