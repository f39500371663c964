import * as v from 'valibot'
import type { AppContext } from './context.ts'
import { AppError, type FieldError, type FieldIssue } from './errors.ts'
// In the PWA's build this import is web/i18n/server-catalog.ts (vite.config.ts's browserCatalogues,
// decision 0077): the same names, with only the visitor's language downloaded.
import { type Catalog, catalog, fieldLabel, format, type Locale } from './i18n/index.ts'
import { hasControlCharacters } from './text.ts'

/** A key of the validation catalogue, usable as the message of a custom valibot check. */
export type ValidationKey = keyof Catalog['validation']

type AnyIssue = v.BaseIssue<unknown>

function fieldName(path: readonly v.IssuePathItem[]): string {
  return path.length > 0 ? path.map((item) => String(item.key)).join('.') : 'body'
}

function issueKey(issue: AnyIssue): { key: ValidationKey; params: Record<string, string | number> } {
  const requirement = typeof issue.requirement === 'number' ? issue.requirement : 0
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return { key: 'unknown_field', params: {} }
  if (issue.kind === 'schema' && issue.received === 'undefined') return { key: 'required', params: {} }
  switch (issue.type) {
    case 'non_empty':
      return { key: 'required', params: {} }
    case 'min_length':
      return requirement <= 1
        ? { key: 'required', params: {} }
        : { key: 'too_short', params: { min: requirement } }
    case 'max_length':
      return { key: 'too_long', params: { max: requirement } }
    case 'min_value':
      return { key: 'too_small', params: { min: requirement } }
    case 'max_value':
      return { key: 'too_large', params: { max: requirement } }
    case 'email':
      return { key: 'invalid_email', params: {} }
    case 'regex':
      return { key: 'invalid_format', params: {} }
    case 'picklist':
    case 'enum':
    case 'literal':
    case 'variant':
      return { key: 'invalid_option', params: {} }
  }
  if (issue.kind === 'schema') return { key: 'invalid_type', params: {} }
  if (isValidationKey(issue.message)) return { key: issue.message, params: {} }
  return { key: 'invalid', params: {} }
}

/**
 * Turns valibot issues into field issues, one per field (the first). Schemas give custom checks
 * a {@link ValidationKey} as their message.
 *
 * @example
 * const result = v.safeParse(schema, input)
 * if (!result.success) fieldIssues(result.issues) // [{ field: 'email', key: 'invalid_email', params: {} }]
 */
export function fieldIssues(issues: readonly AnyIssue[]): FieldIssue[] {
  const seen = new Set<string>()
  const out: FieldIssue[] = []
  for (const issue of issues) {
    const path = issue.path ?? []
    // valibot's object schemas read an array as an object with keys 0, 1…: name the array itself.
    const array = path.findIndex((item) => item.type === 'object' && Array.isArray(item.input))
    const field = fieldName(array === -1 ? path : path.slice(0, array))
    if (seen.has(field)) continue
    seen.add(field)
    out.push({ field, ...(array === -1 ? issueKey(issue) : { key: 'invalid_type', params: {} }) })
  }
  return out
}

function isValidationKey(key: string): key is ValidationKey {
  return Object.hasOwn(catalog('es').validation, key)
}

/**
 * Words field issues in a language, each message naming its field.
 *
 * @example
 * fieldErrors([{ field: 'email', key: 'invalid_email' }], 'es') // [{ field: 'email', message: '«Correo…' }]
 */
export function fieldErrors(issues: readonly FieldIssue[], locale: Locale): FieldError[] {
  return issues.map(({ field, key, params, label }) => {
    const template = catalog(locale).validation[isValidationKey(key) ? key : 'invalid']
    return { field, message: format(template, { ...params, field: fieldLabel(locale, label ?? field) }) }
  })
}

/**
 * The same error with the labels an input gives some of its fields (`{ tipo: 'certificados.tipo' }`):
 * a name that means something else in another form is worded as this form's.
 *
 * @example
 * throw relabel(error, { tipo: 'certificados.tipo' })
 */
export function relabel(error: unknown, labels: Readonly<Record<string, string>> | undefined): unknown {
  if (!labels || !(error instanceof AppError) || !error.fields) return error
  const fields = error.fields.map((issue) =>
    Object.hasOwn(labels, issue.field) ? { ...issue, label: labels[issue.field] } : issue,
  )
  return new AppError(error.code, { fields })
}

/**
 * Validates a value against a schema, or throws `validation_failed` with field errors.
 *
 * @example
 * const input = parse(NoteSchema, await c.req.json())
 */
export function parse<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value)
  if (result.success) return result.output
  throw new AppError('validation_failed', { fields: fieldIssues(result.issues) })
}

/**
 * The first field of a parsed body holding a control character no field takes (see text.ts),
 * named as valibot names it (`campos.motivo`; an array by its own name). Every route's input goes
 * through it, whatever its schema says: a field added tomorrow is covered today.
 *
 * @example
 * fieldWithControls({ nombre: 'Ana', mensaje: 'a\u0000' }) // 'mensaje'
 */
export function fieldWithControls(body: unknown): string | undefined {
  // A loop, not recursion: a 64 KiB body can nest 30,000 levels deep.
  const pending: [unknown, string][] = [[body, 'body']]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, path] = next
    if (typeof value === 'string') {
      if (hasControlCharacters(value)) return path
    } else if (typeof value === 'object' && value !== null) {
      const isArray = Array.isArray(value)
      for (const [key, item] of Object.entries(value).reverse()) {
        pending.push([item, isArray ? path : path === 'body' ? key : `${path}.${key}`])
      }
    }
  }
  return undefined
}

/**
 * Reads a JSON request body and validates it, so a route gets a typed input or the client gets
 * one clear error naming each field. A control character anywhere in it is refused first.
 *
 * @example
 * app.post('/', async (c) => {
 *   const input = await parseJsonBody(c, NoteSchema)
 * })
 */
export async function parseJsonBody<S extends v.GenericSchema>(
  c: AppContext,
  schema: S,
): Promise<v.InferOutput<S>> {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/json\b/i.test(type)) throw new AppError('unsupported_media_type')
  let body: unknown
  try {
    body = JSON.parse(await c.req.text())
  } catch {
    throw new AppError('invalid_json')
  }
  const controls = fieldWithControls(body)
  if (controls)
    throw new AppError('validation_failed', { fields: [{ field: controls, key: 'control_characters' }] })
  return parse(schema, body)
}
