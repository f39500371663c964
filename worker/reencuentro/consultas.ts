import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import { casos, reencuentroConsultas, users } from '../../db/schema/index.ts'
import { AppError } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { rowId } from '../ids.ts'
import type { Database } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { lecturaDeDatos } from '../privacy/accesos.ts'
import { readFirst, readOne } from '../reads.ts'
import type { CivilRecord, DomicilioRecord, Registries } from '../registries/index.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { insertRow } from '../writes.ts'
import { type ConsultaInput, type ConsultaResultado, type ResumenConsulta, resumenDe } from './campos.ts'

/** The state a family search ends in (worker/reencuentro's machine): no look-up after it. */
const CONCLUIDA = 'concluida'

const queries = preparedFor((db) => ({
  // An open family search by its número: the case table is shared (worker/casos).
  caso: db
    .select({ id: casos.id, estado: casos.estado, cerradoAt: casos.cerradoAt })
    .from(casos)
    .where(
      and(
        eq(casos.numero, sql.placeholder('numero')),
        eq(casos.servicio, 'reencuentro'),
        isNull(casos.depuradoAt),
      ),
    )
    .prepare(),
}))

function respuesta(
  input: ConsultaInput,
  civil: CivilRecord | null,
  domicilio: DomicilioRecord | null,
): ConsultaResultado {
  const base = { registro: input.registro, run: input.run }
  if (input.registro === 'civil') {
    if (!civil) return { ...base, encontrado: false }
    return {
      ...base,
      encontrado: true,
      civil: {
        nombres: civil.nombres,
        apellidos: civil.apellidos,
        fechaNacimiento: civil.fechaNacimiento,
        fallecido: civil.fechaDefuncion !== null,
        fechaDefuncion: civil.fechaDefuncion,
      },
    }
  }
  if (!domicilio) return { ...base, encontrado: false }
  const { direccion, comuna, comunaCut, region, fuente, actualizadoEl } = domicilio
  return {
    ...base,
    encontrado: true,
    domicilio: { direccion, comuna, comunaCut, region, fuente, actualizadoEl },
  }
}

/**
 * A reencuentro officer's look-up in a registry for an open family search: the case, then the
 * registry; the answer goes out only with the writes that record it — the
 * audit entry (a read of the person's data, with the reason: the person sees it in "Quién vio mis
 * datos") and the case's own list of look-ups (staff-only, {@link consultasDelCaso}).
 *
 * @example
 * const planned = await planConsulta(ctx, registries, actor, 'WNDT7C4Z3T', { registro: 'civil', run, motivo })
 */
export async function planConsulta(
  ctx: ServiceContext,
  registries: Registries,
  actor: Actor,
  numero: string,
  input: ConsultaInput,
): Promise<Planned<ConsultaResultado>> {
  // The case first: a registry (perhaps another organ's service) is asked only for an open search.
  const caso = await readOne(ctx.db, readFirst(queries(ctx.db).caso, { numero }))
  if (!caso) throw new AppError('not_found')
  if (caso.estado === CONCLUIDA || caso.cerradoAt)
    throw new AppError('already_resolved', { params: { estado: caso.estado } })
  const civil = input.registro === 'civil' ? await readOne(ctx.db, registries.civil.lookup(input.run)) : null
  const domicilio =
    input.registro === 'domicilio' ? await readOne(ctx.db, registries.domicilios.lookup(input.run)) : null
  const result = respuesta(input, civil, domicilio)
  const resumen = resumenDe(result)
  const at = ctx.clock.now()
  return {
    writes: [
      insertRow(reencuentroConsultas, {
        id: rowId(),
        casoId: caso.id,
        registro: input.registro,
        run: input.run,
        motivo: input.motivo,
        funcionarioId: actor.userId,
        at,
        resultado: resumen,
      }),
      lecturaDeDatos(ctx, input.run, { tipo: 'reencuentro', code: numero }, 'busqueda_reencuentro', null, {
        consulta: input.registro,
        motivo: input.motivo,
        casoId: caso.id,
        resultado: resumen,
      }),
    ],
    result,
  }
}

/** A look-up as the case page lists it (staff-only). */
export interface ConsultaDelCaso {
  at: string
  registro: ConsultaInput['registro']
  run: string | null
  motivo: string | null
  funcionario: string
  resultado: ResumenConsulta
}

/**
 * The registry look-ups made for a case, oldest first, with who made them: what the case page
 * shows its team («Consulta al Registro Civil — motivo»). Never part of the requester's view.
 *
 * @example
 * const consultas = await consultasDelCaso(db, caso.id)
 */
export async function consultasDelCaso(db: Database, casoId: string): Promise<ConsultaDelCaso[]> {
  const rows = await db
    .select({
      at: reencuentroConsultas.at,
      registro: reencuentroConsultas.registro,
      run: reencuentroConsultas.run,
      motivo: reencuentroConsultas.motivo,
      resultado: reencuentroConsultas.resultado,
      givenNames: users.givenNames,
      familyNames: users.familyNames,
    })
    .from(reencuentroConsultas)
    .leftJoin(users, eq(users.id, reencuentroConsultas.funcionarioId))
    .where(eq(reencuentroConsultas.casoId, casoId))
    .orderBy(asc(reencuentroConsultas.at), asc(reencuentroConsultas.id))
  return rows.map((row) => ({
    at: row.at.toISOString(),
    registro: row.registro,
    run: row.run,
    motivo: row.motivo,
    funcionario: `${row.givenNames ?? ''} ${row.familyNames ?? ''}`.trim(),
    resultado: row.resultado,
  }))
}
