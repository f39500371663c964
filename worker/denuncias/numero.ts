/**
 * A denuncia's número de trámite (a document code, worker/codes.ts) as people read it aloud over
 * the phone: three groups, 3–3–4. Typed back with or without the spaces, it is the same number
 * (`normaliseCode`).
 *
 * @example
 * formatNumero('K7PXQ2MZ9A') // 'K7P XQ2 MZ9A'
 */
export function formatNumero(numero: string): string {
  return numero.length === 10 ? `${numero.slice(0, 3)} ${numero.slice(3, 6)} ${numero.slice(6)}` : numero
}
