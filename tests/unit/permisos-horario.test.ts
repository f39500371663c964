import { describe, expect, it } from 'vitest'
import {
  diasPosibles,
  esFinDeSemana,
  horaFin,
  horasPosibles,
  mismaSemana,
} from '../../web/permisos/solicitud/horario.ts'

const compras = { horaDesde: '07:00', horaHasta: '22:00', duracionMaxMin: 180 }

describe('the permit form’s days and times', () => {
  it('offers today and the days a permit may start on, across a month’s end', () => {
    expect(diasPosibles('2026-11-27', 7)).toEqual([
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ])
    expect(mismaSemana('2026-11-27', '2026-11-29')).toBe(true)
    expect(mismaSemana('2026-11-29', '2026-11-30')).toBe(false)
    expect([esFinDeSemana('2026-11-28'), esFinDeSemana('2026-11-30')]).toEqual([true, false])
  })

  it('offers the quarter hours a type allows, ending the same day by its last hour; today, from the next quarter hour', () => {
    const tomorrow = horasPosibles(compras, '2026-11-28', '2026-11-27')
    expect(tomorrow[0]).toBe('07:00')
    expect(tomorrow.at(-1)).toBe('19:00')
    expect(tomorrow).toHaveLength(49)
    // 10:07 in Santiago (UTC−3 in summer): from 10:15.
    const now = new Date('2026-11-27T13:07:00Z')
    expect(horasPosibles(compras, '2026-11-27', '2026-11-27', now)[0]).toBe('10:15')
    // 19:30: nothing left today for a three-hour permit ending by 22:00.
    expect(horasPosibles(compras, '2026-11-27', '2026-11-27', new Date('2026-11-27T22:30:00Z'))).toEqual([])
    // No type chosen yet: every quarter hour of the day.
    expect(horasPosibles(undefined, '2026-11-28', '2026-11-27')).toHaveLength(96)
    expect(horaFin('10:00', 180)).toBe('13:00')
    expect(horaFin('21:30', 240)).toBe('23:59')
  })
})
