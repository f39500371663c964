import { and, desc, eq, or, type SQL, sql } from 'drizzle-orm'
import { TIPOS, type TipoCertificado } from '../../core/certificados/tipos.ts'
import { maskRun } from '../../core/run.ts'
import { certificados, comunas, SIN_COMUNA } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { contar } from '../cifras/contar.ts'
import {
  alDia,
  correoConPdf,
  type DocumentPorts,
  enlaceVerificacion,
  guardarPdf,
  titularDe,
} from '../documents/emitir.ts'
import { signDocument } from '../documents/signing.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { rowId } from '../ids.ts'
import type { Database } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { known, type Loaded, readRows } from '../reads.ts'
import type { Planned, ServiceContext } from '../service.ts'
import type { Rules } from '../submission.ts'
import { insertRow } from '../writes.ts'
import { certificadoMail } from './correo.ts'
import { certificadoPdf } from './documento.ts'
import { type CertificadoInput, type Respuestas, revisarFechas } from './schema.ts'

type Row = typeof certificados.$inferSelect

/** A constancia as its holder sees it: its page, "otra igual" (the answers as sent), the answer to its issue. */
export interface CertificadoView {
  codigo: string
  tipo: TipoCertificado
  emitidoAt: string
  respuestas: Respuestas
  anulacion: { at: string; motivo: string } | null
}

/** A constancia in the holder's list, newest first. */
export interface CertificadoResumen {
  codigo: string
  tipo: TipoCertificado
  emitidoAt: string
  anulada: boolean
}

/**
 * A constancia's row as its holder sees it.
 *
 * @example
 * viewOf(row) // { codigo: 'K7PXQ2MZ9A', tipo: 'extravio_celular', emitidoAt: '…', respuestas: {…}, anulacion: null }
 */
export function viewOf(row: Row): CertificadoView {
  return {
    codigo: row.code,
    tipo: row.tipo,
    emitidoAt: row.createdAt.toISOString(),
    respuestas: row.respuestas,
    anulacion: row.anuladaAt ? { at: row.anuladaAt.toISOString(), motivo: row.motivoAnulacion ?? '' } : null,
  }
}

/** The question of a type that says where the facts happened, if it has one. */
function campoComuna(tipo: TipoCertificado): string | null {
  return TIPOS[tipo].campos.find((campo) => campo.tipo === 'comuna')?.id ?? null
}

const queries = preparedFor((db) => ({
  comuna: db
    .select({ cut: comunas.cut, name: comunas.name })
    .from(comunas)
    .where(eq(comunas.cut, sql.placeholder('cut')))
    .prepare(),
}))

/**
 * What a constancia reads before it is decided: the name of the comuna it names, which must
 * exist (none for a type that asks no place). One statement, in the submission's read batch.
 */
export function certificadoReads(db: Database, input: CertificadoInput) {
  const id = campoComuna(input.tipo)
  const cut = id ? input.respuestas[id] : undefined
  return {
    comuna:
      typeof cut === 'string'
        ? readRows(queries(db).comuna, { cut }, ([row]) => (row ? { cut: row.cut, name: row.name } : null))
        : known(null),
  }
}
type CertificadoLoaded = Loaded<ReturnType<typeof certificadoReads>>

/**
 * The constancias that are the caller's: their own account's, and — when ClaveÚnica proved their
 * RUN — those another ClaveÚnica session of the same RUN obtained. One an internal account
 * obtained declaring that RUN is someone else's words, not shown to the RUN's holder.
 *
 * @example
 * db.select().from(certificados).where(propias(actor))
 */
export function propias(actor: Actor): SQL {
  const account = eq(certificados.userId, actor.userId)
  if (actor.runProof !== 'claveunica' || !actor.run) return account
  return or(account, and(eq(certificados.run, actor.run), eq(certificados.identidad, 'claveunica'))) as SQL
}

/**
 * The signed-in citizen's constancias, newest first.
 *
 * @example
 * await misCertificados(ctx, actor) // [{ codigo, tipo, emitidoAt, anulada: false }]
 */
export async function misCertificados(
  ctx: Pick<ServiceContext, 'db'>,
  actor: Actor,
): Promise<CertificadoResumen[]> {
  const rows = await ctx.db
    .select({
      code: certificados.code,
      tipo: certificados.tipo,
      createdAt: certificados.createdAt,
      anuladaAt: certificados.anuladaAt,
    })
    .from(certificados)
    .where(propias(actor))
    .orderBy(desc(certificados.createdAt))
  return rows.map((row) => ({
    codigo: row.code,
    tipo: row.tipo,
    emitidoAt: row.createdAt.toISOString(),
    anulada: row.anuladaAt !== null,
  }))
}

/**
 * One of the citizen's own constancias; another person's is simply not found.
 *
 * @example
 * const { view, pdfKey } = await certificadoPropio(ctx, actor, 'K7PXQ2MZ9A')
 */
export async function certificadoPropio(
  ctx: Pick<ServiceContext, 'db'>,
  actor: Actor,
  codigo: string,
): Promise<{ view: CertificadoView; pdfKey: string | null }> {
  const [row] = await ctx.db
    .select()
    .from(certificados)
    .where(and(eq(certificados.code, codigo), propias(actor)))
  if (!row) throw new AppError('not_found')
  return { view: viewOf(row), pdfKey: row.pdfKey }
}

/** The answers without the questions left unanswered (an optional one sent as `''`). */
function respondidas(respuestas: Respuestas): Respuestas {
  return Object.fromEntries(Object.entries(respuestas).filter(([, valor]) => valor !== undefined))
}

/**
 * A citizen's constancia, issued at once: its comuna and its dates checked (never to come, never
 * further back than each question allows), signed (kind `certificado`), its PDF written to the
 * file store before the batch under a fresh key (a batch that loses leaves only an unused file),
 * then in one batch: the row with the answers as sent, the audit entry, the figures' counters and
 * the e-mail with the PDF (to the address given, else the account's, if it has one).
 */
export async function planCertificado(
  ctx: ServiceContext,
  ports: DocumentPorts,
  actor: Actor,
  input: CertificadoInput,
  loaded: CertificadoLoaded,
  codigo: string,
): Promise<Planned<CertificadoView> & { rules: Rules }> {
  const { run, identidad } = titularDe(actor)
  const now = ctx.clock.now()
  const lugar = campoComuna(input.tipo)
  if (lugar && !loaded.comuna) throw invalidField(`respuestas.${lugar}`, 'invalid_option')
  const fechas = revisarFechas(input.tipo, input.respuestas, now)
  if (fechas.length > 0) throw new AppError('validation_failed', { fields: fechas })
  const respuestas = respondidas(input.respuestas)
  const nombre = `${actor.givenNames} ${actor.familyNames}`.trim()
  const token = await signDocument(ports.keys, {
    t: 'certificado',
    c: codigo,
    n: nombre,
    r: maskRun(run),
    i: Math.floor(now.getTime() / 1000),
    e: input.tipo,
  })
  const verificacion = enlaceVerificacion(token, ports.publicUrl)
  const pdf = await certificadoPdf({
    codigo,
    tipo: input.tipo,
    titular: { nombres: actor.givenNames, apellidos: actor.familyNames, run: run, identidad },
    respuestas,
    comunas: new Map(loaded.comuna ? [[loaded.comuna.cut, loaded.comuna.name]] : []),
    emitidoAt: now,
    verificacion,
    publicUrl: ports.publicUrl,
  })
  const pdfKey = await guardarPdf(ports.files, 'certificados', codigo, pdf)
  const row: Row = {
    id: rowId(),
    code: codigo,
    tipo: input.tipo,
    userId: actor.userId,
    run: run,
    nombres: actor.givenNames,
    apellidos: actor.familyNames,
    identidad,
    respuestas,
    comunaCut: loaded.comuna?.cut ?? SIN_COMUNA,
    pdfKey,
    token,
    createdAt: now,
    anuladaAt: null,
    anuladaPor: null,
    motivoAnulacion: null,
    depuradoAt: null,
  }
  const to = input.email ?? actor.email
  const mail = to
    ? [
        correoConPdf(
          now,
          ports.publicUrl,
          {
            to,
            ...certificadoMail[ports.locale]({
              nombre: actor.givenNames,
              codigo,
              tipo: input.tipo,
              emitidoAt: now,
              verificacion: new URL('/verificar', ports.publicUrl).toString(),
            }),
          },
          pdfKey,
          `constancia-${codigo}.pdf`,
        ),
      ]
    : []
  return {
    // At the edge the citizen's shard shows it on their pages before Turso has it (decision 0023).
    rules: alDia({ run, identidad }, 'certificado'),
    writes: [
      insertRow(certificados, row),
      auditEntry(
        ctx,
        'certificado.issued',
        { type: 'certificado', id: row.id },
        { tipo: input.tipo, comunaCut: row.comunaCut },
      ),
      ...contar(ctx, 'certificados', {
        evento: 'emitida',
        en: now,
        comuna: row.comunaCut,
        ambito: input.tipo,
      }),
      ...mail,
    ],
    result: viewOf(row),
  }
}
