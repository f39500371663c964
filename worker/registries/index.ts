import { and, eq, gte, isNull, lte, or } from 'drizzle-orm'
import {
  comunas,
  padronElectoral,
  regiones,
  registroCivil,
  restriccionesPenitenciarias,
  restriccionesSanitarias,
} from '../../db/schema/index.ts'
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

/** A period of isolation ordered by the health authority (dates inclusive, `YYYY-MM-DD`). */
export interface HealthRestriction {
  tipo: 'caso_confirmado' | 'contacto_estrecho'
  desde: string
  hasta: string
}

/** A movement restriction from the prison service (Gendarmería); `hasta` null: open-ended. */
export interface PrisonRestriction {
  medida: string
  desde: string
  hasta: string | null
}

/**
 * The state registries the portal consults. Here they are tables loaded from CSV; a deployment
 * with access to Registro Civil's or SERVEL's services implements the same interface.
 */
export interface Registries {
  civil: { lookup(run: string): Promise<CivilRecord | null> }
  roll: { lookup(run: string): Promise<RollRecord | null> }
  /** The restriction in force for a RUN on any day from `desde` to `hasta` (`YYYY-MM-DD`), if any. */
  health: { restriction(run: string, desde: string, hasta: string): Promise<HealthRestriction | null> }
  prison: { restriction(run: string, desde: string, hasta: string): Promise<PrisonRestriction | null> }
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
    health: {
      async restriction(run, desde, hasta) {
        const t = restriccionesSanitarias
        const [row] = await db
          .select({ tipo: t.tipo, desde: t.desde, hasta: t.hasta })
          .from(t)
          .where(and(eq(t.run, run), lte(t.desde, hasta), gte(t.hasta, desde)))
          .limit(1)
        return row ?? null
      },
    },
    prison: {
      async restriction(run, desde, hasta) {
        const t = restriccionesPenitenciarias
        const [row] = await db
          .select({ medida: t.medida, desde: t.desde, hasta: t.hasta })
          .from(t)
          .where(and(eq(t.run, run), lte(t.desde, hasta), or(isNull(t.hasta), gte(t.hasta, desde))))
          .limit(1)
        return row ?? null
      },
    },
  }
}
