import type { AppContext } from '../context.ts'
import { AppError } from '../errors.ts'
import type { Locale } from '../i18n/index.ts'
import type { Actor } from '../identity/actor.ts'
import { enqueueMail, type MailWrite } from '../mail/outbox.ts'
import type { FileStore, SigningKeys } from '../ports.ts'
import type { Rules } from '../submission.ts'

/** What planning a signed document (a receipt, a constancia) needs beyond the service context. */
export interface DocumentPorts {
  keys: SigningKeys
  files: FileStore
  /** Where the document's links and QR point. */
  publicUrl: string
  /** The language of its e-mail. */
  locale: Locale
}

/**
 * The request's {@link DocumentPorts}.
 *
 * @example
 * decide: async (c, input, loaded, code) => ({ status: 201, ...(await planReclamo(ctx, documentPorts(c), …)) })
 */
export function documentPorts(c: AppContext): DocumentPorts {
  const { keys, files, config } = c.var.ports
  return { keys, files, publicUrl: config.publicUrl, locale: c.var.locale }
}

/**
 * Who a citizen's document is issued to: their RUN and how it was proven — ClaveÚnica, or a
 * verified internal account (`self`). Anyone without a proven RUN is refused (403).
 *
 * @example
 * const { run, identidad } = titularDe(actor)
 */
export function titularDe(actor: Actor): { run: string; identidad: 'claveunica' | 'self' } {
  const { run, runProof } = actor
  if (!run || (runProof !== 'claveunica' && runProof !== 'self')) throw new AppError('forbidden')
  return { run, identidad: runProof }
}

/**
 * A document's PDF put in the file store before the batch that names it, under a fresh key
 * (`<folder>/<name>-<uuid>.pdf`): a batch that loses leaves only an unused file, never another's
 * document overwritten. Returns the key.
 *
 * @example
 * const pdfKey = await guardarPdf(ports.files, 'reclamos', numero, pdf)
 */
export async function guardarPdf(
  files: FileStore,
  folder: string,
  name: string,
  pdf: Uint8Array,
): Promise<string> {
  const key = `${folder}/${name}-${crypto.randomUUID()}.pdf`
  await files.put(key, pdf, 'application/pdf')
  return key
}

/**
 * The e-mail that carries a document: its PDF, already in the file store, attached by its key.
 *
 * @example
 * correoConPdf(now, ports.publicUrl, { to, subject, text }, pdfKey, `reclamo-${numero}.pdf`)
 */
export function correoConPdf(
  now: Date,
  publicUrl: string,
  mail: { to: string; subject: string; text: string },
  key: string,
  filename: string,
): MailWrite {
  return enqueueMail(now, new URL(publicUrl).hostname, {
    ...mail,
    attachments: [{ key, filename, contentType: 'application/pdf' }],
  })
}

/**
 * Where a document's QR and links send whoever checks it: `/verificar` with its signed token.
 *
 * @example
 * const qr = enlaceVerificacion(token, ports.publicUrl)
 */
export function enlaceVerificacion(token: string, publicUrl: string): string {
  return new URL(`/verificar#${token}`, publicUrl).toString()
}

/**
 * At the edge, the citizen's shard shows their new document on their pages before Turso has it
 * (decision 0023) — when the holder is proven by ClaveÚnica, whose RUN the shard is keyed by.
 *
 * @example
 * rules: { counters, ...alDia({ run, identidad }, 'reclamo') }
 */
export function alDia(titular: ReturnType<typeof titularDe>, kind: string): Pick<Rules, 'lookup'> {
  return titular.identidad === 'claveunica' ? { lookup: { owner: titular.run, kind } } : {}
}
