/**
 * The shape of a tipster's encrypted file, shared by the browser that makes it and the server that
 * bounds it (no imports but the denuncias' limits: the browser loads it with the form). Decision
 * 0046: each file is AES-256-GCM in chunks of {@link TROZO} plaintext bytes, each chunk stored as
 * its ciphertext then its 16-byte tag; its IV is its index (and whether it is the last), never stored.
 */
import { MAX_BYTES } from '../archivos/limites.ts'

/** Plaintext bytes per chunk: 1 MiB — one chunk in memory at a time, and a small cost per chunk. */
export const TROZO = 1024 * 1024

/** What a chunk adds: its tag (16 bytes). */
export const SOBRECOSTO_TROZO = 16

/**
 * The size of a file of `bytes` plaintext bytes once encrypted.
 *
 * @example
 * bytesCifrados(1) // 17
 * bytesCifrados(1024 * 1024 + 1) // 1048609 (two chunks)
 */
export function bytesCifrados(bytes: number): number {
  return bytes + Math.ceil(bytes / TROZO) * SOBRECOSTO_TROZO
}

/** The largest ciphertext: the denuncias' largest file (25 MB), encrypted. */
export const MAX_CIFRADO = bytesCifrados(MAX_BYTES)
