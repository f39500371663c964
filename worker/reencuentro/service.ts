import { eq, sql } from 'drizzle-orm'
import { comunas, reencuentros } from '../../db/schema/index.ts'
import { archivosParaAdjuntar } from '../archivos/index.ts'
import { auditEntry } from '../audit.ts'
import { recibirCaso } from '../casos/recibir.ts'
import { personaRecibo } from '../casos/recibo.ts'
import {
  correoConPdf,
  type DocumentPorts,
  enlaceVerificacion,
  guardarPdf,
  titularDe,
} from '../documents/emitir.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import type { Database } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { type Loaded, readRows } from '../reads.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { insertRow } from '../writes.ts'
import { reencuentroRecibidoMail } from './correo.ts'
import { REENCUENTRO } from './estados.ts'
import { reciboReencuentroPdf } from './recibo.ts'
import { type ReencuentroInput, type ReencuentroRecibido, revisarAnios } from './schema.ts'

/** The document type its receipt's QR carries (`/verificar` finds the search by its número). */
export const DOCUMENTO_REENCUENTRO = 'reencuentro'

const queries = preparedFor((db) => ({
  comuna: db
    .select({ name: comunas.name })
    .from(comunas)
    .where(eq(comunas.cut, sql.placeholder('comuna')))
    .prepare(),
}))

/** What a search request reads before it is decided: that its comuna exists (its name for the receipt). */
export function reencuentroReads(db: Database, input: ReencuentroInput) {
  return {
    comuna: readRows(queries(db).comuna, { comuna: input.ultimaComuna }, (rows) => rows[0]?.name ?? null),
    // A new case: it holds no file.
    archivos: archivosParaAdjuntar([], null),
  }
}
type ReencuentroLoaded = Loaded<ReturnType<typeof reencuentroReads>>

/** Where the requester downloads the receipt. */
export const comprobanteUrl = (numero: string) => `/api/reencuentro/${numero}/comprobante.pdf`

/**
 * A citizen's request to find a relative (issue 19): its years and comuna checked, its case opened
 * (`recibida`) held by the reencuentro team — no unit ever holds it —, the request as sent with
 * who sent it and how their identity was proven, the signed receipt, the audit entry (which names
 * nobody) and the e-mail with the receipt: one batch.
 *
 * @example
 * const planned = await planReencuentro(ctx, ports, actor, input, loaded, numero)
 */
export async function planReencuentro(
  ctx: ServiceContext,
  ports: DocumentPorts,
  actor: Actor,
  input: ReencuentroInput,
  loaded: ReencuentroLoaded,
  numero: string,
): Promise<Planned<ReencuentroRecibido>> {
  const { run, identidad } = titularDe(actor)
  const now = ctx.clock.now()
  const anios = revisarAnios(input, now)
  if (anios.length > 0) throw new AppError('validation_failed', { fields: anios })
  if (!loaded.comuna) throw invalidField('ultimaComuna', 'invalid_option')
  const { caso, token } = await recibirCaso(
    {
      servicio: 'reencuentro',
      numero,
      userId: actor.userId,
      estado: REENCUENTRO.maquina.inicial,
      venceAt: new Date(now.getTime() + REENCUENTRO.plazoTriajeHoras * 3_600_000),
      at: now,
      comunaCut: input.ultimaComuna,
      correo: input.correo,
      locale: ports.locale,
    },
    ctx,
    loaded.archivos,
    ports.keys,
    DOCUMENTO_REENCUENTRO,
  )
  const pdf = await reciboReencuentroPdf({
    numero,
    createdAt: now,
    input,
    comuna: loaded.comuna,
    solicitante: personaRecibo(actor, run, identidad, {
      email: input.correo,
      telefono: input.telefono,
    }),
    verificacion: enlaceVerificacion(token, ports.publicUrl),
    publicUrl: ports.publicUrl,
  })
  // In the file store before the batch under a fresh key: a batch that loses leaves an unused file.
  const pdfKey = await guardarPdf(ports.files, 'reencuentro', numero, pdf)
  const { subject, text } = reencuentroRecibidoMail[ports.locale]({
    nombre: actor.givenNames,
    numero,
    recibidoAt: now,
    link: new URL(REENCUENTRO.pagina(numero), ports.publicUrl).toString(),
  })
  const row: typeof reencuentros.$inferInsert = {
    casoId: caso.id,
    buscadoNombres: input.nombres,
    buscadoApellidos: input.apellidos,
    buscadoRun: input.run ?? null,
    nacimientoAnio: input.nacimientoAnio ?? null,
    relacion: input.relacion,
    ultimaComunaCut: input.ultimaComuna,
    ultimoLugar: input.ultimoLugar ?? null,
    ultimoContactoAnio: input.ultimoContactoAnio,
    motivoDistancia: input.motivoDistancia ?? null,
    mensaje: input.mensaje,
    run: run,
    nombres: actor.givenNames,
    apellidos: actor.familyNames,
    identidad,
    email: input.correo,
    telefono: input.telefono ?? null,
    pdfKey,
    token,
    createdAt: now,
  }
  return {
    writes: [
      ...caso.writes,
      insertRow(reencuentros, row),
      auditEntry(ctx, 'reencuentro.filed', { type: 'caso', id: caso.id }, { comunaCut: input.ultimaComuna }),
      correoConPdf(
        now,
        ports.publicUrl,
        { to: input.correo, subject, text },
        pdfKey,
        `reencuentro-${numero}.pdf`,
      ),
    ],
    result: { numero, receivedAt: now.toISOString(), comprobanteUrl: comprobanteUrl(numero) },
  }
}
