import { describe, expect, it } from 'vitest'
import {
  CAPACIDADES,
  CAPACIDADES_DE_ROL,
  capacidadesDe,
  ordenadas,
  tieneCapacidad,
} from '../../core/capacidades.ts'

describe('capabilities', () => {
  it('lists each role’s set in the one order, each capability once', () => {
    for (const set of Object.values(CAPACIDADES_DE_ROL)) expect(set).toEqual(ordenadas(set))
    // Every capability but reading tips (decision 0044): no role reads them by default.
    expect(CAPACIDADES_DE_ROL.admin).toEqual(CAPACIDADES.filter((c) => c !== 'informacion.analizar'))
    for (const set of Object.values(CAPACIDADES_DE_ROL)) expect(set).not.toContain('informacion.analizar')
  })

  it('reads an account’s grants, its role’s set when none are recorded, and nothing for citizens', () => {
    expect(capacidadesDe({ kind: 'staff', role: 'supervisor', capacidades: null })).toEqual(
      CAPACIDADES_DE_ROL.supervisor,
    )
    expect(capacidadesDe({ kind: 'staff', role: 'admin', capacidades: [] })).toEqual([])
    // An id the code no longer knows is dropped, not trusted; the order is the list's.
    expect(
      capacidadesDe({
        kind: 'staff',
        role: 'officer',
        capacidades: ['cifras.ver', 'borrado', 'constancias.validar'],
      }),
    ).toEqual(['constancias.validar', 'cifras.ver'])
    expect(capacidadesDe({ kind: 'citizen', role: 'citizen', capacidades: ['cifras.ver'] })).toEqual([])
  })

  it('admits staff only by what they hold', () => {
    expect(tieneCapacidad({ kind: 'staff', capacidades: ['cifras.ver'] }, 'cifras.ver')).toBe(true)
    expect(tieneCapacidad({ kind: 'staff', capacidades: ['cifras.ver'] }, 'denuncias.triar')).toBe(false)
    expect(tieneCapacidad({ kind: 'citizen', capacidades: ['cifras.ver'] }, 'cifras.ver')).toBe(false)
  })
})
