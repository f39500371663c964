import type { CampoPermiso, EstadoPermiso } from '../comun.ts'
import type { PermisoMessageKey } from './i18n/es.ts'

/** Each state's name, what it means for the holder, and its tag in lists. */
export const ESTADO: Record<
  EstadoPermiso,
  { label: PermisoMessageKey; means: PermisoMessageKey; tag: string }
> = {
  vigente: { label: 'estado.vigente', means: 'estado.vigente.means', tag: 'tag tag--sent' },
  por_comenzar: { label: 'estado.por_comenzar', means: 'estado.por_comenzar.means', tag: 'tag' },
  vencido: { label: 'estado.vencido', means: 'estado.vencido.means', tag: 'tag tag--pending' },
  revocado: { label: 'estado.revocado', means: 'estado.revocado.means', tag: 'tag tag--rejected' },
}

/** The labels of a type's own questions, as the permit shows their answers. */
export const CAMPO: Record<CampoPermiso, PermisoMessageKey> = {
  establecimiento: 'campo.establecimiento',
  fallecido: 'campo.fallecido',
  dependiente: 'campo.dependiente',
}
