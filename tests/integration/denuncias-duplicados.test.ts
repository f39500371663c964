import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseImei } from '../../core/identificadores.ts'
import { denunciasClaves } from '../../db/schema/index.ts'
import { consultaPorEstado, filtrosDeCola } from '../../worker/casos/cola.ts'
import { DENUNCIA } from '../../worker/denuncias/estados.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { casoRow, ciudadano } from '../support/casos.ts'
import { denunciaRequest } from '../support/denuncias.ts'
import { signedInStaff } from '../support/identity.ts'

/**
 * Likely duplicates across citizens (issue 15, points 6 and 8; decision 0037): reports that share
 * an IMEI, a plate, a serial number, or a comuna and hour (and a point within 500 m when both
 * have one) are marked in the triage queue, found by its filter, and listed on each other's page.
 */

type Client = Awaited<ReturnType<typeof ciudadano>>['client']
type Staff = Awaited<ReturnType<typeof signedInStaff>>['client']
interface Fila {
  numero: string
  posibleDuplicado: boolean
}
interface Vista {
  posiblesDuplicados: { numero: string; estado: string; coincidencias: { tipo: string; valor: string }[] }[]
}

const clock = fixedClock(new Date('2026-11-23T12:00:00Z'))
let t: Awaited<ReturnType<typeof testApp>>

/** Two citizens, an analyst of the virtual station, and an officer of Santiago's first unit. */
async function personas() {
  return {
    valentina: (await ciudadano(t, '88888888-8')).client,
    benjamin: (await ciudadano(t, '99999999-9', ['Benjamín', 'Soto'])).client,
    analista: (await signedInStaff(t, 'supervisor', 'analista@carabineros.example.cl', 'DEMO-08101-1'))
      .client,
    oficial: (await signedInStaff(t, 'officer', 'oficial@carabineros.example.cl', 'DEMO-13101-1')).client,
  }
}
let quien: Awaited<ReturnType<typeof personas>>

/** An IMEI: fourteen digits and the check digit that makes it valid. */
function imei(catorce: string): string {
  const valido = Array.from({ length: 10 }, (_, d) => parseImei(`${catorce}${d}`)).find((i) => i !== null)
  if (!valido) throw new Error(`no IMEI from ${catorce}`)
  return valido
}

/** Sends a report a second after the last one (pages list them oldest first) and returns its número. */
async function denuncia(client: Client, fecha: string, extra: Record<string, unknown>): Promise<string> {
  clock.advance(1000)
  const response = await client.post('/api/denuncias', denunciaRequest(fecha, extra), {
    'Idempotency-Key': crypto.randomUUID(),
  })
  const body = (await response.json()) as { numero: string }
  expect(response.status, JSON.stringify(body)).toBe(201)
  return body.numero
}

/** A theft of a backpack (nothing with an IMEI) in a comuna at a time, perhaps at a point. */
const mochila = (comunaCut: string, desdeHora: string, punto?: { lat: number; lon: number }) => ({
  comunaCut,
  desdeHora,
  objetos: [{ descripcion: 'Mochila negra con cuadernos', valor: 30_000 }],
  ...(punto ? { punto } : {}),
})

const cola = async (query = '') => {
  const response = await quien.analista.get(`/api/funcionarios/casos/denuncia/cola?limite=100${query}`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { casos: Fila[] }).casos
}
const marcas = async (numeros: string[]) => {
  const filas = new Map((await cola()).map((f) => [f.numero, f.posibleDuplicado]))
  return numeros.map((n) => filas.get(n))
}
const vista = async (numero: string, client: Staff = quien.analista) => {
  const response = await client.get(`/api/funcionarios/casos/${numero}`)
  expect(response.status).toBe(200)
  return (await response.json()) as Vista
}
const otros = async (numero: string) => (await vista(numero)).posiblesDuplicados.map((d) => d.numero)

beforeAll(async () => {
  t = await testApp({ clock })
  quien = await personas()
}, 60_000)

describe('likely duplicates across citizens', () => {
  it('marks two citizens’ reports of the same IMEI, finds them by the filter, lists each on the other’s page; not a third', async () => {
    const telefono = imei('35209900176149')
    const a = await denuncia(quien.valentina, '2026-11-20', {
      comunaCut: '05101',
      desdeHora: '10:00',
      objetos: [{ descripcion: 'Teléfono Motorola', imei: telefono }],
    })
    // As copied from the box, with spaces: the same fifteen digits.
    const b = await denuncia(quien.benjamin, '2026-11-21', {
      comunaCut: '08101',
      desdeHora: '15:00',
      objetos: [
        {
          descripcion: 'Teléfono Motorola gris',
          imei: `${telefono.slice(0, 2)} ${telefono.slice(2, 8)} ${telefono.slice(8)}`,
        },
      ],
    })
    const c = await denuncia(quien.benjamin, '2026-11-18', {
      comunaCut: '05101',
      desdeHora: '03:00',
      objetos: [{ descripcion: 'Otro teléfono', imei: imei('35209900176150') }],
    })
    expect(await marcas([a, b, c])).toEqual([true, true, false])
    const filtrados = (await cola('&duplicado=si')).map((f) => f.numero)
    expect(filtrados).toEqual(expect.arrayContaining([a, b]))
    expect(filtrados).not.toContain(c)
    expect((await vista(a)).posiblesDuplicados).toEqual([
      {
        numero: b,
        estado: 'recibida',
        unidadCode: null,
        creadoAt: (await casoRow(t.db, b)).createdAt.toISOString(),
        coincidencias: [{ tipo: 'imei', valor: telefono }],
      },
    ])
    expect(await otros(b)).toEqual([a])
    expect(await otros(c)).toEqual([])
  })

  it('matches a plate whichever way it was typed, in either format; not another plate', async () => {
    const accesorio = (comunaCut: string, desdeHora: string, patente: string) => ({
      tipo: 'robo_accesorios_vehiculo',
      comunaCut,
      desdeHora,
      objetos: [{ descripcion: 'Espejo lateral derecho', valor: 80_000 }],
      detalles: { patente },
    })
    const antigua1 = await denuncia(quien.valentina, '2026-11-15', accesorio('13114', '01:00', 'FH·12·34'))
    const antigua2 = await denuncia(quien.benjamin, '2026-11-16', accesorio('13123', '05:00', 'fh-1234'))
    const nueva1 = await denuncia(quien.valentina, '2026-11-15', accesorio('05101', '08:00', 'GK·SB·78'))
    const nueva2 = await denuncia(quien.benjamin, '2026-11-17', accesorio('08101', '20:00', 'gksb 78'))
    const otra = await denuncia(quien.benjamin, '2026-11-14', accesorio('13101', '22:00', 'FH·12·35'))
    expect(await otros(antigua1)).toEqual([antigua2])
    expect(await otros(nueva2)).toEqual([nueva1])
    expect((await vista(nueva1)).posiblesDuplicados[0]?.coincidencias).toEqual([
      { tipo: 'patente', valor: 'GKSB78' },
    ])
    expect(await marcas([antigua1, antigua2, nueva1, nueva2, otra])).toEqual([true, true, true, true, false])
  })

  it('matches the same comuna within the hour, and two points only within a few hundred metres', async () => {
    const fecha = '2026-11-19'
    const sinPunto1 = await denuncia(quien.valentina, fecha, mochila('13114', '14:10'))
    const sinPunto2 = await denuncia(quien.benjamin, fecha, mochila('13114', '14:50'))
    const aqui = await denuncia(
      quien.benjamin,
      fecha,
      mochila('13114', '14:20', { lat: -33.417, lon: -70.595 }),
    )
    // About 2 km east of `aqui`, and about 190 m.
    const lejos = await denuncia(
      quien.valentina,
      fecha,
      mochila('13114', '14:30', { lat: -33.417, lon: -70.5735 }),
    )
    const cerca = await denuncia(
      quien.valentina,
      fecha,
      mochila('13114', '14:40', { lat: -33.417, lon: -70.593 }),
    )
    const tarde = await denuncia(quien.benjamin, fecha, mochila('13114', '17:30'))
    const otraComuna = await denuncia(quien.benjamin, fecha, mochila('13123', '14:30'))
    expect(await otros(sinPunto1)).toEqual([sinPunto2, aqui, lejos, cerca])
    expect(await otros(aqui)).toEqual([sinPunto1, sinPunto2, cerca])
    expect(await otros(lejos)).toEqual([sinPunto1, sinPunto2])
    expect(await otros(tarde)).toEqual([])
    expect(await otros(otraComuna)).toEqual([])
    expect((await vista(sinPunto2)).posiblesDuplicados[0]?.coincidencias).toEqual([
      { tipo: 'lugar', valor: '2026-11-19T17:00:00.000Z' },
    ])
    expect(await marcas([tarde, otraComuna])).toEqual([false, false])

    // Closed (here: not an offence), a report no longer counts as another's duplicate.
    const cerrar = await quien.analista.post(`/api/funcionarios/casos/${sinPunto2}/acciones`, {
      accion: 'cerrar',
      motivo: 'no_constituye_delito',
    })
    expect(cerrar.status, await cerrar.text()).toBe(200)
    expect(await otros(sinPunto1)).toEqual([aqui, lejos, cerca])
  })

  it('lists to a unit’s officer only the duplicates they may open', async () => {
    const patente = { tipo: 'robo_accesorios_vehiculo', objetos: [{ descripcion: 'Radio', valor: 90_000 }] }
    const primera = await denuncia(quien.valentina, '2026-11-10', {
      ...patente,
      detalles: { patente: 'HJ·KL·12' },
    })
    const segunda = await denuncia(quien.benjamin, '2026-11-11', {
      ...patente,
      detalles: { patente: 'HJKL12' },
    })
    const derivar = await quien.analista.post(`/api/funcionarios/casos/${segunda}/acciones`, {
      accion: 'derivar',
      unidad: 'DEMO-13101-1',
    })
    expect(derivar.status).toBe(200)
    expect(await otros(segunda)).toEqual([primera])
    // The first was not derived to the officer's unit: they could not open it.
    expect((await vista(segunda, quien.oficial)).posiblesDuplicados).toEqual([])
  })

  it('keeps its keys beside the report, written in its batch, and finds another’s through the index alone', async () => {
    const numero = await denuncia(quien.valentina, '2026-11-05', mochila('13101', '09:30'))
    const caso = await casoRow(t.db, numero)
    const claves = await t.db.select().from(denunciasClaves).where(eq(denunciasClaves.casoId, caso.id))
    expect(claves.map((c) => c.clave)).toEqual(['lugar:13101:2026-11-05T12'])
    const filtros = filtrosDeCola(t.db, DENUNCIA, { duplicado: 'si' })
    const { sql: text, params } = consultaPorEstado(t.db, 'denuncia', 'recibida', filtros, 51, {
      posibleDuplicado: DENUNCIA.ganchos.filtroPosibleDuplicado?.(),
    }).toSQL()
    const plan = await t.client.execute({ sql: `EXPLAIN QUERY PLAN ${text}`, args: params as never[] })
    const detail = plan.rows.map((row) => String(row.detail)).join('\n')
    expect(detail).toMatch(/SEARCH casos USING INDEX casos_cola_idx \(servicio=\? AND estado=\?\)/)
    expect(detail).toMatch(/SEARCH propia USING INDEX sqlite_autoindex_denuncias_claves_1 \(caso_id=\?\)/)
    expect(detail).toMatch(/SEARCH otra USING INDEX denuncias_claves_clave_idx \(clave=\?\)/)
    expect(detail).toMatch(/SEARCH otro USING INDEX sqlite_autoindex_casos_1 \(id=\?\)/)
    expect(detail).not.toMatch(/SCAN/)
  })
})
