import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { TEXTO } from '../../web/casos/campos.ts'
import { InformacionInput, RespuestaInput } from '../../worker/casos/schema.ts'
import { fieldIssues } from '../../worker/validation.ts'

/** What a schema says of a text: accepted as what, or refused with which issues. */
const answer = (schema: v.GenericSchema, texto: string) => {
  const result = v.safeParse(schema, texto)
  return result.success ? { ok: result.output } : { issues: fieldIssues(result.issues) }
}

describe('the case forms’ text (web/casos/campos.ts)', () => {
  it('answers every text as the API’s answer and information do: too short, too long, control characters, trimmed', () => {
    const textos = [
      '',
      'a',
      ' a ',
      'sí',
      'x'.repeat(5000),
      ` ${'x'.repeat(5000)} `,
      'x'.repeat(5001),
      'Era un Samsung azul,\ncon funda negra.\t(la boleta está en la foto)',
      'a\u0000b',
      'texto\u001b[31m',
    ]
    for (const texto of textos) {
      const web = answer(TEXTO, texto)
      expect(web, JSON.stringify(texto)).toEqual(answer(RespuestaInput.entries.texto, texto))
      expect(web, JSON.stringify(texto)).toEqual(answer(InformacionInput.entries.texto, texto))
    }
  })
})
