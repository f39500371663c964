import type { FieldError } from '../../../../worker/errors.ts'
import { locale } from '../../../i18n/index.ts'
import { catalog, fieldLabel, format } from '../../../i18n/server-catalog.ts'
import { tf, tiene } from './i18n/index.ts'
import { PROPIOS, type Problema } from './validar.ts'

/*
 * The form's words for a type's questions: each one's label and hint, by type and field id, with
 * the words every type shares (`campo.<id>`) where the type has none of its own; and the problems
 * of the answers in those words.
 */

/** The words of a question: `<tipo>.<id>`, else `campo.<id>`; a group's field is `<tipo>.<lista>.<id>`. */
function word(tipo: string, path: string, suffix = ''): string | undefined {
  const own = `${tipo}.${path}${suffix}`
  const shared = `campo.${path}${suffix}`
  return tiene(own) ? tf(own) : tiene(shared) ? tf(shared) : undefined
}

/**
 * A question's label (a group's field: `documentos.numero`, with `n` its item's place from 1).
 *
 * @example
 * etiqueta('extravio_celular', 'imei') // 'IMEI del teléfono'
 * etiqueta('extravio_documentos', 'documentos.numero', 2) // 'Número del documento 2 (opcional)'
 */
export function etiqueta(tipo: string, path: string, n?: number): string {
  const text = word(tipo, path) ?? path
  return n === undefined ? text : format(text, { n })
}

/** A question's hint, if it has one. */
export const ayuda = (tipo: string, path: string): string | undefined => word(tipo, path, '.hint')

/** An option's words. */
export const opcion = (campo: string, valor: string): string => {
  const key = `opcion.${campo}.${valor}`
  return tiene(key) ? tf(key) : valor
}

/**
 * A field as the API names it (`respuestas.documentos.1.numero`), labelled: «Número del documento 2».
 *
 * @example
 * etiquetaDeCampo('extravio_documentos', 'respuestas.documentos.1.numero')
 */
export function etiquetaDeCampo(tipo: string, field: string): string {
  const [, id = '', index, sub] = field.split('.')
  return index !== undefined && sub !== undefined
    ? etiqueta(tipo, `${id}.${sub}`, Number(index) + 1)
    : etiqueta(tipo, id)
}

const propio = (key: string): key is (typeof PROPIOS)[number] => (PROPIOS as readonly string[]).includes(key)

/**
 * The problems in the current language, each naming its question by its label: the form's own
 * checks in its words, the rest as every form (and the API) words them.
 *
 * @example
 * mensajes('extravio_celular', [{ field: 'respuestas.imei', key: 'imei_invalido', params: {} }])
 */
export function mensajes(tipo: string, problemas: readonly Problema[]): FieldError[] {
  const validation: Record<string, string> = catalog(locale()).validation
  return problemas.map((problema) => {
    const field =
      problema.field === 'email' ? fieldLabel(locale(), 'email') : etiquetaDeCampo(tipo, problema.field)
    const params = { ...problema.params, field }
    const template = propio(problema.key)
      ? tf(`error.${problema.key}`)
      : (validation[problema.key] ?? validation.invalid ?? problema.key)
    return { field: problema.field, message: format(template, params) }
  })
}
