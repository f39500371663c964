import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, felicitaciones, users } from '../../db/schema/index.ts'
import { fixedClock, once, testApp } from '../support/app.ts'
import { countersAndRecount } from '../support/cifras.ts'
import { CITIZEN, signedInCitizen, signedInStaff } from '../support/identity.ts'

/** Friday 4 December 2026, 12:00 in Santiago. */
const NOW = '2026-12-04T15:00:00Z'
const UNIDAD = 'DEMO-13101-1'
const OTRA = 'DEMO-05101-1'

type Client = Awaited<ReturnType<typeof signedInCitizen>>

/** What must never reach staff of a commendation whose citizen did not sign: their name, RUN, e-mail. */
const PERSONA = [CITIZEN.nombres, 'Camila', 'Rojas', CITIZEN.email, '12345678', '12.345.678']

/** One app with its people for the tests that read what others see (signing staff in is most of the time). */
const people = once(setup)

async function setup() {
  const clock = fixedClock(new Date(NOW))
  const t = await testApp({ clock })
  const camila = await signedInCitizen(t)
  const named = async (
    role: 'officer' | 'supervisor',
    email: string,
    givenNames: string,
    familyNames: string,
    unidad = UNIDAD,
  ) => {
    const staff = await signedInStaff(t, role, email, unidad)
    await t.db.update(users).set({ givenNames, familyNames }).where(eq(users.id, staff.userId))
    return staff
  }
  const soto = await named('officer', 'soto@carabineros.example.cl', 'Juana', 'Soto Pérez')
  const munoz = await named('officer', 'munoz@carabineros.example.cl', 'Pedro', 'Muñoz Lagos')
  const munoz2 = await named('officer', 'munoz2@carabineros.example.cl', 'Luis', 'Muñoz Vera')
  const jefa = await named('supervisor', 'jefa@carabineros.example.cl', 'Ana', 'Reyes Díaz')
  const otra = await named('officer', 'otra@carabineros.example.cl', 'Juana', 'Soto Pérez', OTRA)
  return { t, clock, camila, soto, munoz, munoz2, jefa, otra }
}

async function enviar(client: Client, body: Record<string, unknown>, key: string = crypto.randomUUID()) {
  const response = await client.post('/api/felicitaciones', body, { 'Idempotency-Key': key })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function leer(client: Client, path: string) {
  const response = await client.get(path)
  return { status: response.status, text: await response.text() }
}

const mensaje = 'Gracias por ayudarme a encontrar a mi hijo en la feria del domingo.'

describe('a citizen’s commendation', () => {
  it('reaches the officer named when one fits, once per key; the unit sees it without the citizen’s name; other units and officers do not', async () => {
    const { t, camila, soto, munoz, otra } = await people()
    const body = { unidadCode: UNIDAD, funcionarioNombre: 'Soto', funcionarioGrado: 'Cabo', mensaje }
    const sent = await enviar(camila, body, 'fel-1')
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const numero = String(sent.body.numero)
    expect(numero).toMatch(/^[A-Z2-9]{10}$/)
    // The citizen is not told whether the name matched an account.
    expect(sent.body).toEqual({
      numero,
      createdAt: NOW.replace('Z', '.000Z'),
      unidad: expect.any(String),
      funcionario: 'Cabo Soto',
      mensaje,
      mostrarNombre: false,
    })
    const again = await enviar(camila, body, 'fel-1')
    expect(again.body.numero).toBe(numero)
    const rows = await t.db.select().from(felicitaciones).where(eq(felicitaciones.numero, numero))
    expect(rows).toHaveLength(1)
    // Not shown: the name is not even kept where the unit reads.
    expect(rows[0]).toMatchObject({ funcionarioId: soto.userId, firma: null, comunaCut: '13101' })

    const mias = await leer(soto.client, '/api/funcionarios/felicitaciones/mias')
    expect(mias.status).toBe(200)
    expect(mias.text).toContain(mensaje)
    const unidad = await leer(munoz.client, '/api/funcionarios/felicitaciones/unidad')
    expect(unidad.text).toContain(mensaje)
    for (const answer of [mias, unidad])
      for (const secret of PERSONA) expect(answer.text, `staff see ${secret}`).not.toContain(secret)
    // An officer not named sees it as the unit's, not as theirs; another unit's officer (the same name) neither.
    expect((await leer(munoz.client, '/api/funcionarios/felicitaciones/mias')).text).not.toContain(mensaje)
    expect((await leer(otra.client, '/api/funcionarios/felicitaciones/mias')).text).not.toContain(mensaje)
    expect((await leer(otra.client, '/api/funcionarios/felicitaciones/unidad')).text).not.toContain(mensaje)
    // A citizen is not staff, and reads only their own.
    expect((await leer(camila, '/api/funcionarios/felicitaciones/unidad')).status).toBe(403)
    expect(JSON.parse((await leer(camila, '/api/felicitaciones')).text)).toEqual({ items: [sent.body] })
    expect((await leer(camila, `/api/felicitaciones/${numero}`)).status).toBe(200)
    const other = await signedInCitizen(t, { ...CITIZEN, run: '11.111.111-1', email: 'otro@example.cl' })
    expect((await leer(other, `/api/felicitaciones/${numero}`)).status).toBe(404)
    expect(JSON.parse((await leer(other, '/api/felicitaciones')).text)).toEqual({ items: [] })

    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'felicitacion.sent'))
    expect(audit?.detail).toEqual({ unidad: UNIDAD })
  })

  it('shows the citizen’s name to the unit only when they chose to', async () => {
    const { camila, munoz } = await people()
    const sent = await enviar(camila, { unidadCode: UNIDAD, mensaje, mostrarNombre: true })
    expect(sent.status).toBe(201)
    expect(sent.body).toMatchObject({ funcionario: null, mostrarNombre: true })
    const unidad = await leer(munoz.client, '/api/funcionarios/felicitaciones/unidad')
    expect(unidad.text).toContain('Camila Andrea Rojas Fuentes')
    // Their name, as signed: never the RUN or the e-mail.
    expect(unidad.text).not.toContain('12345678')
    expect(unidad.text).not.toContain(CITIZEN.email)
  })

  it('waits for the unit’s supervisor when the name fits none or several, who gives it to an officer of the unit only', async () => {
    const { t, camila, munoz, munoz2, jefa, otra } = await people()
    const sent = await enviar(camila, { unidadCode: UNIDAD, funcionarioNombre: 'Sargento Muñoz', mensaje })
    const numero = String(sent.body.numero)
    const [row] = await t.db.select().from(felicitaciones).where(eq(felicitaciones.numero, numero))
    expect(row?.funcionarioId).toBeNull()
    const waiting = JSON.parse((await leer(jefa.client, '/api/funcionarios/felicitaciones/unidad')).text)
    expect(waiting.items[0]).toMatchObject({ numero, funcionario: 'Sargento Muñoz', asignada: false })
    const personal = JSON.parse((await leer(jefa.client, '/api/funcionarios/felicitaciones/personal')).text)
    expect(personal.items.map((p: { nombre: string }) => p.nombre)).toContain('Luis Muñoz Vera')
    expect(JSON.stringify(personal)).not.toContain(otra.userId)
    expect(JSON.stringify(personal)).not.toContain('@')

    const asignar = (client: Client, funcionarioId: string, n = numero) =>
      client.post(`/api/funcionarios/felicitaciones/${n}/asignacion`, { funcionarioId })
    // An officer of another unit is not one to give it to; an officer may not assign.
    const foreign = await asignar(jefa.client, otra.userId)
    expect(foreign.status).toBe(400)
    expect(await foreign.json()).toMatchObject({ fields: [{ field: 'funcionarioId' }] })
    expect((await asignar(munoz.client, munoz.userId)).status).toBe(403)
    expect((await asignar(jefa.client, munoz2.userId)).status).toBe(200)
    expect((await leer(munoz2.client, '/api/funcionarios/felicitaciones/mias')).text).toContain(mensaje)
    expect((await leer(munoz.client, '/api/funcionarios/felicitaciones/mias')).text).not.toContain(mensaje)
    expect(
      await t.db.select().from(auditLog).where(eq(auditLog.action, 'felicitacion.assigned')),
    ).toHaveLength(1)

    // Another unit's supervisor does not find it.
    const otroJefe = await signedInStaff(t, 'supervisor', 'jefe2@carabineros.example.cl', OTRA)
    expect((await asignar(otroJefe.client, otra.userId)).status).toBe(404)
  })

  it('stays with the unit, unsigned and tied to no one, when its citizen erases their account', async () => {
    const t = await testApp({ clock: fixedClock(new Date(NOW)) })
    const persona = { ...CITIZEN, run: '22.222.222-2', email: 'borrar@example.cl' }
    const citizen = await signedInCitizen(t, persona)
    const sent = await enviar(citizen, { unidadCode: UNIDAD, mensaje, mostrarNombre: true })
    expect(sent.status).toBe(201)
    const erased = await citizen.post('/api/mis-datos/supresion', { confirmar: true })
    expect(erased.status, await erased.clone().text()).toBe(200)
    const [row] = await t.db
      .select()
      .from(felicitaciones)
      .where(eq(felicitaciones.numero, String(sent.body.numero)))
    expect(row).toMatchObject({ userId: null, firma: null, mensaje })
  })

  it('refuses an unknown unit and a message too short, naming the field and writing nothing', async () => {
    const { t, camila } = await people()
    const before = await t.db.select().from(felicitaciones)
    const unknown = await enviar(camila, { unidadCode: 'NO-EXISTE', mensaje })
    expect(unknown.status).toBe(400)
    expect(unknown.body.fields).toEqual([
      { field: 'unidadCode', message: expect.stringContaining('Unidad policial') },
    ])
    const short = await enviar(camila, { unidadCode: UNIDAD, mensaje: 'Gracias' })
    expect(short.status).toBe(400)
    expect(short.body.fields).toEqual([{ field: 'mensaje', message: expect.any(String) }])
    expect(await t.db.select().from(felicitaciones)).toHaveLength(before.length)
  })

  it('is counted per unit and region from the rollups, as a recount of the rows says', async () => {
    const clock = fixedClock(new Date(NOW))
    const t = await testApp({ clock })
    const camila = await signedInCitizen(t)
    await enviar(camila, { unidadCode: UNIDAD, mensaje })
    await enviar(camila, { unidadCode: UNIDAD, mensaje })
    clock.advance(86_400_000)
    const otro = await signedInCitizen(t, { ...CITIZEN, run: '11.111.111-1', email: 'otro@example.cl' })
    expect((await enviar(otro, { unidadCode: OTRA, mensaje })).status).toBe(201)
    const { kept, recounted } = await countersAndRecount(t.db)
    expect(kept).toEqual(recounted)
    const jefa = await signedInStaff(t, 'supervisor')
    const cifras = await jefa.client.get('/api/supervisor/felicitaciones/cifras')
    expect(cifras.status).toBe(200)
    const body = (await cifras.json()) as {
      total: number
      porUnidad: { unidadCode: string; regionCode: string; recibidas: number }[]
      porRegion: { regionCode: string; recibidas: number }[]
      porDia: { dia: string; recibidas: number }[]
    }
    expect(body.total).toBe(3)
    expect(body.porUnidad).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unidadCode: UNIDAD, regionCode: '13', recibidas: 2 }),
        expect.objectContaining({ unidadCode: OTRA, regionCode: '05', recibidas: 1 }),
      ]),
    )
    expect(body.porRegion).toEqual([
      expect.objectContaining({ regionCode: '05', recibidas: 1 }),
      expect.objectContaining({ regionCode: '13', recibidas: 2 }),
    ])
    expect(body.porDia).toHaveLength(30)
    expect(body.porDia.slice(-2)).toEqual([
      { dia: '2026-12-04', recibidas: 2 },
      { dia: '2026-12-05', recibidas: 1 },
    ])
  })
})
