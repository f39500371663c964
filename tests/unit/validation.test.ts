import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { fieldErrors, fieldIssues } from '../../worker/validation.ts'

const Input = v.strictObject({
  nombre: v.string(),
  campos: v.optional(v.strictObject({ destino: v.optional(v.string()) })),
})

const issuesOf = (value: unknown) => {
  const result = v.safeParse(Input, value)
  return result.success ? [] : fieldIssues(result.issues)
}

describe('field issues', () => {
  it('names an array sent for an object as that field, not by its indexes', () => {
    expect(issuesOf([{}])).toEqual([{ field: 'body', key: 'invalid_type', params: {} }])
    expect(issuesOf({ nombre: 'Ana', campos: ['x'] })).toEqual([
      { field: 'campos', key: 'invalid_type', params: {} },
    ])
  })

  it('words a field named like a property of every object with its own name', () => {
    for (const key of ['__proto__', 'toString', 'constructor']) {
      const issues = issuesOf(JSON.parse(`{"nombre":"Ana","${key}":1}`))
      expect(fieldErrors(issues, 'es')).toEqual([
        { field: key, message: `«${key}» no es un campo de este formulario.` },
      ])
    }
  })
})
