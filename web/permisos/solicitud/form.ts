import { createSignal } from 'solid-js'
import { camposPermiso } from '../../../core/permisos/campos.ts'
import type { FieldError } from '../../../worker/errors.ts'
import { createDraft } from '../../offline/draft.ts'
import type { CampoPermiso, TipoPermiso } from '../comun.ts'

/**
 * The outbox's service id and the draft's id at once: /envios lists these submissions under
 * "Permisos de desplazamiento", and its "correct and send again" puts a refused body back into this
 * draft (web/envios/Envios.tsx), then opens the review page.
 */
export const SERVICE_ID = 'permisos'

/**
 * The form's answers as typed, all strings so the draft kit can keep them, named as the API's body
 * (the type's own questions flat, as `campos.*` in the body).
 */
export type Respuestas = {
  /** Whose answers these are (ClaveÚnica's RUN): never shown to another citizen on this device. */
  run: string
  tipoId: string
  comunaCut: string
  fecha: string
  hora: string
  destino: string
  serieCedula: string
} & Record<CampoPermiso, string>

export const CAMPOS: readonly CampoPermiso[] = camposPermiso

export const empty: Respuestas = {
  run: '',
  tipoId: '',
  comunaCut: '',
  fecha: '',
  hora: '',
  destino: '',
  serieCedula: '',
  establecimiento: '',
  fallecido: '',
  dependiente: '',
}

/**
 * The one draft of the request, saved on every keystroke (IndexedDB), also offline, and on the
 * citizen's account (decision 0034) once they answer more than the form fills in by itself.
 */
export const draft = createDraft<Respuestas>(SERVICE_ID, empty, { prefilled: ['run', 'fecha', 'hora'] })

/** The order of the questions on the page, which the error summary follows. */
export const FIELDS = [
  'tipoId',
  'comunaCut',
  'fecha',
  'hora',
  'destino',
  ...CAMPOS.map((campo) => `campos.${campo}`),
  'serieCedula',
]

/** What the API receives (the shared schema's input): only the chosen type's own questions. */
export function inputDe(r: Respuestas, tipo: TipoPermiso | undefined): Record<string, unknown> {
  const campos: Partial<Record<CampoPermiso, string>> = {}
  for (const campo of tipo?.campos ?? []) campos[campo] = r[campo]
  return {
    tipoId: r.tipoId,
    comunaCut: r.comunaCut,
    fecha: r.fecha,
    hora: r.hora,
    destino: r.destino,
    serieCedula: r.serieCedula,
    campos,
  }
}

/** Back from a body the API refused (a queued request), to correct it on the form. */
export function respuestasDe(body: Record<string, unknown>): Respuestas {
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  const campos = typeof body.campos === 'object' && body.campos !== null ? body.campos : {}
  return {
    ...empty,
    tipoId: text(body.tipoId),
    comunaCut: text(body.comunaCut),
    fecha: text(body.fecha),
    hora: text(body.hora),
    destino: text(body.destino),
    serieCedula: text(body.serieCedula),
    ...Object.fromEntries(CAMPOS.map((campo) => [campo, text(Reflect.get(campos, campo))])),
  }
}

/**
 * The server's field errors from the last attempt to send (a card serial that is not the civil
 * registry's, a time outside the type's hours), shown on the form where they are fixed; already
 * in the user's language.
 */
export const [serverProblems, setServerProblems] = createSignal<FieldError[]>([])
