import type { FixedLengthStream as FixedLength, R2Bucket } from '@cloudflare/workers-types'
import type { FileStore } from '../ports.ts'

/** workerd's own stream of a declared length: what R2 needs to take a body it cannot measure. */
const fixedLength = () =>
  (globalThis as unknown as { FixedLengthStream: typeof FixedLength }).FixedLengthStream

/** How many keys R2 lists, and deletes, per call. */
const PAGE = 1000

/**
 * The file store at the edge: an R2 bucket. A streamed object goes to R2 as it arrives, through
 * a stream of its declared length: R2 stores it whole or, if the stream fails or falls short,
 * not at all.
 *
 * @example
 * const files = r2FileStore(env.FILES)
 */
export function r2FileStore(bucket: R2Bucket): FileStore {
  return {
    async put(key, data, contentType) {
      await bucket.put(key, data, { httpMetadata: { contentType } })
    },
    async get(key) {
      const object = await bucket.get(key)
      return object ? new Uint8Array(await object.arrayBuffer()) : null
    },
    async delete(key) {
      await bucket.delete(key)
    },
    async putStream(key, body, length) {
      const Fixed = fixedLength()
      const { readable, writable } = new Fixed(length)
      // If R2 gives up first, the body is let go of: nothing would read the rest of it.
      const abandon = new AbortController()
      const piped = body.pipeTo(writable as unknown as WritableStream<Uint8Array>, { signal: abandon.signal })
      try {
        await bucket.put(key, readable)
      } catch (error) {
        abandon.abort(error)
        await piped.catch(() => undefined)
        throw error
      }
      await piped
    },
    async getStream(key) {
      const object = await bucket.get(key)
      return object ? (object.body as unknown as ReadableStream<Uint8Array>) : null
    },
    async deleteFolder(prefix) {
      let cursor: string | undefined
      do {
        const page = await bucket.list({ prefix: `${prefix}/`, limit: PAGE, ...(cursor ? { cursor } : {}) })
        if (page.objects.length > 0) await bucket.delete(page.objects.map((object) => object.key))
        cursor = page.truncated ? page.cursor : undefined
      } while (cursor)
    },
  }
}
