import type { LibSQLDatabase } from 'drizzle-orm/libsql'
import type * as schema from '../schema/index.ts'
import { DEMO_JURISDICCION_CSV, importJurisdiccion } from './jurisdiccion.ts'
import {
  DEMO_DOMICILIOS_CSV,
  DEMO_PADRON_CSV,
  DEMO_PENITENCIARIO_CSV,
  DEMO_REGISTRO_CIVIL_CSV,
  DEMO_SANITARIO_CSV,
  importDomicilios,
  importPadron,
  importRegistroCivil,
  importRestriccionesPenitenciarias,
  importRestriccionesSanitarias,
} from './registros.ts'
import { DEMO_UNIDADES_CSV, importUnidades } from './unidades.ts'
import { DEMO_VEHICULOS_ROBADOS_CSV, importVehiculosRobados } from './vehiculos.ts'

/**
 * The demonstration data (not real people or units): police units and the comunas each has in
 * its jurisdiction, and the registries' rows for
 * the local ClaveÚnica's citizens — on the roll, in the civil registry, and two of them under a
 * restriction (Benjamín Soto, a confirmed case; Camila Ñanco, under house arrest) — Rosa Catrileo,
 * who died in 2024 (in the civil registry only), the last known addresses of four of them (the
 * reencuentro team's look-ups; the others have none), and a few invented plates reported stolen,
 * for the vehicles desk.
 */
export async function loadDemoData(db: LibSQLDatabase<typeof schema>): Promise<void> {
  await importUnidades(db, DEMO_UNIDADES_CSV)
  // Every comuna to a demo unit and its Fiscalía; an administrator's changes survive a restart.
  await importJurisdiccion(db, DEMO_JURISDICCION_CSV, { keepEdited: true })
  await importPadron(db, DEMO_PADRON_CSV)
  await importRegistroCivil(db, DEMO_REGISTRO_CIVIL_CSV)
  await importDomicilios(db, DEMO_DOMICILIOS_CSV)
  await importRestriccionesSanitarias(db, DEMO_SANITARIO_CSV)
  await importRestriccionesPenitenciarias(db, DEMO_PENITENCIARIO_CSV)
  await importVehiculosRobados(db, DEMO_VEHICULOS_ROBADOS_CSV)
}
