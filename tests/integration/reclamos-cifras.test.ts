import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cifrasDeReclamos } from '../../worker/reclamos/cifras.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { countersAndRecount } from '../support/cifras.ts'
import { testClaveUnica } from '../support/claveunica.ts'
import { testClient } from '../support/client.ts'
import { CITIZEN, signedInCitizen, signedInStaff } from '../support/identity.ts'
import { reclamoRequest } from '../support/reclamos.ts'

let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
beforeAll(async () => {
  claveunica = await testClaveUnica()
})
afterAll(() => claveunica.provider.close())

type Cifras = Awaited<ReturnType<typeof cifrasDeReclamos>>

describe('the complaints’ figures', () => {
  it('count per region, unit and kind as the recount does; time to answer in working days, overdue now, satisfaction; a region’s staff see their region', async () => {
    // Friday 4 December 2026, noon in Santiago: three complaints, two of them in Santiago (region 13).
    const clock = fixedClock(new Date('2026-12-04T15:00:00Z'))
    const t = await testApp({ env: claveunica.env, clock })
    let valentina = await signedInCitizen(t)
    const enviar = async (extra: Record<string, unknown>) => {
      const sent = await valentina.post('/api/reclamos', reclamoRequest('2026-12-01', extra), {
        'Idempotency-Key': crypto.randomUUID(),
      })
      expect(sent.status, await sent.clone().text()).toBe(201)
      return ((await sent.json()) as { numero: string }).numero
    }
    const primero = await enviar({ email: CITIZEN.email })
    await enviar({ tipoReclamo: 'uso_fuerza' })
    await enviar({ comunaCut: '05101' })

    // Thursday 10 December: the office answers the first (7, 9 and 10 December: 3 working days,
    // the 8th a holiday); the complainant says it did not satisfy them.
    clock.set(new Date('2026-12-10T15:00:00Z'))
    const oficina = (await signedInStaff(t, 'admin', 'oficina@carabineros.example.cl')).client
    for (const body of [
      { accion: 'analizar' },
      { accion: 'contestar', texto: 'Se instruyó al funcionario.' },
    ]) {
      const r = await oficina.post(`/api/funcionarios/casos/${primero}/acciones`, body)
      expect(r.status, await r.clone().text()).toBe(200)
    }
    valentina = testClient((path, init) => t.app.request(path, init))
    await valentina.post('/api/auth/login', { run: CITIZEN.run, password: CITIZEN.password })
    const valorada = await valentina.post(
      `/api/reclamos/${primero}/satisfaccion`,
      { satisfecho: false },
      { 'Idempotency-Key': crypto.randomUUID() },
    )
    expect(valorada.status, await valorada.clone().text()).toBe(200)

    // The counters kept with the writes are what a recount of the rows says.
    const { kept, recounted } = await countersAndRecount(t.db)
    expect(kept).toEqual(recounted)
    expect(kept.filter((line) => line.startsWith('reclamos_'))).not.toEqual([])

    // 8 January 2027: the two still open are past their due date (end of 7 January).
    clock.set(new Date('2027-01-08T15:00:00Z'))
    const diciembre = { desde: '2026-12-01', hasta: '2026-12-31' }
    const pais = await cifrasDeReclamos(t.db, { ...diciembre, region: null }, clock.now())
    expect(pais).toMatchObject({
      recibidos: 3,
      respuesta: { decididos: 1, medianaDias: 3, p90Dias: 3, fueraDePlazo: 0 },
      vencidos: 2,
      satisfaccion: { satisfechos: 0, insatisfechos: 1 },
      porUnidad: [{ unidadCode: 'DEMO-13101-1', n: 3 }],
    })
    expect(pais.porRegion.map((r) => [r.regionCode, r.recibidos, r.insatisfechos])).toEqual([
      ['05', 1, 0],
      ['13', 2, 1],
    ])
    expect(pais.porTipo.slice(0, 2)).toEqual([
      { tipo: 'negativa_atencion', n: 2 },
      { tipo: 'uso_fuerza', n: 1 },
    ])
    expect(pais.porTipo).toHaveLength(8)

    // A supervisor whose unit is in Santiago sees region 13 only, through the route.
    const supervisor = (await signedInStaff(t, 'supervisor', 'jefe@carabineros.example.cl')).client
    const r = await supervisor.get('/api/funcionarios/reclamos/cifras?desde=2026-12-01&hasta=2026-12-31')
    expect(r.status, await r.clone().text()).toBe(200)
    const region = (await r.json()) as Cifras
    expect(region).toMatchObject({ region: '13', recibidos: 2, vencidos: 1, respuesta: { decididos: 1 } })
    expect(region.porRegion.map((fila) => fila.regionCode)).toEqual(['13'])
    expect(region.porTipo.slice(0, 2)).toEqual([
      { tipo: 'negativa_atencion', n: 1 },
      { tipo: 'uso_fuerza', n: 1 },
    ])
    // By default, the last 30 days: December's complaints are older than that on 8 January.
    const porDefecto = (await (await supervisor.get('/api/funcionarios/reclamos/cifras')).json()) as Cifras
    expect(porDefecto).toMatchObject({ desde: '2026-12-10', hasta: '2027-01-08', recibidos: 0 })

    // A window backwards, or longer than a year, names `desde`; a citizen and an officer are refused.
    for (const query of ['desde=2026-12-31&hasta=2026-12-01', 'desde=2025-01-01&hasta=2026-12-31']) {
      const bad = await supervisor.get(`/api/funcionarios/reclamos/cifras?${query}`)
      expect(bad.status).toBe(400)
      expect(((await bad.json()) as { fields: { field: string }[] }).fields[0]?.field).toBe('desde')
    }
    // (A month on, the citizen's session has idled out: signed in again.)
    await valentina.post('/api/auth/login', { run: CITIZEN.run, password: CITIZEN.password })
    expect((await valentina.get('/api/funcionarios/reclamos/cifras')).status).toBe(403)
    const agente = (await signedInStaff(t, 'officer', 'agente@carabineros.example.cl')).client
    expect((await agente.get('/api/funcionarios/reclamos/cifras')).status).toBe(403)
  })
})
