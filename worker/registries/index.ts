import { and, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm'
import {
  comunas,
  padronElectoral,
  regiones,
  registroCivil,
  registroDomicilios,
  registroVehiculosRobados,
  restriccionesPenitenciarias,
  restriccionesSanitarias,
} from '../../db/schema/index.ts'
import { AppError } from '../errors.ts'
import type { Logger } from '../log.ts'
import type { Database } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { type Read, readFirst } from '../reads.ts'
import { TimeoutError, withTimeout } from '../timeout.ts'

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

/** A plate's theft report in force (encargo por robo): its day, comuna and report number if known. */
export interface StolenVehicle {
  fecha: string
  comuna: string
  denuncia: string | null
}

/** A person's last known address, as a source gave it (Registro Civil, Servel, Fonasa…). */
export interface DomicilioRecord {
  run: string
  direccion: string
  comunaCut: string
  comuna: string
  region: string
  /** The organ it comes from, as it names itself. */
  fuente: string
  /** The day the source last updated it, `YYYY-MM-DD`. */
  actualizadoEl: string
}

/**
 * The state registries the portal consults, as reads a request gathers with its others
 * (worker/reads.ts): here tables loaded from CSV, read in the request's one batch; a deployment
 * with access to Registro Civil's or SERVEL's services implements the same interface with
 * `{ call }` reads, asked at the same time as the batch.
 */
export interface Registries {
  civil: { lookup(run: string): Read<CivilRecord | null> }
  roll: { lookup(run: string): Read<RollRecord | null> }
  /** The restriction in force for a RUN on any day from `desde` to `hasta` (`YYYY-MM-DD`), if any. */
  health: { restriction(run: string, desde: string, hasta: string): Read<HealthRestriction | null> }
  prison: { restriction(run: string, desde: string, hasta: string): Read<PrisonRestriction | null> }
  /** The latest theft report in force for a plate (canonical, `parsePatente`), if any. */
  stolenVehicles: { lookup(patente: string): Read<StolenVehicle | null> }
  /** A RUN's last known address (the reencuentro team's look-ups), if any source has one. */
  domicilios: { lookup(run: string): Read<DomicilioRecord | null> }
}

const queries = preparedFor((db) => {
  const run = sql.placeholder('run')
  const desde = sql.placeholder('desde')
  const hasta = sql.placeholder('hasta')
  const health = restriccionesSanitarias
  const prison = restriccionesPenitenciarias
  const robados = registroVehiculosRobados
  return {
    stolenVehicles: db
      .select({ fecha: robados.fecha, comuna: comunas.name, denuncia: robados.denuncia })
      .from(robados)
      .innerJoin(comunas, eq(comunas.cut, robados.comunaCut))
      .where(and(eq(robados.patente, sql.placeholder('patente')), eq(robados.vigente, true)))
      .orderBy(desc(robados.fecha))
      .limit(1)
      .prepare(),
    civil: db.select().from(registroCivil).where(eq(registroCivil.run, run)).prepare(),
    domicilios: db
      .select({
        run: registroDomicilios.run,
        direccion: registroDomicilios.direccion,
        comunaCut: registroDomicilios.comunaCut,
        comuna: comunas.name,
        region: regiones.name,
        fuente: registroDomicilios.fuente,
        actualizadoEl: registroDomicilios.actualizadoEl,
      })
      .from(registroDomicilios)
      .innerJoin(comunas, eq(comunas.cut, registroDomicilios.comunaCut))
      .innerJoin(regiones, eq(regiones.code, comunas.regionCode))
      .where(eq(registroDomicilios.run, run))
      .prepare(),
    roll: db
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
      .prepare(),
    health: db
      .select({ tipo: health.tipo, desde: health.desde, hasta: health.hasta })
      .from(health)
      .where(and(eq(health.run, run), lte(health.desde, hasta), gte(health.hasta, desde)))
      .limit(1)
      .prepare(),
    prison: db
      .select({ medida: prison.medida, desde: prison.desde, hasta: prison.hasta })
      .from(prison)
      .where(
        and(
          eq(prison.run, run),
          lte(prison.desde, hasta),
          or(isNull(prison.hasta), gte(prison.hasta, desde)),
        ),
      )
      .limit(1)
      .prepare(),
  }
})

/**
 * The registries as tables of the portal's own database.
 *
 * @example
 * const registries = tableRegistries(db)
 * await readOne(db, registries.roll.lookup('44444444-4'))
 */
export function tableRegistries(db: Database): Registries {
  const q = queries(db)
  return {
    civil: { lookup: (run) => readFirst(q.civil, { run }) },
    roll: { lookup: (run) => readFirst(q.roll, { run }) },
    health: { restriction: (run, desde, hasta) => readFirst(q.health, { run, desde, hasta }) },
    prison: { restriction: (run, desde, hasta) => readFirst(q.prison, { run, desde, hasta }) },
    stolenVehicles: { lookup: (patente) => readFirst(q.stolenVehicles, { patente }) },
    domicilios: { lookup: (run) => readFirst(q.domicilios, { run }) },
  }
}

/** Seconds a citizen is asked to wait when a registry did not answer in time. */
const RETRY_AFTER_S = 30

/**
 * The registries with every call to another service bounded: one that takes longer than `ms` is
 * answered `503 unavailable` with Retry-After instead of holding the citizen's request, and a
 * connection, for as long as a remote registry stays silent. Reads of the portal's own tables go
 * in the request's batch as they are. `createApp` wraps whatever implementation the runtime gives it.
 *
 * @example
 * const registries = boundedRegistries(tableRegistries(db), 5000, log)
 */
export function boundedRegistries(registries: Registries, ms: number, log: Logger): Registries {
  function bounded<A extends string[], R>(name: string, lookup: (...args: A) => Read<R>) {
    return (...args: A): Read<R> => {
      const read = lookup(...args)
      if (!('call' in read)) return read
      return {
        call: async () => {
          try {
            return await withTimeout(ms, `the ${name} registry`, read.call)
          } catch (error) {
            if (!(error instanceof TimeoutError)) throw error
            log.warn('registry did not answer', { registry: name, ms })
            throw new AppError('unavailable', { retryAfter: RETRY_AFTER_S, cause: error })
          }
        },
      }
    }
  }
  const { civil, roll, health, prison, stolenVehicles, domicilios } = registries
  return {
    stolenVehicles: { lookup: bounded('stolen vehicles', stolenVehicles.lookup.bind(stolenVehicles)) },
    civil: { lookup: bounded('civil', civil.lookup.bind(civil)) },
    roll: { lookup: bounded('roll', roll.lookup.bind(roll)) },
    health: { restriction: bounded('health', health.restriction.bind(health)) },
    prison: { restriction: bounded('prison', prison.restriction.bind(prison)) },
    domicilios: { lookup: bounded('addresses', domicilios.lookup.bind(domicilios)) },
  }
}
