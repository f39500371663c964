/**
 * The limits of a file upload, in one place for the server and the PWA's upload component (no
 * imports: the browser loads it with the form). Decision 0030 has the reasons for each figure.
 */

/** The most files one submission (a denuncia, an answer to staff) may carry. */
export const MAX_ARCHIVOS = 10

/** The largest file: 25 MB (MiB), a short phone video. */
export const MAX_BYTES = 25 * 1024 * 1024

/**
 * The smallest part but the last. A part is a request: far smaller parts would spend the link on
 * requests' overhead, and the first part must hold the bytes the type is read from.
 */
export const PARTE_MIN = 64 * 1024

/**
 * The largest part: on a good link a 25 MB file in seven requests; a part that takes longer than
 * the server's 30 s request deadline is cut off, so a slow link sends smaller ones.
 */
export const PARTE_MAX = 4 * 1024 * 1024

/** The media type a part is sent with (tus's name for "bytes at an offset"). */
export const PARTE_CONTENT_TYPE = 'application/offset+octet-stream'

/** Where an upload's next part starts: sent with every part, answered with every state. */
export const OFFSET_HEADER = 'Upload-Offset'

/**
 * Whether a request sends a part (`PATCH /api/archivos/<id>`, or a tipster's
 * `PATCH /api/informacion/archivos/<id>`): Node's front door lets its body
 * stream into the file store instead of reading it whole first (worker/adapters/admission.ts).
 *
 * @example
 * esEnvioDeParte('PATCH', '/api/archivos/0193…') // true
 * esEnvioDeParte('PATCH', '/api/informacion/archivos/1f0c…') // true
 */
export function esEnvioDeParte(method: string | undefined, path: string | undefined): boolean {
  return (
    (method === 'PATCH' && /^\/api\/(informacion\/)?archivos\/[\w-]{1,64}(\?.*)?$/.test(path ?? '')) ||
    // One width of a memorial's photo (worker/condolencias/fotos.ts), its own limit there.
    (method === 'PUT' && /^\/api\/admin\/memoriales\/fotos\/[\w-]{1,40}\/\d{3}(\?.*)?$/.test(path ?? ''))
  )
}
