import { and, desc, eq } from 'drizzle-orm'
import { oldestAcceptedExpiry } from '../../core/constancias-voto/documento.ts'
import { formatRun, maskRun } from '../../core/run.ts'
import { formatCivilDate, formatLocal } from '../../core/time.ts'
import {
  comunas,
  constanciasVoto,
  elecciones,
  regiones,
  unidades,
  users,
  validacionesVoto,
} from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { contar } from '../cifras/contar.ts'
import { randomCode } from '../codes.ts'
import { correoConPdf, enlaceVerificacion, guardarPdf } from '../documents/emitir.ts'
import { type DocumentPdf, documentPdf } from '../documents/pdf.ts'
import { signDocument } from '../documents/signing.ts'
import { abierta, describeEleccion, type Eleccion, openEleccion } from '../elecciones/service.ts'
import { AppError, invalidField } from '../errors.ts'
import { distanceKm } from '../geo.ts'
import type { Actor } from '../identity/actor.ts'
import { enqueueMail } from '../mail/outbox.ts'
import type { Database, Ports } from '../ports.ts'
import { lecturaDeDatos } from '../privacy/accesos.ts'
import { readTogether } from '../reads.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { runWrites } from '../writes.ts'
import { corregible, planContacto } from './contacto.ts'
import { rechazoMail } from './mail.ts'
import type { CorreoInput } from './schema.ts'
import { registeredBirth, solicitudNueva } from './service.ts'
import type { AsistidaInput, ValidacionInput } from './validacion-schema.ts'

type Row = typeof constanciasVoto.$inferSelect

/**
 * Farther than this from the polling place, the cause of art. 139 bis holds. At this distance or
 * less the constancia is not issued, whatever an officer writes: the citizen standing at the unit
 * is in a locality within 200 km, and any other excuse is the Juzgado de Policía Local's to weigh
 * (decision 0038).
 */
export const MIN_DISTANCE_KM = 200

async function officerUnit(ctx: ServiceContext, actor: Actor) {
  const [unit] = await ctx.db
    .select()
    .from(unidades)
    .where(eq(unidades.code, actor.unidadCode ?? ''))
  if (!unit) throw new AppError('forbidden')
  return unit
}

async function constancia(ctx: ServiceContext, code: string) {
  const [found] = await ctx.db
    .select({
      row: constanciasVoto,
      eleccion: elecciones,
      comuna: comunas,
      region: regiones.name,
      // The citizen's language for the rejection's e-mail (an assisted one has no account).
      locale: users.locale,
    })
    .from(constanciasVoto)
    .innerJoin(elecciones, eq(elecciones.id, constanciasVoto.eleccionId))
    .innerJoin(comunas, eq(comunas.cut, constanciasVoto.comunaVotacionCut))
    .innerJoin(regiones, eq(regiones.code, comunas.regionCode))
    .leftJoin(users, eq(users.id, constanciasVoto.userId))
    .where(eq(constanciasVoto.code, code))
  if (!found) throw new AppError('not_found')
  return found
}

const ESTADO_ES = { validada: 'validada', rechazada: 'rechazada' } as const

/** What an officer sees when a citizen hands over a code; the look-up of personal data is audited. */
export async function buscarParaValidar(ctx: ServiceContext, actor: Actor, code: string) {
  const unit = await officerUnit(ctx, actor)
  const { row, eleccion, comuna, region } = await constancia(ctx, code)
  const distancia = Math.round(distanceKm(unit, comuna))
  await runWrites(ctx, [
    lecturaDeDatos(
      ctx,
      row.run,
      { tipo: 'constancia_voto', code: row.code },
      'validacion_constancia',
      row.userId,
    ),
  ])
  return {
    code: row.code,
    estado:
      row.estado === 'pendiente' && ctx.clock.now() > eleccion.ventanaFin ? ('vencida' as const) : row.estado,
    canal: row.canal,
    // A rejected request can still be validated in person while the window is open (decision 0081).
    motivoRechazo: row.motivoRechazo,
    nombre: `${row.nombres} ${row.apellidos}`,
    run: formatRun(row.run),
    fechaNacimiento: row.fechaNacimiento,
    // Its window, so the screen offers nothing to do when it is not open (the server checks again).
    eleccion: describeEleccion(eleccion, ctx.clock.now()),
    documentoVigenteDesde: oldestAcceptedExpiry(eleccion.fechaPrimarias),
    comunaVotacion: comuna.name,
    region,
    unidad: unit.name,
    // Where the signed PDF goes: the officer checks it with the citizen (seed 3.2, decision 0080).
    email: row.email,
    distanciaKm: distancia,
    cerca: distancia <= MIN_DISTANCE_KM,
  }
}

/** The checks of the in-person step: identity document, and the 200 km rule without exception. */
function checkDocument(
  row: Pick<Row, 'run'>,
  eleccion: Eleccion,
  input: ValidacionInput,
  distancia: number,
): void {
  if (input.runDocumento !== row.run) throw invalidField('runDocumento', 'run_mismatch')
  const limit = oldestAcceptedExpiry(eleccion.fechaPrimarias)
  if (input.vencimiento < limit) {
    throw invalidField('vencimiento', 'document_expired', { limit: formatCivilDate(limit) })
  }
  if (distancia <= MIN_DISTANCE_KM) {
    throw new AppError('near_polling_place', { params: { distancia: String(distancia) } })
  }
}

interface Issued {
  code: string
  estado: 'validada'
  pdfKey: string
  verificacionUrl: string
}

/** Where and how far: the unit that saw the citizen, and its distance from the polling comuna. */
interface Lugar {
  unit: { name: string; code: string }
  comuna: string
  distancia: number
}

/**
 * The document's words: what the citizen declared (the form's words, art. 139 bis's cause) and
 * what Carabineros checked in person — the identity document and the distance measured from the
 * unit to the comuna where the citizen votes (decision 0038).
 */
function constanciaPdfText(
  row: Pick<Row, 'nombres' | 'apellidos' | 'run' | 'canal'>,
  eleccion: Pick<Eleccion, 'nombre' | 'fecha'>,
  lugar: Lugar,
  officer: Pick<Actor, 'givenNames' | 'familyNames'>,
  input: Pick<ValidacionInput, 'documento' | 'numeroDocumento'>,
  now: Date,
): Pick<DocumentPdf, 'title' | 'preamble' | 'fields'> {
  const documento = `${input.documento === 'cedula' ? 'Cédula de identidad' : 'Pasaporte'} N° ${input.numeroDocumento}`
  return {
    title: 'Constancia de Excusa Electoral: localidad a más de 200 kilómetros del local de votación',
    preamble: [
      'Carabineros de Chile deja constancia de que la persona individualizada declaró bajo su responsabilidad encontrarse, el día de la elección, en una localidad ubicada a más de doscientos kilómetros de su local de votación, causal de excusa establecida en el artículo 139 bis de la Ley N° 18.700, modificado por la Ley N° 21.779.',
      `Un funcionario de Carabineros validó esta constancia en forma presencial: verificó su identidad con el documento indicado, y que la unidad policial donde se presentó está a ${lugar.distancia} kilómetros de la comuna de su local de votación, más de doscientos.`,
    ],
    fields: [
      ['Nombre', `${row.nombres} ${row.apellidos}`],
      ['RUN', formatRun(row.run)],
      ['Elección', `${eleccion.nombre} (${formatCivilDate(eleccion.fecha)})`],
      ['Comuna de votación', lugar.comuna],
      [
        'Trámite',
        row.canal === 'online'
          ? 'En línea, validado en unidad policial'
          : 'Constancia asistida en unidad policial',
      ],
      ['Unidad policial', lugar.unit.name],
      ['Distancia medida', `${lugar.distancia} km, de la unidad policial a ${lugar.comuna} (más de 200 km)`],
      ['Funcionario', `${officer.givenNames} ${officer.familyNames}`],
      ['Validada el', `${formatLocal(now)} (hora de Chile continental)`],
      ['Documento', documento],
    ],
  }
}

/** Signs the document, stores its PDF, and plans the e-mail that carries it. */
async function issue(
  ctx: ServiceContext,
  ports: Pick<Ports, 'keys' | 'files' | 'config'>,
  actor: Actor,
  row: Row,
  eleccion: Eleccion,
  lugar: Lugar,
  input: ValidacionInput,
): Promise<{ token: string; pdfKey: string; mail: ReturnType<typeof enqueueMail>; result: Issued }> {
  const now = ctx.clock.now()
  const token = await signDocument(ports.keys, {
    t: 'constancia_voto',
    c: row.code,
    n: `${row.nombres} ${row.apellidos}`,
    r: maskRun(row.run),
    i: Math.floor(now.getTime() / 1000),
    e: eleccion.id,
  })
  const verificacionUrl = enlaceVerificacion(token, ports.config.publicUrl)
  const pdf = await documentPdf({
    ...constanciaPdfText(row, eleccion, lugar, actor, input, now),
    code: row.code,
    qr: verificacionUrl,
    footer: `Verifique este documento en ${new URL('/verificar', ports.config.publicUrl).toString()} con su código, o escaneando el código QR. Entregar datos falsos o inexactos constituye un delito sancionado por el artículo 210 del Código Penal.`,
  })
  const pdfKey = await guardarPdf(ports.files, 'constancias-voto', row.code, pdf)
  const mail = correoConPdf(
    now,
    ports.config.publicUrl,
    {
      to: row.email,
      subject: `Constancia Votación validada — ${row.code}`,
      text: `Hola ${row.nombres}:\n\nSu Constancia de Excusa Electoral (${eleccion.nombre}) fue validada el ${formatLocal(now)} en ${lugar.unit.name}. La encontrará adjunta en PDF; preséntela si el Juzgado de Policía Local se la pide.\n\nCódigo: ${row.code}\nVerificación: ${verificacionUrl}\n`,
    },
    pdfKey,
    `constancia-${row.code}.pdf`,
  )
  return { token, pdfKey, mail, result: { code: row.code, estado: 'validada', pdfKey, verificacionUrl } }
}

function resolution(
  ctx: ServiceContext,
  actor: Actor,
  row: Row,
  values: Partial<typeof validacionesVoto.$inferInsert> & { resultado: 'validada' | 'rechazada' },
) {
  const now = ctx.clock.now()
  return [
    // A rejection the citizen came back about in person is replaced (decision 0081); the audit
    // log keeps it. A colleague's simultaneous validation then finds nothing to delete.
    ...(row.estado === 'rechazada'
      ? [
          ctx.db
            .delete(validacionesVoto)
            .where(
              and(eq(validacionesVoto.constanciaId, row.id), eq(validacionesVoto.resultado, 'rechazada')),
            ),
        ]
      : []),
    // The key of validaciones_voto makes a second, simultaneous resolution fail as a whole.
    ctx.db.insert(validacionesVoto).values({
      constanciaId: row.id,
      officerId: actor.userId,
      unidadCode: actor.unidadCode ?? '',
      at: now,
      ...values,
    }),
    ctx.db
      .update(constanciasVoto)
      .set({
        estado: values.resultado,
        resolvedAt: now,
        resolvedBy: actor.userId,
        resolvedUnidad: actor.unidadCode,
        motivoRechazo: values.motivoRechazo ?? null,
      })
      .where(and(eq(constanciasVoto.id, row.id), eq(constanciasVoto.estado, row.estado))),
    ...contar(ctx, 'constancias_voto', {
      evento: values.resultado,
      en: now,
      comuna: row.comunaVotacionCut,
      ambito: row.eleccionId,
    }),
    // A rejection later validated counts as validated only, so that none reads as pending twice over.
    ...(row.estado === 'rechazada'
      ? contar(ctx, 'constancias_voto', {
          evento: 'rechazada',
          en: row.resolvedAt ?? now,
          comuna: row.comunaVotacionCut,
          ambito: row.eleccionId,
          n: -1,
        })
      : []),
  ]
}

/** What a validation records: the document shown, the distance, the signed payload and its PDF. */
function validated(input: ValidacionInput, distancia: number, issued: { token: string; pdfKey: string }) {
  return {
    resultado: 'validada' as const,
    documentoTipo: input.documento,
    documentoNumero: input.numeroDocumento,
    documentoVencimiento: input.vencimiento,
    distanciaKm: distancia,
    token: issued.token,
    pdfKey: issued.pdfKey,
  }
}

/**
 * A request an officer may still resolve: a pending one, or — to validate it, not to reject it
 * again — one rejected whose citizen came back in person the same day (decision 0081).
 */
function resoluble(row: Row, accion: 'validar' | 'rechazar'): void {
  if (row.estado === 'pendiente' || (accion === 'validar' && row.estado === 'rechazada')) return
  throw new AppError('already_resolved', { params: { estado: ESTADO_ES[row.estado] } })
}

/** An officer validates a pending code after checking the citizen's identity document. */
export async function planValidacion(
  ctx: ServiceContext,
  ports: Pick<Ports, 'keys' | 'files' | 'config'>,
  actor: Actor,
  code: string,
  input: ValidacionInput,
): Promise<Planned<Issued>> {
  const unit = await officerUnit(ctx, actor)
  const { row, eleccion, comuna } = await constancia(ctx, code)
  abierta(eleccion, ctx.clock.now())
  resoluble(row, 'validar')
  const distancia = Math.round(distanceKm(unit, comuna))
  checkDocument(row, eleccion, input, distancia)
  const issued = await issue(
    ctx,
    ports,
    actor,
    row,
    eleccion,
    { unit, comuna: comuna.name, distancia },
    input,
  )
  return {
    writes: [
      ...resolution(ctx, actor, row, validated(input, distancia, issued)),
      issued.mail,
      auditEntry(
        ctx,
        'constancia_voto.validated',
        { type: 'constancia_voto', id: row.id },
        {
          distanciaKm: distancia,
          ...(row.estado === 'rechazada' ? { reemplazaRechazo: row.motivoRechazo } : {}),
        },
      ),
    ],
    result: issued.result,
  }
}

/**
 * The officer corrects the e-mail of a pending request with the citizen present, typed twice (the
 * seed's "doble verificación del correo", decision 0080): the signed PDF then goes there.
 */
export async function planCorreo(
  ctx: ServiceContext,
  publicUrl: string,
  actor: Actor,
  code: string,
  input: CorreoInput,
): Promise<Planned<{ code: string; email: string }>> {
  await officerUnit(ctx, actor)
  const { row, eleccion } = await constancia(ctx, code)
  corregible(row, eleccion, ctx.clock.now())
  const { writes, result } = planContacto(
    ctx,
    row,
    eleccion,
    { email: input.email },
    'funcionario',
    { locale: 'es', publicUrl },
    (corregida) => ({ code: corregida.code, email: corregida.email }),
  )
  return { writes, result }
}

/**
 * An officer rejects a pending code, with the reason; the citizen receives it by e-mail with what
 * they can still do that day.
 */
export async function planRechazo(
  ctx: ServiceContext,
  ports: Pick<Ports, 'config'>,
  actor: Actor,
  code: string,
  motivo: string,
): Promise<Planned<{ code: string; estado: 'rechazada' }>> {
  const unit = await officerUnit(ctx, actor)
  const { row, eleccion, comuna, locale } = await constancia(ctx, code)
  const now = ctx.clock.now()
  abierta(eleccion, now)
  resoluble(row, 'rechazar')
  const { publicUrl } = ports.config
  const mail = rechazoMail[locale ?? 'es']({
    nombre: row.nombres,
    code: row.code,
    eleccion: eleccion.nombre,
    motivo,
    ventanaFin: eleccion.ventanaFin,
    fechaPrimarias: eleccion.fechaPrimarias,
    link: new URL(`/constancias/votacion/${row.code}`, publicUrl).toString(),
  })
  return {
    writes: [
      enqueueMail(now, new URL(publicUrl).hostname, { to: row.email, ...mail }),
      ...resolution(ctx, actor, row, {
        resultado: 'rechazada',
        motivoRechazo: motivo,
        distanciaKm: Math.round(distanceKm(unit, comuna)),
      }),
      auditEntry(ctx, 'constancia_voto.rejected', { type: 'constancia_voto', id: row.id }, { motivo }),
    ],
    result: { code: row.code, estado: 'rechazada' },
  }
}

/**
 * The assisted constancia (seed 3.2): the officer enters the citizen's data at the unit and the
 * constancia is validated at once. A pending online request of the same citizen is completed
 * rather than duplicated.
 */
export async function planAsistida(
  ctx: ServiceContext,
  ports: Pick<Ports, 'keys' | 'files' | 'config' | 'registries'>,
  actor: Actor,
  input: AsistidaInput,
): Promise<Planned<Issued>> {
  const unit = await officerUnit(ctx, actor)
  const now = ctx.clock.now()
  const eleccion = await openEleccion(ctx.db, input.eleccionId, now)
  const { roll, civil } = await readTogether(ctx.db, {
    roll: ports.registries.roll.lookup(input.run),
    civil: ports.registries.civil.lookup(input.run),
  })
  if (!roll) throw new AppError('not_in_roll')
  const registrada = registeredBirth(civil, input.fechaNacimiento)
  const [comuna] = await ctx.db.select().from(comunas).where(eq(comunas.cut, roll.comunaCut))
  if (!comuna) throw new AppError('not_in_roll')
  const [existing] = await ctx.db
    .select()
    .from(constanciasVoto)
    .where(and(eq(constanciasVoto.eleccionId, eleccion.id), eq(constanciasVoto.run, input.run)))
  if (existing) resoluble(existing, 'validar')
  const distancia = Math.round(distanceKm(unit, comuna))
  const row: Row =
    existing ??
    solicitudNueva(
      { code: randomCode(), eleccionId: eleccion.id, userId: null, run: input.run, canal: 'asistida' },
      registrada,
      input,
      roll.comunaCut,
      now,
    )

  checkDocument(row, eleccion, input, distancia)
  const issued = await issue(
    ctx,
    ports,
    actor,
    { ...row, email: input.email },
    eleccion,
    { unit, comuna: comuna.name, distancia },
    input,
  )
  return {
    writes: [
      ...(existing
        ? []
        : [
            ctx.db.insert(constanciasVoto).values(row),
            ...contar(ctx, 'constancias_voto', {
              evento: 'solicitada',
              en: row.createdAt,
              comuna: row.comunaVotacionCut,
              ambito: row.eleccionId,
            }),
          ]),
      ...resolution(ctx, actor, row, {
        ...validated(input, distancia, issued),
        motivoAsistencia: input.motivoAsistencia,
      }),
      issued.mail,
      auditEntry(
        ctx,
        'constancia_voto.assisted',
        { type: 'constancia_voto', id: row.id },
        {
          motivo: input.motivoAsistencia,
          completaSolicitudEnLinea: existing !== undefined,
          ...(existing?.estado === 'rechazada' ? { reemplazaRechazo: existing.motivoRechazo } : {}),
          distanciaKm: distancia,
        },
      ),
      // The officer read the registries' data of the person at the counter: the person sees it.
      lecturaDeDatos(
        ctx,
        row.run,
        { tipo: 'constancia_voto', code: row.code },
        'validacion_constancia',
        row.userId,
      ),
    ],
    result: issued.result,
  }
}

/**
 * The file-store key of a constancia's PDF, from its latest validation; null when it has none.
 *
 * @example
 * const key = await pdfDeConstancia(db, 'K7PXQ2MZ9A')
 */
export async function pdfDeConstancia(db: Database, code: string): Promise<string | null> {
  const [found] = await db
    .select({ pdfKey: validacionesVoto.pdfKey })
    .from(validacionesVoto)
    .innerJoin(constanciasVoto, eq(constanciasVoto.id, validacionesVoto.constanciaId))
    .where(eq(constanciasVoto.code, code))
    .orderBy(desc(validacionesVoto.at))
  return found?.pdfKey ?? null
}
