import type { AppContext } from '../context.ts'
import { AppError } from '../errors.ts'

/**
 * A PDF as the answer, shown in the browser and kept by no cache but the holder's.
 *
 * @example
 * return pdfAnswer(c, await documentPdf(doc), `permiso-${code}.pdf`)
 */
export function pdfAnswer(c: AppContext, pdf: Uint8Array, filename: string): Response {
  c.header('Content-Type', 'application/pdf')
  c.header('Content-Disposition', `inline; filename="${filename}"`)
  c.header('Cache-Control', 'private, no-store')
  return c.body(pdf.slice().buffer as ArrayBuffer)
}

/**
 * A PDF kept in the file store (a receipt, a constancia) as the answer; not found when it has no
 * key or its file is gone (purged by its clock).
 *
 * @example
 * return storedPdf(c, row.pdfKey, `constancia-${codigo}.pdf`)
 */
export async function storedPdf(c: AppContext, key: string | null, filename: string): Promise<Response> {
  const pdf = key ? await c.var.ports.files.get(key) : null
  if (!pdf) throw new AppError('not_found')
  return pdfAnswer(c, pdf, filename)
}
