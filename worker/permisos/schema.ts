import * as v from 'valibot'
import { isoDate } from '../../core/iso-date.ts'
import { type CampoPermiso, camposPermiso } from '../../core/permisos/campos.ts'
import { identifier, line, paragraph } from '../text.ts'

/**
 * The serial number of a Chilean identity card as printed on it: a letter and nine digits on
 * older cards (`A012345678`), nine digits on newer ones (`123.456.789`). Stored without dots.
 */
export const SerieCedula = v.pipe(
  v.string(),
  v.trim(),
  v.toUpperCase(),
  v.transform((text) => text.replace(/[.\s-]/g, '')),
  v.minLength(1),
  v.regex(/^[A-Z]?\d{9}$/),
)

/** A citizen's permit request: the type, where, when it starts, where to, and the identity card's serial. */
export const PermisoInput = v.strictObject({
  tipoId: identifier(40),
  comunaCut: v.pipe(v.string(), v.trim(), v.minLength(1), v.regex(/^\d{4,5}$/)),
  /** `YYYY-MM-DD` and `HH:MM`, Chile's time. */
  fecha: isoDate(),
  hora: v.pipe(v.string(), v.trim(), v.minLength(1), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
  destino: line(200, 5),
  serieCedula: SerieCedula,
  campos: v.optional(
    v.strictObject(Object.fromEntries(camposPermiso.map((id) => [id, v.optional(line(120))]))),
    {},
  ),
})
export type PermisoInput = v.InferOutput<typeof PermisoInput>

const hhmm = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/))

/** A permit type as an administrator sets it. */
export const TipoPermisoInput = v.strictObject({
  nombre: line(80),
  descripcion: paragraph(300),
  duracionMaxMin: v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(24 * 60)),
  horaDesde: hhmm,
  horaHasta: hhmm,
  cupoSemanal: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)),
  campos: v.pipe(v.array(v.picklist(camposPermiso)), v.maxLength(camposPermiso.length)),
  activo: v.boolean(),
})
export type TipoPermisoInput = v.InferOutput<typeof TipoPermisoInput>

/** A comuna's restriction phase as an administrator sets it (dates inclusive; no end: until changed). */
export const FaseInput = v.strictObject({
  comunaCut: v.pipe(v.string(), v.trim(), v.minLength(1), v.regex(/^\d{4,5}$/)),
  fase: v.picklist(['cuarentena', 'transicion']),
  desde: isoDate(),
  hasta: v.nullable(isoDate()),
})
export type FaseInput = v.InferOutput<typeof FaseInput>

export const RevocacionInput = v.strictObject({ motivo: paragraph(500, 5) })

/** The state of a permit at an instant: revoked, not yet started, in force, or over. */
export type EstadoPermiso = 'vigente' | 'por_comenzar' | 'vencido' | 'revocado'

/** A permit as its holder sees it. */
export interface PermisoView {
  code: string
  estado: EstadoPermiso
  tipo: { id: string; nombre: string }
  comuna: { cut: string; nombre: string }
  destino: string
  campos: Partial<Record<CampoPermiso, string>>
  inicio: string
  fin: string
  nombre: string
  run: string
  /** The signed payload of its QR code (checked offline by an officer's phone). */
  token: string
  createdAt: string
  revocadoAt: string | null
}
