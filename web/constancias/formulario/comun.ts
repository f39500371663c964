import { createSignal } from 'solid-js'
import type { FieldError } from '../../../worker/errors.ts'
import { locale } from '../../i18n/index.ts'
import { API, callApi, type Registro } from '../constancias.tsx'
import { fechaDe, inputDe, type Respuestas } from './form.ts'
import { tv } from './i18n/index.ts'

type Validar = typeof import('./validar.ts')

const [validar, setValidar] = createSignal<Validar>()

/**
 * Loads the schema and its messages (once). Called on the citizen's first interaction with the
 * form, and awaited before checking anything.
 */
export function loadValidar(): Promise<Validar> {
  return import('./validar.ts').then((m) => {
    setValidar(() => m)
    return m
  })
}

/** The order of the fields on the page, which the error summary follows. */
const FIELDS = ['fechaNacimiento', 'email', 'emailConfirmacion', 'telefono', 'declaracion']

/**
 * The problems of the answers as they stand, in the order of the page, re-worded when the language
 * changes; the server's, from the last attempt to send, for the fields not touched since. Call it
 * once {@link loadValidar} has resolved.
 */
export function problemsOf(values: Respuestas, server: FieldError[]): FieldError[] {
  const v = validar()
  const found = v ? v.validateFields(v.SolicitudInput, inputDe(values), undefined, locale()) : []
  for (const problem of server) if (!found.some((p) => p.field === problem.field)) found.push(problem)
  const rank = (field: string) => (FIELDS.includes(field) ? FIELDS.indexOf(field) : FIELDS.length)
  return found.sort((a, b) => rank(a.field) - rank(b.field))
}

/** How long "Continuar" waits for the registry's answer before it lets the request check instead. */
const CHECK_WAIT_MS = 5000

/**
 * The birth date checked against the civil registry's as the citizen leaves the form (decision
 * 0038), so that a wrong one is said here rather than after "Enviar Solicitud": its problem, in
 * the server's words, or nothing when it matches — or when the server cannot say now (offline, a
 * slow link, the registry down), and the request's own check will.
 *
 * @example
 * const problem = await birthDateProblem(draft.values())
 * if (problem) setServerProblems([problem])
 */
export async function birthDateProblem(values: Respuestas): Promise<FieldError | undefined> {
  if (!navigator.onLine) return undefined
  const answer = await Promise.race([
    callApi<{ coincide: true }>('POST', API.nacimiento, { fechaNacimiento: fechaDe(values) }),
    new Promise<undefined>((resolve) => setTimeout(resolve, CHECK_WAIT_MS)),
  ])
  if (!answer || answer.ok || answer.status !== 400) return undefined
  return answer.error?.fields?.find((problem) => problem.field === 'fechaNacimiento')
}

/** The error message of one field, if it has one. */
export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message
}

/** The registries' data as the form and the review page show it: read-only. */
export function registroRows(registro: Registro) {
  return [
    { key: tv('form.registry.name'), value: `${registro.nombres} ${registro.apellidos}` },
    { key: tv('form.registry.run'), value: registro.run },
    { key: tv('form.registry.domicilio'), value: registro.domicilioElectoral },
    { key: tv('form.registry.comuna'), value: registro.comuna },
    { key: tv('form.registry.region'), value: registro.region },
    { key: tv('form.registry.local'), value: registro.localVotacion },
    ...(registro.mesa ? [{ key: tv('form.registry.mesa'), value: registro.mesa }] : []),
  ]
}
