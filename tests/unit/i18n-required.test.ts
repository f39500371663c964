import { describe, expect, it } from 'vitest'
import { messages as en } from '../../web/i18n/en.ts'
import { messages as es } from '../../web/i18n/es.ts'
import { messages as ht } from '../../web/i18n/ht.ts'
import { en as enApi } from '../../worker/i18n/en.ts'
import { es as esApi } from '../../worker/i18n/es.ts'
import { ht as htApi } from '../../worker/i18n/ht.ts'

describe('one wording for an empty field (decision 0082)', () => {
  it('is the same in the pages’ own checks as in the API’s, in every language', () => {
    expect(es['form.required']).toBe(esApi.validation.required)
    expect(en['form.required']).toBe(enApi.validation.required)
    expect(ht['form.required']).toBe(htApi.validation.required)
  })
})
