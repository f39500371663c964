import type { Verification } from '../../../worker/documents/signing.ts'

/** What anyone may learn of a permit by its code (`GET /api/verificar/:code`, and `estado` of `POST`). */
export type EstadoPermisoPublico =
  | {
      code: string
      tipo: 'permiso'
      valido: boolean
      estado: 'vigente' | 'por_comenzar' | 'vencido' | 'revocado'
      permiso: { tipo: string; comuna: string; inicio: string; fin: string }
      nombre: string
      run: string
    }
  | {
      code: string
      tipo: 'permiso'
      valido: false
      /** Its clock ran out: its holder's data was removed (no name, no RUN), on `depuradoAt`. */
      estado: 'depurado'
      depuradoAt: string
    }

/**
 * The verdict on a permit: in force, expired, not yet valid, revoked (only the server knows), forged
 * or altered; the signature's key missing on this device; another kind of document; or a genuine
 * signature on a permit the server has no record of.
 */
export type VeredictoPermiso =
  | 'valido'
  | 'vencido'
  | 'por_comenzar'
  | 'revocado'
  | 'falsificado'
  | 'sin_claves'
  | 'otro_documento'
  | 'sin_registro'
  | 'depurado'

/** What the officer compares with the identity card and the situation. */
export interface DatosPermiso {
  code: string
  nombre: string
  /** Masked: `88.8XX.XXX-8`. */
  run: string
  /** "Tipo · Comuna". */
  motivo: string
  inicio: string
  fin: string
}

export interface ResultadoPermiso {
  veredicto: VeredictoPermiso
  /** Why the signature failed, for `falsificado`. */
  firma?: 'malformed' | 'unknown_key' | 'bad_signature'
  /** Only what a genuine signature or the server vouches for: never a forged document's words. */
  datos?: DatosPermiso
  /** When the server answered (ISO); absent, the answer is this device's alone. */
  servidor?: string
  /** For `depurado`: when the holder's data was removed (ISO). */
  depuradoAt?: string
}

const POR_ESTADO = {
  vigente: 'valido',
  por_comenzar: 'por_comenzar',
  vencido: 'vencido',
  revocado: 'revocado',
  depurado: 'depurado',
} as const satisfies Record<EstadoPermisoPublico['estado'], VeredictoPermiso>

export function esPermisoPublico(value: unknown): value is EstadoPermisoPublico {
  return typeof value === 'object' && value !== null && Reflect.get(value, 'tipo') === 'permiso'
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString()

/**
 * The verdict of the signature alone, checked on the device, and the device's clock: all an
 * officer can know without a connection (a revocation made since is not in it).
 *
 * @example
 * porFirma(await verifyDocument(token, keys), new Date()).veredicto // 'valido'
 */
export function porFirma(firma: Verification | 'sin_claves', ahora: Date): ResultadoPermiso {
  if (firma === 'sin_claves') return { veredicto: 'sin_claves' }
  if (!firma.valid) return { veredicto: 'falsificado', firma: firma.reason }
  const p = firma.payload
  if (p.t !== 'permiso') return { veredicto: 'otro_documento' }
  const now = ahora.getTime() / 1000
  const datos: DatosPermiso = {
    code: p.c,
    nombre: p.n,
    run: p.r,
    motivo: p.e ?? '',
    inicio: iso(p.d ?? p.i),
    fin: p.x === undefined ? '' : iso(p.x),
  }
  const veredicto =
    p.d !== undefined && now < p.d ? 'por_comenzar' : p.x !== undefined && now > p.x ? 'vencido' : 'valido'
  return { veredicto, datos }
}

/**
 * The server's verdict (its clock, and revocations), with what it says of the permit; of a permit
 * whose clock ran out, only when its holder's data was removed: never the name a QR code still
 * carries.
 */
export function porServidor(estado: EstadoPermisoPublico, at: Date): ResultadoPermiso {
  if (estado.estado === 'depurado') {
    return { veredicto: 'depurado', servidor: at.toISOString(), depuradoAt: estado.depuradoAt }
  }
  return {
    veredicto: POR_ESTADO[estado.estado],
    servidor: at.toISOString(),
    datos: {
      code: estado.code,
      nombre: estado.nombre,
      run: estado.run,
      motivo: `${estado.permiso.tipo} · ${estado.permiso.comuna}`,
      inicio: estado.permiso.inicio,
      fin: estado.permiso.fin,
    },
  }
}

/**
 * The device's verdict on a token completed with the server's answer to `POST /api/verificar`:
 * the server's state wins (revocation, its clock); a signature the server refuses is forged; a
 * genuine one it has no record of is not accepted. No answer (offline) leaves the device's.
 */
export function conServidor(
  local: ResultadoPermiso,
  answer: { status: number; body: unknown },
  at: Date,
): ResultadoPermiso {
  const servidor = at.toISOString()
  if (answer.status === 404 && local.datos) return { ...local, veredicto: 'sin_registro', servidor }
  if (answer.status !== 200 || typeof answer.body !== 'object' || answer.body === null) return local
  const body = answer.body as { firmaValida?: boolean; motivo?: ResultadoPermiso['firma']; estado?: unknown }
  if (body.firmaValida === false)
    return { veredicto: 'falsificado', firma: body.motivo ?? 'bad_signature', servidor }
  return esPermisoPublico(body.estado) ? porServidor(body.estado, at) : local
}
