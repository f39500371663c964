import type { IncomingMessage, ServerResponse } from 'node:http'
import { answerEarly } from './early-answer.ts'

/**
 * Reads a request's whole body, up to `maxBytes`, and only then calls `next`, with the body on
 * `request.rawBody`, where @hono/node-server takes it instead of reading the stream. A request
 * without a body goes on at once, in the same tick. A body declared or found larger than
 * `maxBytes` is answered `413 payload_too_large` at once and the connection closed. A client that
 * goes away, or that the server's request deadline cuts off, never reaches `next`.
 *
 * Why: whoever counts requests in flight (admission control) must not count a client that is still
 * sending — a few dozen sockets that send headers and then one byte of body would fill every place.
 *
 * @example
 * readBodyFirst(request, response, MAX_JSON_BODY, () => listener(request, response))
 */
export function readBodyFirst(
  request: IncomingMessage,
  response: ServerResponse,
  maxBytes: number,
  next: () => void,
): void {
  const declared = request.headers['content-length']
  const chunked = request.headers['transfer-encoding'] !== undefined
  if (!chunked && (declared === undefined || declared === '0')) {
    next()
    return
  }
  if (Number(declared) > maxBytes) {
    answerEarly(request, response, 'payload_too_large')
    return
  }
  const chunks: Buffer[] = []
  let size = 0
  const onData = (chunk: Buffer) => {
    size += chunk.length
    if (size <= maxBytes) {
      chunks.push(chunk)
      return
    }
    request.off('data', onData)
    request.off('end', onEnd)
    request.pause()
    answerEarly(request, response, 'payload_too_large')
  }
  const onEnd = () => {
    Object.assign(request, { rawBody: Buffer.concat(chunks, size) })
    next()
  }
  request.on('data', onData)
  request.once('end', onEnd)
}
