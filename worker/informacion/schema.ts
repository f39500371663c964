import * as v from 'valibot'
import { IdsDeArchivos } from './archivos.ts'
import { DesafioResuelto } from './desafio.ts'

/** The desks a tip goes to (issue 17, point 1); the next slice makes them data administrators edit. */
export const MESAS = ['drogas', 'vehiculos', 'crimen_organizado'] as const
export type Mesa = (typeof MESAS)[number]

/**
 * base64url, as long as `max` characters at most: what the browser's HPKE made, unread here.
 *
 * @example
 * v.parse(base64url(200), enc)
 */
export const base64url = (max: number) =>
  v.pipe(v.string(), v.minLength(1), v.maxLength(max), v.regex(/^[A-Za-z0-9_-]+$/))

/**
 * A tip as the browser sends it: already encrypted (HPKE, decision 0042's neighbour 0043), with
 * the proof of work it paid. Nothing here names or describes the tipster.
 *
 * @example
 * v.parse(InformacionAnonimaInput, { desafio, mesa: 'drogas', cifrado, enc, claveVersion: 1, reciboHash, respuestaClave })
 */
export const InformacionAnonimaInput = v.strictObject({
  desafio: DesafioResuelto,
  mesa: v.picklist(MESAS),
  // The JSON body's limit (64 kB) bounds it too; files travel apart (the next slice).
  cifrado: base64url(60_000),
  // P-256's uncompressed point: 65 bytes, 87 characters.
  enc: base64url(200),
  claveVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)),
  reciboHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  respuestaClave: base64url(200),
  // The tipster's uploads, whole, sent with it (decision 0046): attached in the tip's batch.
  archivos: v.optional(IdsDeArchivos),
})
export type InformacionAnonimaInput = v.InferOutput<typeof InformacionAnonimaInput>
