import { describe, expect, it } from 'vitest'
import type { RespuestasDenuncia } from '../../db/schema/index.ts'
import {
  claveDeSerie,
  clavesDeDenuncia,
  coincidencia,
  horasDe,
  METROS_POR_GRADO,
} from '../../worker/denuncias/claves.ts'

const respuestas = (cambios: Partial<RespuestasDenuncia> = {}): RespuestasDenuncia => ({
  objetos: [],
  detalles: {},
  sospechosos: [],
  testigos: [],
  archivos: [],
  ...cambios,
})
const at = (iso: string) => new Date(iso)
/** Whether two reports' times touch a common hour. */
const juntas = (a: string, b: string) => horasDe(at(a), null).some((h) => horasDe(at(b), null).includes(h))

describe('a denuncia’s likely-duplicate keys', () => {
  it('match two times less than an hour apart, never more than two', () => {
    expect(horasDe(at('2026-11-23T00:30:00Z'), null)).toEqual(['2026-11-23T00'])
    expect(horasDe(at('2026-11-23T00:45:00Z'), null)).toEqual(['2026-11-23T00', '2026-11-23T01'])
    expect(juntas('2026-11-23T00:30:00Z', '2026-11-23T01:20:00Z')).toBe(true)
    expect(juntas('2026-11-23T00:59:00Z', '2026-11-23T01:01:00Z')).toBe(true)
    expect(juntas('2026-11-23T00:00:00Z', '2026-11-23T00:59:59Z')).toBe(true)
    expect(juntas('2026-11-23T00:30:00Z', '2026-11-23T01:31:00Z')).toBe(false)
    expect(juntas('2026-11-23T00:00:00Z', '2026-11-23T02:00:00Z')).toBe(false)
    // Any two instants under an hour apart, minute by minute through a day.
    for (let m = 0; m < 24 * 60; m += 7) {
      const a = Date.parse('2026-11-23T00:00:00Z') + m * 60_000
      const b = a + 59 * 60_000
      expect(juntas(new Date(a).toISOString(), new Date(b).toISOString())).toBe(true)
    }
  })

  it('take every hour of a span up to twelve hours, none beyond', () => {
    expect(horasDe(at('2026-11-23T01:00:00Z'), at('2026-11-23T04:00:00Z'))).toEqual([
      '2026-11-23T00',
      '2026-11-23T01',
      '2026-11-23T02',
      '2026-11-23T03',
      '2026-11-23T04',
    ])
    expect(horasDe(at('2026-11-23T00:00:00Z'), at('2026-11-23T12:00:00Z'))).toHaveLength(14)
    expect(horasDe(at('2026-11-23T00:00:00Z'), at('2026-11-23T12:01:00Z'))).toEqual([])
  })

  it('keep an IMEI as its digits, a plate as printed in either format, a serial number of six or more', () => {
    expect(claveDeSerie('sn-4421 88a')).toBe('serie:SN442188A')
    expect(claveDeSerie('A-123')).toBeNull()
    // An IMEI written as the serial number is the phone's IMEI.
    expect(claveDeSerie('35 209900 176148 1')).toBe('imei:352099001761481')
    const claves = clavesDeDenuncia({
      respuestas: respuestas({
        objetos: [
          { descripcion: 'Teléfono', imei: '35-209900-176148-1' },
          { descripcion: 'El mismo, otra vez', imei: '352099001761481', serie: 'bici 77-1234' },
        ],
        detalles: { patente: 'bb·bb·12' },
      }),
      hechoDesde: at('2026-11-23T00:30:00Z'),
      hechoHasta: null,
      comunaCut: '13101',
      lat: null,
      lon: null,
    })
    expect(claves.map((c) => c.clave)).toEqual([
      'imei:352099001761481',
      'serie:BICI771234',
      'patente:BBBB12',
      'lugar:13101:2026-11-23T00',
    ])
    expect(
      clavesDeDenuncia({
        respuestas: respuestas({ detalles: { patente: 'AB-12-34' } }),
        hechoDesde: at('2026-11-23T00:30:00Z'),
        hechoHasta: null,
        comunaCut: '13101',
        lat: null,
        lon: null,
      })[0]?.clave,
    ).toBe('patente:AB1234')
  })

  it('carry the point on the place keys, with the metres per degree of longitude there', () => {
    const [lugar] = clavesDeDenuncia({
      respuestas: respuestas(),
      hechoDesde: at('2026-11-23T00:30:00Z'),
      hechoHasta: null,
      comunaCut: '13101',
      lat: -33.4429,
      lon: -70.6459,
    })
    expect(lugar?.lat).toBe(-33.4429)
    expect(lugar?.escalaLon).toBeCloseTo(METROS_POR_GRADO * Math.cos((33.4429 * Math.PI) / 180), 6)
  })

  it('say what matched, for staff', () => {
    expect(coincidencia('imei:352099001761481')).toEqual({ tipo: 'imei', valor: '352099001761481' })
    expect(coincidencia('lugar:13101:2026-11-23T00')).toEqual({
      tipo: 'lugar',
      valor: '2026-11-23T00:00:00.000Z',
    })
    expect(coincidencia('otra:cosa')).toBeNull()
  })
})
