import { describe, expect, it } from 'vitest'
import { reabrirHasta, resolucionDe } from '../../worker/reclamos/resolucion.ts'

const NADA = {
  respuestaTexto: null,
  respuestaAt: null,
  derivacionDestino: null,
  derivacionDonde: null,
  derivacionMotivo: null,
  derivacionAt: null,
}
const DERIVADO = {
  derivacionDestino: 'fiscalia' as const,
  derivacionDonde: 'Fiscalía Centro Norte',
  derivacionMotivo: 'Hechos que pueden ser delito',
  derivacionAt: new Date('2026-12-10T15:00:00.000Z'),
}

describe('the office’s decision as the complainant reads it', () => {
  it('is none while the complaint is being worked', () => {
    expect(resolucionDe('K7PXQ2MZ9A', NADA)).toBeNull()
  })

  it('is the derivation, with where and why', () => {
    expect(resolucionDe('K7PXQ2MZ9A', { ...NADA, ...DERIVADO })).toEqual({
      tipo: 'derivacion',
      at: new Date('2026-12-10T15:00:00.000Z'),
      derivacion: {
        destino: 'fiscalia',
        donde: 'Fiscalía Centro Norte',
        motivo: 'Hechos que pueden ser delito',
        at: '2026-12-10T15:00:00.000Z',
      },
    })
  })

  it('is the answer given after a referral was reopened, and the referral before a later one', () => {
    const respondido = { respuestaTexto: 'Segunda', respuestaAt: new Date('2027-01-11T15:00:00.000Z') }
    expect(resolucionDe('K7PXQ2MZ9A', { ...NADA, ...DERIVADO, ...respondido })).toMatchObject({
      tipo: 'respuesta',
      respuesta: {
        texto: 'Segunda',
        at: '2027-01-11T15:00:00.000Z',
        pdfUrl: '/api/reclamos/K7PXQ2MZ9A/respuesta/pdf',
      },
    })
    const antes = { ...respondido, respuestaAt: new Date('2026-12-01T15:00:00.000Z') }
    expect(resolucionDe('K7PXQ2MZ9A', { ...NADA, ...DERIVADO, ...antes })?.tipo).toBe('derivacion')
  })
})

describe('the last instant to reopen', () => {
  it('is the end of the 30th calendar day in Santiago, summer or winter', () => {
    // 10 December (UTC−3): 9 January ends at 02:59:59.999 UTC on the 10th.
    expect(reabrirHasta(new Date('2026-12-10T15:00:00Z')).toISOString()).toBe('2027-01-10T02:59:59.999Z')
    // 23:30 on 1 June in Santiago (UTC−4) is already 2 June in UTC: counted from 1 June, to 1 July.
    expect(reabrirHasta(new Date('2026-06-02T03:30:00Z')).toISOString()).toBe('2026-07-02T03:59:59.999Z')
  })
})
