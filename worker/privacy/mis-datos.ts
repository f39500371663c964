import { and, desc, eq, isNull } from 'drizzle-orm'
import { TIPOS as TIPOS_CERTIFICADO_DEFS } from '../../core/certificados/tipos.ts'
import { addCalendar, RETENCION } from '../../core/retention.ts'
import { formatRun } from '../../core/run.ts'
import { localDate } from '../../core/time.ts'
import {
  avisosLegales,
  casos,
  certificados,
  comunas,
  condolencias,
  constanciasVoto,
  elecciones,
  felicitaciones,
  memoriales,
  permisos,
  permisosRechazados,
  reclamos,
  reencuentros,
  solicitudesDatos,
  tiposPermiso,
  unidades,
  users,
  validacionesVoto,
} from '../../db/schema/index.ts'
import { casosSuyos } from '../casos/suyos.ts'
import { propias as propiasCertificados } from '../certificados/service.ts'
import type { Locale } from '../i18n/index.ts'
import type { Actor } from '../identity/actor.ts'
import { ownedBy } from '../identity/owned-by.ts'
import { vistaReencuentro } from '../reencuentro/ver.ts'
import type { ServiceContext } from '../service.ts'
import { type Acceso, accesosDe } from './accesos.ts'
import { CAMPOS_RECTIFICABLES, type RegistroRectificable } from './rectificables.ts'

export type TipoRegistro =
  | 'cuenta'
  | 'constancia_voto'
  | 'aviso_legal'
  | 'permiso'
  | 'permiso_rechazado'
  | 'solicitud_datos'
  | 'certificado'
  | 'reclamo'
  | 'felicitacion'
  | 'condolencia'
  | 'reencuentro'

/** Why a record cannot be erased yet (the citizen reads one sentence per reason). */
export type MotivoConservacion =
  | 'constancia_decidida'
  | 'permiso_en_plazo'
  | 'rechazo_en_plazo'
  | 'cuenta_con_registros'
  | 'solicitud_en_curso'
  | 'certificado_en_plazo'
  | 'caso_en_plazo'
  | 'busqueda_en_plazo'

export interface Campo {
  campo: string
  valor: string | number | null
  rectificable: boolean
}

export interface RegistroPersonal {
  tipo: TipoRegistro
  id: string
  code: string | null
  creadoAt: string
  estado: string | null
  campos: Campo[]
  conservarHasta: string | null
  supresion: { posible: boolean; motivo: MotivoConservacion | null; hasta: string | null }
}

export interface Solicitud {
  code: string
  tipo: 'rectificacion' | 'supresion'
  estado: 'pendiente' | 'acogida' | 'rechazada' | 'resuelta'
  createdAt: string
  venceAt: string
  campo: string | null
  valorSolicitado: string | null
  explicacion: string | null
  respuesta: Record<string, unknown> | null
}

export interface MisDatos {
  generadoAt: string
  cuenta: {
    id: string
    nombres: string
    apellidos: string
    run: string | null
    runVerificadoCon: 'claveunica' | 'self' | null
    email: string | null
    telefono: string | null
    creadaAt: string
    ultimoIngresoAt: string | null
  }
  registros: RegistroPersonal[]
  accesos: Acceso[]
  solicitudes: Solicitud[]
}

const iso = (d: Date | null) => (d ? d.toISOString() : null)

/** The fields of a record, marked rectifiable where the catalog says so. */
function campos(tipo: TipoRegistro, values: Record<string, string | number | null>): Campo[] {
  const rectificables: Record<string, unknown> =
    tipo in CAMPOS_RECTIFICABLES ? CAMPOS_RECTIFICABLES[tipo as RegistroRectificable] : {}
  return Object.entries(values).map(([campo, valor]) => ({
    campo,
    valor,
    rectificable: campo in rectificables,
  }))
}

const erasable = { posible: true, motivo: null, hasta: null } as const
const kept = (motivo: MotivoConservacion, hasta: Date | null) => ({
  posible: false,
  motivo,
  hasta: iso(hasta),
})

async function constancias(ctx: ServiceContext, actor: Actor) {
  const rows = await ctx.db
    .select({
      row: constanciasVoto,
      eleccion: elecciones,
      comuna: comunas.name,
      validacion: validacionesVoto,
    })
    .from(constanciasVoto)
    .innerJoin(elecciones, eq(elecciones.id, constanciasVoto.eleccionId))
    .innerJoin(comunas, eq(comunas.cut, constanciasVoto.comunaVotacionCut))
    .leftJoin(validacionesVoto, eq(validacionesVoto.constanciaId, constanciasVoto.id))
    .where(and(ownedBy(actor, constanciasVoto), isNull(constanciasVoto.depuradaAt)))
    .orderBy(desc(constanciasVoto.createdAt))
  const keptElections = new Set(rows.filter((r) => r.row.estado !== 'pendiente').map((r) => r.eleccion.id))
  const registros = rows.map(({ row, eleccion, comuna, validacion }): RegistroPersonal => {
    const decidida = row.estado !== 'pendiente'
    const hasta = decidida
      ? addCalendar(new Date(`${eleccion.fecha}T12:00:00Z`), { anos: RETENCION.constanciaVotoAnos })
      : addCalendar(eleccion.ventanaFin, { dias: RETENCION.constanciaVencidaDias })
    return {
      tipo: 'constancia_voto',
      id: row.id,
      code: row.code,
      creadoAt: row.createdAt.toISOString(),
      estado: row.estado === 'pendiente' && ctx.clock.now() > eleccion.ventanaFin ? 'vencida' : row.estado,
      campos: campos('constancia_voto', {
        eleccion: `${eleccion.nombre} (${eleccion.fecha})`,
        nombres: row.nombres,
        apellidos: row.apellidos,
        run: formatRun(row.run),
        fechaNacimiento: row.fechaNacimiento,
        email: row.email,
        telefono: row.telefono,
        comunaVotacion: comuna,
        canal: row.canal,
        motivoRechazo: row.motivoRechazo,
        documentoNumero: validacion?.documentoNumero ?? null,
        distanciaKm: validacion?.distanciaKm ?? null,
      }),
      conservarHasta: hasta.toISOString(),
      supresion: decidida ? kept('constancia_decidida', hasta) : erasable,
    }
  })
  return { registros, keptElections }
}

async function avisos(ctx: ServiceContext, actor: Actor, constanciasKept: Set<string>) {
  const rows = await ctx.db
    .select({ aviso: avisosLegales, eleccion: elecciones })
    .from(avisosLegales)
    .innerJoin(elecciones, eq(elecciones.id, avisosLegales.eleccionId))
    .where(eq(avisosLegales.userId, actor.userId))
  return rows.map(({ aviso, eleccion }): RegistroPersonal => {
    const hasta = addCalendar(new Date(`${eleccion.fecha}T12:00:00Z`), { anos: RETENCION.constanciaVotoAnos })
    return {
      tipo: 'aviso_legal',
      id: eleccion.id,
      code: null,
      creadoAt: aviso.acceptedAt.toISOString(),
      estado: null,
      campos: campos('aviso_legal', {
        eleccion: `${eleccion.nombre} (${eleccion.fecha})`,
        aceptadoAt: aviso.acceptedAt.toISOString(),
      }),
      conservarHasta: hasta.toISOString(),
      // It proves the warning of a constancia that must be kept: it is kept with it.
      supresion: constanciasKept.has(eleccion.id) ? kept('constancia_decidida', hasta) : erasable,
    }
  })
}

async function permits(ctx: ServiceContext, actor: Actor): Promise<RegistroPersonal[]> {
  const rows = await ctx.db
    .select({ row: permisos, tipo: tiposPermiso.nombre, comuna: comunas.name })
    .from(permisos)
    .innerJoin(tiposPermiso, eq(tiposPermiso.id, permisos.tipoId))
    .innerJoin(comunas, eq(comunas.cut, permisos.comunaCut))
    .where(and(ownedBy(actor, permisos), isNull(permisos.depuradoAt)))
    .orderBy(desc(permisos.createdAt))
  return rows.map(({ row, tipo, comuna }) => {
    const hasta = addCalendar(row.fin, { meses: RETENCION.permisoMeses })
    return {
      tipo: 'permiso',
      id: row.id,
      code: row.code,
      creadoAt: row.createdAt.toISOString(),
      estado: row.revocadoAt ? 'revocado' : null,
      campos: campos('permiso', {
        nombres: row.nombres,
        apellidos: row.apellidos,
        run: formatRun(row.run),
        tipoPermiso: tipo,
        comuna,
        destino: row.destino,
        inicio: row.inicio.toISOString(),
        fin: row.fin.toISOString(),
        motivoRevocacion: row.motivoRevocacion,
      }),
      conservarHasta: hasta.toISOString(),
      supresion: kept('permiso_en_plazo', hasta),
    }
  })
}

/** The caller's constancias (worker/certificados) not yet past their clock: kept five years. */
async function certificadosDe(ctx: ServiceContext, actor: Actor): Promise<RegistroPersonal[]> {
  const rows = await ctx.db
    .select()
    .from(certificados)
    .where(and(propiasCertificados(actor), isNull(certificados.depuradoAt)))
    .orderBy(desc(certificados.createdAt))
  return rows.map((row) => {
    const hasta = addCalendar(row.createdAt, { anos: RETENCION.certificadoAnos })
    return {
      tipo: 'certificado',
      id: row.id,
      code: row.code,
      creadoAt: row.createdAt.toISOString(),
      estado: row.anuladaAt ? 'anulada' : null,
      campos: campos('certificado', {
        nombres: row.nombres,
        apellidos: row.apellidos,
        run: formatRun(row.run),
        tipoConstancia: TIPOS_CERTIFICADO_DEFS[row.tipo].nombreLegal,
        declarado: JSON.stringify(row.respuestas),
        motivoAnulacion: row.motivoAnulacion,
      }),
      conservarHasta: hasta.toISOString(),
      supresion: kept('certificado_en_plazo', hasta),
    }
  })
}

/**
 * The caller's complaints (worker/reclamos) not yet purged: kept while open and five years after
 * closing (a case's clock, RETENCION.casoAnos); a reopened one runs on again until it closes anew.
 */
async function reclamosDe(ctx: ServiceContext, actor: Actor): Promise<RegistroPersonal[]> {
  const rows = await ctx.db
    .select({ caso: casos, reclamo: reclamos, unidad: unidades.name, comuna: comunas.name })
    .from(reclamos)
    .innerJoin(casos, eq(casos.id, reclamos.casoId))
    .innerJoin(unidades, eq(unidades.code, reclamos.unidadCode))
    .innerJoin(comunas, eq(comunas.cut, reclamos.comunaCut))
    .where(and(casosSuyos(actor, reclamos), isNull(casos.depuradoAt)))
    .orderBy(desc(casos.createdAt))
  return rows.map(({ caso, reclamo, unidad, comuna }) => {
    const hasta = caso.cerradoAt ? addCalendar(caso.cerradoAt, { anos: RETENCION.casoAnos }) : null
    return {
      tipo: 'reclamo',
      id: caso.id,
      code: caso.numero,
      creadoAt: caso.createdAt.toISOString(),
      estado: caso.estado,
      campos: campos('reclamo', {
        unidad,
        fecha: reclamo.hechoFecha,
        comuna,
        lugar: reclamo.lugar,
        relato: reclamo.relato,
        peticion: reclamo.peticion,
        email: reclamo.email,
        telefono: reclamo.telefono,
        motivoReapertura: reclamo.reaperturaMotivo,
      }),
      conservarHasta: iso(hasta),
      supresion: kept('caso_en_plazo', hasta),
    }
  })
}

/**
 * The caller's commendations: kept five years for the unit they thanked (RETENCION.felicitacionAnos);
 * erasing one unties it from the caller and drops their name from it (worker/privacy/solicitudes.ts).
 */
async function felicitacionesDe(ctx: ServiceContext, actor: Actor): Promise<RegistroPersonal[]> {
  const rows = await ctx.db
    .select({ row: felicitaciones, unidad: unidades.name })
    .from(felicitaciones)
    .innerJoin(unidades, eq(unidades.code, felicitaciones.unidadCode))
    .where(eq(felicitaciones.userId, actor.userId))
    .orderBy(desc(felicitaciones.createdAt))
  return rows.map(({ row, unidad }) => ({
    tipo: 'felicitacion',
    id: row.id,
    code: row.numero,
    creadoAt: row.createdAt.toISOString(),
    estado: null,
    campos: campos('felicitacion', {
      unidad,
      funcionario: [row.funcionarioGrado, row.funcionarioNombre].filter(Boolean).join(' ') || null,
      mensaje: row.mensaje,
      firma: row.firma,
    }),
    conservarHasta: addCalendar(row.createdAt, { anos: RETENCION.felicitacionAnos }).toISOString(),
    supresion: erasable,
  }))
}

/**
 * The caller's messages in the condolence book, in every state (decision 0065): kept five years,
 * a rejected or withdrawn one 30 days after the decision. Written with their consent: erasable
 * at once (worker/privacy/solicitudes.ts deletes them and moves their memorials' versions).
 */
async function condolenciasDe(ctx: ServiceContext, actor: Actor): Promise<RegistroPersonal[]> {
  const rows = await ctx.db
    .select({ row: condolencias, memorial: memoriales.nombre })
    .from(condolencias)
    .innerJoin(memoriales, eq(memoriales.id, condolencias.memorialId))
    .where(eq(condolencias.autorId, actor.userId))
    .orderBy(desc(condolencias.receivedAt))
  const now = ctx.clock.now()
  return rows.map(({ row, memorial }) => {
    // Waiting its delay and past it is public (the read rule, decision 0065).
    const estado = row.estado === 'pendiente' && row.publicarDesde <= now ? 'publicado' : row.estado
    const hasta =
      row.estado === 'rechazado'
        ? addCalendar(row.moderadoAt ?? row.receivedAt, { dias: RETENCION.condolenciaOcultaDias })
        : addCalendar(row.receivedAt, { anos: RETENCION.condolenciaAnos })
    return {
      tipo: 'condolencia',
      id: row.id,
      code: null,
      creadoAt: row.receivedAt.toISOString(),
      estado,
      campos: campos('condolencia', {
        memorial,
        mensaje: row.mensaje,
        firma: row.firmaTexto,
        publicarDesde:
          estado === 'rechazado' || estado === 'retenido' ? null : row.publicarDesde.toISOString(),
        motivoRetencion: row.motivoRetencion,
        motivoRechazo: row.motivoRechazo,
        moderadoAt: iso(row.moderadoAt),
      }),
      conservarHasta: hasta.toISOString(),
      supresion: erasable,
    }
  })
}

/**
 * The caller's family searches exactly as they see them (worker/reencuentro/ver.ts, decision
 * 0064): the three states, the closing words and what the person found chose to share — never
 * whether they were contacted, nor how the search ended beyond that. Kept with their case.
 */
async function reencuentrosDe(
  ctx: ServiceContext,
  actor: Actor,
  locale: Locale,
): Promise<RegistroPersonal[]> {
  if (actor.kind !== 'citizen') return []
  const rows = await ctx.db
    .select({ numero: casos.numero, id: casos.id, cerradoAt: casos.cerradoAt })
    .from(reencuentros)
    .innerJoin(casos, eq(casos.id, reencuentros.casoId))
    .where(and(casosSuyos(actor, reencuentros), isNull(casos.depuradoAt)))
    .orderBy(desc(casos.createdAt))
  return Promise.all(
    rows.map(async (row): Promise<RegistroPersonal> => {
      const vista = await vistaReencuentro(ctx, actor, row.numero, locale)
      const hasta = row.cerradoAt ? addCalendar(row.cerradoAt, { anos: RETENCION.casoAnos }) : null
      const { solicitud, cierre } = vista
      return {
        tipo: 'reencuentro',
        id: row.id,
        code: row.numero,
        creadoAt: vista.recibidaEl,
        estado: vista.estado,
        campos: campos('reencuentro', {
          buscado: `${solicitud.nombres} ${solicitud.apellidos}`,
          nacimientoAnio: solicitud.nacimientoAnio,
          relacion: solicitud.relacion,
          ultimaComuna: solicitud.ultimaComuna,
          ultimoLugar: solicitud.ultimoLugar,
          ultimoContactoAnio: solicitud.ultimoContactoAnio,
          motivoDistancia: solicitud.motivoDistancia,
          mensaje: solicitud.mensaje,
          historia: vista.historia
            .map((paso) => `${paso.texto} (${localDate(new Date(paso.at))})`)
            .join('; '),
          cierre: cierre?.texto ?? null,
          contacto: cierre?.contacto
            ? [cierre.contacto.nombre, cierre.contacto.correo, cierre.contacto.telefono]
                .filter(Boolean)
                .join(', ')
            : null,
          mensajeRespuesta: cierre?.mensaje ?? null,
        }),
        conservarHasta: iso(hasta),
        supresion: kept('busqueda_en_plazo', hasta),
      }
    }),
  )
}

async function rechazos(ctx: ServiceContext, actor: Actor): Promise<RegistroPersonal[]> {
  const rows = await ctx.db
    .select({ row: permisosRechazados, tipo: tiposPermiso.nombre, comuna: comunas.name })
    .from(permisosRechazados)
    .leftJoin(tiposPermiso, eq(tiposPermiso.id, permisosRechazados.tipoId))
    .leftJoin(comunas, eq(comunas.cut, permisosRechazados.comunaCut))
    .where(eq(permisosRechazados.userId, actor.userId))
  return rows.map(({ row, tipo, comuna }) => {
    const hasta = addCalendar(row.at, { meses: RETENCION.permisoRechazadoMeses })
    return {
      tipo: 'permiso_rechazado',
      id: row.id,
      code: null,
      creadoAt: row.at.toISOString(),
      estado: 'rechazado',
      campos: campos('permiso_rechazado', { tipoPermiso: tipo, comuna }),
      conservarHasta: hasta.toISOString(),
      supresion: kept('rechazo_en_plazo', hasta),
    }
  })
}

/**
 * What a request about one's data is, without the values it carries: what the citizen's list and
 * the staff queue both show.
 *
 * @example
 * rows.map(solicitudBase)
 */
export function solicitudBase(row: typeof solicitudesDatos.$inferSelect) {
  return {
    code: row.code,
    tipo: row.tipo,
    estado: row.estado,
    createdAt: row.createdAt.toISOString(),
    venceAt: row.venceAt.toISOString(),
    campo: row.campo,
  }
}

/** The caller's requests about their data, newest first ("Mis trámites" lists them too). */
export async function misSolicitudesDatos(
  ctx: Pick<ServiceContext, 'db'>,
  actor: Actor,
): Promise<Solicitud[]> {
  const rows = await ctx.db
    .select()
    .from(solicitudesDatos)
    .where(eq(solicitudesDatos.userId, actor.userId))
    .orderBy(desc(solicitudesDatos.createdAt))
  return rows.map((row) => ({
    ...solicitudBase(row),
    valorSolicitado: row.valorSolicitado,
    explicacion: row.explicacion,
    respuesta: row.respuesta,
  }))
}

function solicitudRegistros(rows: Solicitud[]) {
  return rows.map((s): RegistroPersonal => {
    const hasta =
      s.estado === 'pendiente'
        ? null
        : addCalendar(new Date(s.createdAt), { anos: RETENCION.solicitudDatosAnos })
    return {
      tipo: 'solicitud_datos',
      id: s.code,
      code: s.code,
      creadoAt: s.createdAt,
      estado: s.estado,
      campos: campos('solicitud_datos', {
        tipoSolicitud: s.tipo,
        campo: s.campo,
        valorSolicitado: s.valorSolicitado,
        explicacion: s.explicacion,
      }),
      conservarHasta: iso(hasta),
      supresion: kept('solicitud_en_curso', hasta),
    }
  })
}

/**
 * Everything the portal holds about the signed-in citizen, across every service, with each
 * record's clock and whether it can be erased now — and who among the staff read it.
 *
 * @example
 * const datos = await misDatos(ctx, actor)
 */
export async function misDatos(ctx: ServiceContext, actor: Actor, locale: Locale = 'es'): Promise<MisDatos> {
  const [
    [user],
    constanciasFound,
    permitsFound,
    refusals,
    solicitudes,
    accesos,
    certificadosFound,
    reclamosFound,
    felicitacionesFound,
    condolenciasFound,
    reencuentrosFound,
  ] = await Promise.all([
    ctx.db.select().from(users).where(eq(users.id, actor.userId)),
    constancias(ctx, actor),
    permits(ctx, actor),
    rechazos(ctx, actor),
    misSolicitudesDatos(ctx, actor),
    accesosDe(ctx, actor),
    certificadosDe(ctx, actor),
    reclamosDe(ctx, actor),
    felicitacionesDe(ctx, actor),
    condolenciasDe(ctx, actor),
    reencuentrosDe(ctx, actor, locale),
  ])
  if (!user) throw new Error('the session names an account that does not exist')
  const others = [
    ...constanciasFound.registros,
    ...(await avisos(ctx, actor, constanciasFound.keptElections)),
    ...permitsFound,
    ...refusals,
    // A constancia is kept its five years: the account that obtained it stays while it does.
    ...certificadosFound,
    // A complaint keeps its citizen until its case's clock lets go (worker/privacy/retention.ts).
    ...reclamosFound,
    ...felicitacionesFound,
    ...condolenciasFound,
    // A family search keeps its requester while its case's clock runs, as a complaint does.
    ...reencuentrosFound,
  ]
  const blocking = others.filter((r) => !r.supresion.posible)
  const lastKept = blocking
    .map((r) => r.supresion.hasta)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1)
  const cuentaHasta = addCalendar(user.lastLoginAt ?? user.createdAt, { anos: RETENCION.cuentaInactivaAnos })
  const cuenta: RegistroPersonal = {
    tipo: 'cuenta',
    id: user.id,
    code: null,
    creadoAt: user.createdAt.toISOString(),
    estado: null,
    campos: campos('cuenta', {
      nombres: user.givenNames,
      apellidos: user.familyNames,
      run: user.run ? formatRun(user.run) : null,
      email: user.email,
      telefono: user.phone,
    }),
    conservarHasta: cuentaHasta.toISOString(),
    supresion:
      blocking.length > 0 ? kept('cuenta_con_registros', lastKept ? new Date(lastKept) : null) : erasable,
  }
  return {
    generadoAt: ctx.clock.now().toISOString(),
    cuenta: {
      id: user.id,
      nombres: user.givenNames,
      apellidos: user.familyNames,
      run: user.run ? formatRun(user.run) : null,
      runVerificadoCon: user.runProof === 'claveunica' || user.runProof === 'self' ? user.runProof : null,
      email: user.email,
      telefono: user.phone,
      creadaAt: user.createdAt.toISOString(),
      ultimoIngresoAt: iso(user.lastLoginAt),
    },
    registros: [cuenta, ...others, ...solicitudRegistros(solicitudes)],
    accesos,
    solicitudes,
  }
}
