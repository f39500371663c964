import * as v from 'valibot'
import { line } from '../text.ts'

const base64url = (min: number, max: number) =>
  v.pipe(v.string(), v.minLength(min), v.maxLength(max), v.regex(/^[A-Za-z0-9_-]+$/))

/**
 * A P-256 public key as WebCrypto exports it (JWK): `kty`, `crv`, `x`, `y` (32 bytes each,
 * base64url). A private key (`d`) is refused: the server must never be sent one (decision 0044).
 *
 * @example
 * v.parse(ClavePublica, { kty: 'EC', crv: 'P-256', x, y })
 */
export const ClavePublica = v.strictObject({
  kty: v.literal('EC'),
  crv: v.literal('P-256'),
  x: base64url(43, 43),
  y: base64url(43, 43),
  ext: v.optional(v.boolean()),
  key_ops: v.optional(v.pipe(v.array(v.picklist(['deriveBits', 'deriveKey'])), v.maxLength(2))),
})

/** `PUT /api/funcionarios/informacion/mi-clave`: the analyst's own public key. */
export const MiClaveInput = v.strictObject({ publica: ClavePublica })

/** A desk's private key of one version, HPKE-sealed in a browser to one analyst's public key. */
const Envuelta = v.strictObject({
  userId: v.pipe(v.string(), v.uuid()),
  enc: base64url(1, 200),
  cifrado: base64url(1, 1000),
})

/**
 * `POST /api/funcionarios/informacion/mesas/:mesa/claves`: a new key version of the desk, its
 * public key and its private key wrapped for each of the desk's analysts.
 */
export const NuevaClaveInput = v.strictObject({
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)),
  publica: ClavePublica,
  envueltas: v.pipe(v.array(Envuelta), v.minLength(1), v.maxLength(200)),
})

/** `POST …/mesas/:mesa/envueltas`: each version of the desk key wrapped for one analyst. */
export const EnvolverInput = v.strictObject({
  userId: v.pipe(v.string(), v.uuid()),
  envueltas: v.pipe(
    v.array(
      v.strictObject({
        version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)),
        enc: base64url(1, 200),
        cifrado: base64url(1, 1000),
      }),
    ),
    v.minLength(1),
    v.maxLength(1000),
  ),
})

/** `POST …/mesas/:mesa/analistas`: an administrator puts a staff member on the desk. */
export const AnalistaInput = v.strictObject({ userId: v.pipe(v.string(), v.uuid()) })

/**
 * `PUT …/mesas/:mesa`: an administrator renames the unit behind the desk, one line as tipsters and
 * analysts read it ("OS-9 (Crimen organizado)").
 */
export const UnidadMesaInput = v.strictObject({ unidad: line(120, 3) })
