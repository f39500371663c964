import * as v from 'valibot'
import { line } from '../text.ts'
import type { TipoArchivo } from './tipo.ts'

/**
 * The start of an upload: the file's name (shown back to the citizen and to staff, never used to
 * tell its type) and its size. Whether the size is allowed is said with the file's name
 * (worker/archivos/service.ts), not as a bare number.
 */
export const SubidaInput = v.strictObject({
  nombre: line(255),
  bytes: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
})
export type SubidaInput = v.InferOutput<typeof SubidaInput>

/** An upload as its owner sees it: how far it got, and once whole, what it is and its SHA-256. */
export interface ArchivoView {
  id: string
  nombre: string
  /** What its first bytes say it is; null before the first part. */
  tipo: TipoArchivo | null
  bytes: number
  /** Bytes stored: where the next part starts. */
  recibidos: number
  /** Hex SHA-256 of the whole file, once complete. */
  sha256: string | null
  completo: boolean
}
