import { describe, expect, it } from 'vitest'
import { type Campo, TIPOS_CERTIFICADO } from '../../core/certificados/tipos.ts'
import { TIPOS_ORDEN } from '../../web/constancias/certificados/comun.ts'
import { messages as emitida } from '../../web/constancias/certificados/emitida/i18n/es.ts'
import { messages as formulario } from '../../web/constancias/certificados/formulario/i18n/es.ts'
import {
  fechaDe,
  fechasDelHecho,
  otraIgual,
  partesDe,
  respuestasDe,
  TIPOS,
  vacio,
  valoresDe,
} from '../../web/constancias/certificados/formulario/respuestas.ts'
import { problemas } from '../../web/constancias/certificados/formulario/validar.ts'
import { messages as nombres } from '../../web/constancias/certificados/i18n/es.ts'
import { messages as tipoPage } from '../../web/constancias/certificados/tipo/i18n/es.ts'

/** Noon of 10 December 2026 in Santiago (UTC−3 in summer). */
const AHORA = new Date('2026-12-10T15:00:00.000Z')
const has = (catalogue: object, key: string) => Object.hasOwn(catalogue, key)

describe('the constancias’ form, as data', () => {
  it('lists the nine types in the definitions’ order without loading them', () => {
    expect(TIPOS_ORDEN).toEqual(TIPOS_CERTIFICADO)
  })

  it('has the words of every type, question and option: a tenth type without them fails here', () => {
    const missing: string[] = []
    const need = (catalogue: object, key: string) => {
      if (!has(catalogue, key)) missing.push(key)
    }
    const label = (tipo: string, path: string) => {
      if (!has(formulario, `${tipo}.${path}`) && !has(formulario, `campo.${path}`))
        missing.push(`${tipo}.${path}`)
    }
    const options = (campo: Campo) => {
      if (campo.tipo === 'opcion')
        for (const valor of campo.opciones) need(formulario, `opcion.${campo.id}.${valor}`)
    }
    for (const tipo of TIPOS_CERTIFICADO) {
      for (const suffix of ['nombre', 'desc']) need(nombres, `${tipo}.${suffix}`)
      for (const suffix of ['para', 'no']) need(tipoPage, `${tipo}.${suffix}`)
      need(emitida, `${tipo}.siguiente`)
      for (const campo of TIPOS[tipo].campos) {
        label(tipo, campo.id)
        options(campo)
        if (campo.tipo === 'lista') {
          for (const suffix of ['item', 'agregar', 'quitar']) need(formulario, `${campo.id}.${suffix}`)
          for (const sub of campo.campos) {
            label(tipo, `${campo.id}.${sub.id}`)
            options(sub)
          }
        }
      }
    }
    expect(missing).toEqual([])
  })
})

describe('a constancia’s answers, from the boxes to the API and back', () => {
  it('writes a date from its boxes as the API takes it, and reads it back', () => {
    expect(fechaDe('fecha', { dia: '7', mes: '3', anio: '2026' })).toBe('2026-03-07')
    expect(fechaDe('fecha_hora', { dia: '07', mes: '12', anio: '2026', hora: '21:30' })).toBe(
      '2026-12-07T21:30',
    )
    expect(fechaDe('mes', { mes: '11', anio: '2026' })).toBe('2026-11')
    expect(fechaDe('fecha', {})).toBe('')
    // Not numbers: kept as typed, for the checks to refuse.
    expect(fechaDe('fecha', { dia: 'siete', mes: '3', anio: '2026' })).toBe('siete-3-2026')
    expect(partesDe('2026-03-07T21:30')).toEqual({ anio: '2026', mes: '3', dia: '7', hora: '21:30' })
    expect(partesDe('2026-11')).toEqual({ anio: '2026', mes: '11' })
  })

  it('builds the body: pesos as digits, an optional answer left out, a group’s items with their own answers', () => {
    const tipo = TIPOS.extravio_documentos
    const values = {
      ...vacio(tipo),
      documentos: JSON.stringify([{ documento: 'cedula', numero: ' 12.345.678 ' }, { documento: 'tne' }]),
      'fecha:dia': '1',
      'fecha:mes': '12',
      'fecha:anio': '2026',
      comuna: '13101',
      lugar: 'Metro Baquedano',
    }
    expect(respuestasDe(tipo, values)).toEqual({
      documentos: [{ documento: 'cedula', numero: '12.345.678' }, { documento: 'tne' }],
      fecha: '2026-12-01',
      comuna: '13101',
      lugar: 'Metro Baquedano',
    })
    const pension = TIPOS.pension_alimentos
    const body = respuestasDe(pension, { ...vacio(pension), monto: '$ 450.000' })
    expect(body.monto).toBe('450000')
    expect(body).not.toHaveProperty('deudor_run')
  })

  it('puts answers the API gave back into the boxes again (a refusal to correct, «Otra igual»)', () => {
    const tipo = TIPOS.regimen_visitas
    const respuestas = {
      tribunal: 'Juzgado de Familia de Pudahuel',
      rit: 'C-1234-2024',
      contraparte_nombre: 'Pedro Soto',
      programada: '2026-12-06T10:00',
      comuna: '13124',
      lugar: 'Plaza de Pudahuel',
      relato: 'No llegó a la hora fijada ni avisó durante la mañana.',
    }
    const values = valoresDe(tipo, respuestas, '44.444.444-4')
    expect(values['programada:hora']).toBe('10:00')
    expect(respuestasDe(tipo, values)).toEqual(respuestas)
  })

  it('«Otra igual» clears only the dates of the facts: a certificate’s own date stays', () => {
    const ids = (tipo: keyof typeof TIPOS) => fechasDelHecho(TIPOS[tipo]).map((campo) => campo.id)
    expect(ids('regimen_visitas')).toEqual(['programada'])
    expect(ids('pension_alimentos')).toEqual(['desde', 'hasta'])
    expect(ids('permanencia_definitiva')).toEqual(['fecha'])
    const values = otraIgual(
      TIPOS.permanencia_definitiva,
      { nacionalidad: 'Haitiana', certificado_fecha: '2019-05-02', fecha: '2026-12-01', comuna: '13101' },
      '',
    )
    expect(values['fecha:dia']).toBe('')
    expect(values['certificado_fecha:anio']).toBe('2019')
    expect(values.nacionalidad).toBe('Haitiana')
  })
})

describe('the checks on the device (the API’s schema and clock), by kind of question', () => {
  const celular = TIPOS.extravio_celular
  const buenas = {
    imei: '35-209900-176148-1',
    marca: 'Samsung',
    modelo: 'Galaxy A54',
    numero: '+56 9 1234 5678',
    compania: 'entel',
    fecha: '2026-12-09',
    comuna: '13101',
    lugar: 'Metro Baquedano',
  }
  const keys = (tipo: (typeof TIPOS)[keyof typeof TIPOS], respuestas: Record<string, unknown>) =>
    problemas(tipo, respuestas as Parameters<typeof problemas>[1], AHORA).map((p) => `${p.field} ${p.key}`)

  it('takes a lost phone’s answers as typed', () => {
    expect(keys(celular, buenas)).toEqual([])
  })

  it('refuses an IMEI whose check digit fails, a plate of no Chilean format, a RIT without its year', () => {
    expect(keys(celular, { ...buenas, imei: '352099001761482' })).toEqual(['respuestas.imei imei_invalido'])
    const placa = TIPOS.placa_patente
    const patente = (text: string) =>
      keys(placa, { patente: text }).filter((k) => k.startsWith('respuestas.patente'))
    expect(patente('BBBB·12')).toEqual([])
    expect(patente('AB-12-34')).toEqual([])
    expect(patente('ABCD12')).toEqual(['respuestas.patente patente_invalida'])
    const rit = (text: string) =>
      keys(TIPOS.pension_alimentos, { rit: text }).filter((k) => k.startsWith('respuestas.rit '))
    expect(rit('c-1234-2024')).toEqual([])
    expect(rit('1234')).toEqual(['respuestas.rit rit_invalido'])
  })

  it('refuses a date to come (Chile’s clock), one older than the question allows, one that is no date', () => {
    const fecha = (text: string) => keys(celular, { ...buenas, fecha: text })
    expect(fecha('2026-12-10')).toEqual([])
    expect(fecha('2026-12-11')).toEqual(['respuestas.fecha fecha_futura'])
    expect(fecha('2025-12-01')).toEqual(['respuestas.fecha fecha_antigua'])
    expect(fecha('2026-02-30')).toEqual(['respuestas.fecha invalid_date'])
    // A time later today is still to come (noon in Santiago).
    const visita = (text: string) =>
      keys(TIPOS.regimen_visitas, { programada: text }).filter((k) => k.startsWith('respuestas.programada'))
    expect(visita('2026-12-10T11:30')).toEqual([])
    expect(visita('2026-12-10T12:30')).toEqual(['respuestas.programada fecha_futura'])
    expect(visita('2026-12-10T')).toEqual(['respuestas.programada invalid_date'])
  })

  it('refuses months unpaid that end before they begin, and an amount that is not pesos', () => {
    const pension = (extra: Record<string, string>) =>
      keys(TIPOS.pension_alimentos, {
        tribunal: 'Juzgado de Familia de Santiago',
        rit: 'C-99-2025',
        deudor_nombre: 'Pedro Soto',
        desde: '2026-09',
        hasta: '2026-11',
        monto: '450000',
        ...extra,
      })
    expect(pension({})).toEqual([])
    expect(pension({ hasta: '2026-08' })).toEqual(['respuestas.hasta rango_meses'])
    expect(pension({ hasta: '2027-01' })).toEqual(['respuestas.hasta fecha_futura'])
    expect(pension({ monto: 'mucho' })).toEqual(['respuestas.monto monto_invalido'])
    expect(pension({ desde: '2026-13' })).toEqual(['respuestas.desde mes_invalido'])
  })

  it('asks for a choice and for each lost document’s kind, names the group’s field by its place', () => {
    expect(keys(celular, { ...buenas, compania: '' })).toEqual(['respuestas.compania required'])
    expect(keys(celular, { ...buenas, compania: 'vtr' })).toEqual(['respuestas.compania invalid_option'])
    const documentos = (items: Record<string, string>[]) =>
      keys(TIPOS.extravio_documentos, { documentos: items }).filter((k) =>
        k.startsWith('respuestas.documentos'),
      )
    expect(documentos([])).toEqual(['respuestas.documentos required'])
    expect(documentos([{ documento: 'cedula' }, { numero: '123' }])).toEqual([
      'respuestas.documentos.1.documento required',
    ])
  })
})
