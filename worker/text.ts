/**
 * Text a person typed, as every form of the portal takes it: shared by the valibot schemas (on the
 * server and in the PWA) and by the JSON reader's guard (worker/validation.ts).
 *
 * No one types a NUL, a bell or an escape: such characters come from a tool or an attack, and
 * further down they cut strings short (C APIs, PDFs), forge log lines or hide text on a screen.
 */
import * as v from 'valibot'

/** Control characters (C0, DEL, C1), but tab, newline and carriage return: refused in every field. */
const CONTROLS = /(?![\t\n\r])\p{Cc}/u
/** Every control character, tab and line breaks included: refused in a field of one line. */
const CONTROLS_OR_BREAKS = /\p{Cc}/u

/**
 * Whether a text holds a control character no field takes (tab and line breaks aside).
 *
 * @example
 * hasControlCharacters('Ana\u0000') // true
 * hasControlCharacters('línea 1\nlínea 2') // false
 */
export function hasControlCharacters(text: string): boolean {
  return CONTROLS.test(text)
}

/** Typed text: no character `refused` matches, trimmed, between `min` and `max` characters. */
function typed(refused: RegExp, max: number, min: number) {
  return v.pipe(
    v.string(),
    v.check((text) => !refused.test(text), 'control_characters'),
    v.trim(),
    v.minLength(min),
    v.maxLength(max),
  )
}

/**
 * One line of text: no control character at all (no tab or line break either), trimmed, between
 * `min` and `max` characters.
 *
 * @example
 * const CondolenciaInput = v.strictObject({ nombre: line(100), mensaje: paragraph(2000) })
 */
export function line(max: number, min = 1) {
  return typed(CONTROLS_OR_BREAKS, max, min)
}

/**
 * Free text (a message, a description, a reason): line breaks and tabs allowed, no other control
 * character; trimmed, between `min` and `max` characters.
 *
 * @example
 * const RechazoInput = v.strictObject({ motivo: paragraph(500, 5) })
 */
export function paragraph(max: number, min = 1) {
  return typed(CONTROLS, max, min)
}

/**
 * The id of something the form offered (an election, a permit type): lower-case letters, digits
 * and dashes, as given — not trimmed, since no one types it.
 *
 * @example
 * const AvisoInput = v.strictObject({ eleccionId: identifier(40) })
 */
export function identifier(max: number) {
  return v.pipe(v.string(), v.minLength(1), v.regex(/^[a-z0-9-]+$/), v.maxLength(max))
}

/**
 * A secret typed into one field (a password): any character a keyboard gives, no control
 * character; not trimmed, since its spaces are part of it.
 *
 * @example
 * const LoginInput = v.strictObject({ run: RunField, password: secretText(1024) })
 */
export function secretText(max: number) {
  return v.pipe(
    v.string(),
    v.check((text) => !CONTROLS_OR_BREAKS.test(text), 'control_characters'),
    v.minLength(1),
    v.maxLength(max),
  )
}
