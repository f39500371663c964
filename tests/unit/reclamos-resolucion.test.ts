import { describe, expect, it } from 'vitest'
import { reabrirHasta, resolucionDe } from '../../worker/reclamos/resolucion.ts'

const recibido = { at: '2026-12-04T15:00:00.000Z', estado: 'recibido', detalle: { accion: 'abrir' } }

describe('the office’s decision as the complainant reads it', () => {
  it('is none while the complaint is being worked', () => {
    expect(resolucionDe('K7PXQ2MZ9A', [recibido])).toBeNull()
  })

  it('is the derivation, with where and why, and not a rating made after it', () => {
    const derivado = {
      at: '2026-12-10T15:00:00.000Z',
      estado: 'derivado',
      detalle: {
        accion: 'derivar',
        destino: 'fiscalia',
        donde: 'Fiscalía Centro Norte',
        motivo: 'Hechos que pueden ser delito',
      },
    }
    const valorado = {
      at: '2026-12-11T15:00:00.000Z',
      estado: 'derivado',
      detalle: { accion: 'valorar', satisfecho: 'no' },
    }
    expect(resolucionDe('K7PXQ2MZ9A', [recibido, derivado, valorado])).toEqual({
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

  it('is the latest answer after a reopening and a new answer', () => {
    const historia = [
      recibido,
      {
        at: '2026-12-10T15:00:00.000Z',
        estado: 'respondido',
        detalle: { accion: 'cerrar', texto: 'Primera' },
      },
      { at: '2027-01-04T15:00:00.000Z', estado: 'en_analisis', detalle: { accion: 'reabrir' } },
      {
        at: '2027-01-11T15:00:00.000Z',
        estado: 'respondido',
        detalle: { accion: 'cerrar', texto: 'Segunda' },
      },
    ]
    expect(resolucionDe('K7PXQ2MZ9A', historia)).toMatchObject({
      tipo: 'respuesta',
      respuesta: {
        texto: 'Segunda',
        at: '2027-01-11T15:00:00.000Z',
        pdfUrl: '/api/reclamos/K7PXQ2MZ9A/respuesta/pdf',
      },
    })
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
