import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { CAPACIDADES_DE_ROL } from '../../core/capacidades.ts'
import { importDomicilios } from '../../db/import/registros.ts'
import { auditLog, casos, reencuentroConsultas, users } from '../../db/schema/index.ts'
import { randomCode } from '../../worker/codes.ts'
import { rowId } from '../../worker/ids.ts'
import { applyRetention } from '../../worker/privacy/retention.ts'
import { readOne } from '../../worker/reads.ts'
import { consultasDelCaso } from '../../worker/reencuentro/consultas.ts'
import { tableRegistries } from '../../worker/registries/index.ts'
import { testApp } from '../support/app.ts'
import { ciudadano } from '../support/casos.ts'
import { testClient } from '../support/client.ts'
import { signedInStaff } from '../support/identity.ts'

type TestApp = Awaited<ReturnType<typeof testApp>>

/** Rosa Catrileo: in the demo civil registry, died 2024-08-03; her last address from Registro Civil. */
const FALLECIDA = '10234567-3'
const MOTIVO = 'Ubicar a la madre buscada por su hijo, según la solicitud.'

/**
 * A family search as the shared case table holds it (the request's own table is another
 * module's): its número and id.
 */
async function busqueda(t: TestApp, estado = 'recibida') {
  const [known] = await t.db.select({ id: users.id }).from(users).where(eq(users.run, '88888888-8'))
  const userId = known?.id ?? (await ciudadano(t, '88888888-8')).userId
  const numero = randomCode()
  const id = rowId()
  const at = t.clock.now()
  await t.db.insert(casos).values({
    id,
    numero,
    servicio: 'reencuentro',
    userId,
    estado,
    createdAt: at,
    updatedAt: at,
    comunaCut: '13101',
    cerradoAt: estado === 'concluida' ? at : null,
  })
  return { numero, id }
}

/** A staff member of the reencuentro team: an officer granted `reencuentro.buscar`. */
async function equipo(t: TestApp) {
  const officer = await signedInStaff(t, 'officer', 'reencuentro@carabineros.example.cl')
  await t.db
    .update(users)
    .set({ capacidades: [...CAPACIDADES_DE_ROL.officer, 'reencuentro.buscar'] })
    .where(eq(users.id, officer.userId))
  return officer
}

const path = (numero: string) => `/api/funcionarios/reencuentro/${numero}/consultas`

describe('the address registry (issue 19, point 2)', () => {
  it('imports a CSV, reporting each bad line with its reason and importing the rest', async () => {
    const { db, dir } = await testApp()
    const file = join(dir, 'domicilios.csv')
    writeFileSync(
      file,
      [
        'run,direccion,comuna_cut,fuente,actualizado_el',
        '7.654.321-6,Calle Prat 12,5101,Servel,2026-01-15',
        '7654321-5,Calle Prat 12,05101,Servel,2026-01-15',
        '11.111.111-1,,05101,Servel,2026-01-15',
        '11.111.111-1,Calle Prat 12,99999,Servel,2026-01-15',
        '11.111.111-1,Calle Prat 12,05101,Fonasa,2026-13-01',
        '11.111.111-1,Pasaje Uno 5,13101,Fonasa,2026-02-01',
        '11.111.111-1,Pasaje Dos 9,13101,Registro Civil,2026-03-01',
      ].join('\n'),
    )
    const rejected: [number, string][] = []
    const report = await importDomicilios(db, file, { onReject: (line, why) => rejected.push([line, why]) })
    expect(report).toEqual({ imported: 3, rejected: 4 })
    expect(rejected).toEqual([
      [3, expect.stringMatching(/^run: not a valid RUN/)],
      [4, 'direccion: required'],
      [5, 'comuna_cut: unknown comuna "99999"'],
      [6, 'actualizado_el: not a date YYYY-MM-DD'],
    ])
    const registries = tableRegistries(db)
    // A zero-padded comuna; the later line of a RUN wins.
    expect(await readOne(db, registries.domicilios.lookup('7654321-6'))).toEqual({
      run: '7654321-6',
      direccion: 'Calle Prat 12',
      comunaCut: '05101',
      comuna: 'Valparaíso',
      region: 'Valparaíso',
      fuente: 'Servel',
      actualizadoEl: '2026-01-15',
    })
    expect(await readOne(db, registries.domicilios.lookup('11111111-1'))).toMatchObject({
      direccion: 'Pasaje Dos 9',
      comuna: 'Santiago',
      fuente: 'Registro Civil',
      actualizadoEl: '2026-03-01',
    })
  })

  it('demo data: four people have a last known address (one of them deceased), the others none', async () => {
    const { db } = await testApp()
    const registries = tableRegistries(db)
    expect(await readOne(db, registries.domicilios.lookup('44444444-4'))).toMatchObject({
      fuente: 'Registro Civil',
      comunaCut: '12101',
    })
    expect(await readOne(db, registries.domicilios.lookup(FALLECIDA))).toMatchObject({ comunaCut: '09101' })
    expect(await readOne(db, registries.civil.lookup(FALLECIDA))).toMatchObject({
      fechaDefuncion: '2024-08-03',
    })
    expect(await readOne(db, registries.domicilios.lookup('99999999-9'))).toBeNull()
    expect(await readOne(db, registries.civil.lookup('99999999-9'))).not.toBeNull()
  })
})

describe('the reencuentro team looks people up in the registries (issue 19, point 2)', () => {
  it('answers found, not found and deceased; audits each look-up with its reason; lists them in the case', async () => {
    const t = await testApp()
    const { numero, id } = await busqueda(t)
    const officer = await equipo(t)

    const civil = await officer.client.post(path(numero), {
      registro: 'civil',
      run: '44.444.444-4',
      motivo: MOTIVO,
    })
    expect(civil.status).toBe(200)
    expect(civil.headers.get('cache-control')).toBe('no-store')
    expect(await civil.json()).toEqual({
      registro: 'civil',
      run: '44444444-4',
      encontrado: true,
      civil: {
        nombres: 'María Carmen',
        apellidos: 'Del Río González',
        fechaNacimiento: '1985-03-14',
        fallecido: false,
        fechaDefuncion: null,
      },
    })
    const domicilio = await officer.client.post(path(numero.toLowerCase()), {
      registro: 'domicilio',
      run: '44444444-4',
      motivo: MOTIVO,
    })
    expect(await domicilio.json()).toEqual({
      registro: 'domicilio',
      run: '44444444-4',
      encontrado: true,
      domicilio: {
        direccion: 'Av. Colón 1234 depto. 52',
        comuna: 'Punta Arenas',
        comunaCut: '12101',
        region: 'Magallanes y de la Antártica Chilena',
        fuente: 'Registro Civil',
        actualizadoEl: '2025-09-18',
      },
    })
    // Not found: in no registry, or in the civil registry without an address.
    const sinDomicilio = await officer.client.post(path(numero), {
      registro: 'domicilio',
      run: '99.999.999-9',
      motivo: MOTIVO,
    })
    expect(await sinDomicilio.json()).toEqual({ registro: 'domicilio', run: '99999999-9', encontrado: false })
    const nadie = await officer.client.post(path(numero), {
      registro: 'civil',
      run: '7654321-6',
      motivo: MOTIVO,
    })
    expect(await nadie.json()).toEqual({ registro: 'civil', run: '7654321-6', encontrado: false })
    // Deceased, as the civil registry says.
    const fallecida = await officer.client.post(path(numero), {
      registro: 'civil',
      run: FALLECIDA,
      motivo: MOTIVO,
    })
    expect(await fallecida.json()).toMatchObject({
      encontrado: true,
      civil: { nombres: 'Rosa Elena', fallecido: true, fechaDefuncion: '2024-08-03' },
    })

    // Every look-up audited as a read of the person's data, with the reason and the registry.
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'personal_data.viewed'), eq(auditLog.actorId, officer.userId)))
    expect(audit.map((a) => a.subjectId)).toEqual([
      '44444444-4',
      '44444444-4',
      '99999999-9',
      '7654321-6',
      FALLECIDA,
    ])
    expect(audit[1]).toMatchObject({
      subjectType: 'persona',
      actorUnidad: 'DEMO-13101-1',
      detail: {
        registro: { tipo: 'reencuentro', code: numero },
        finalidad: 'busqueda_reencuentro',
        consulta: 'domicilio',
        motivo: MOTIVO,
        casoId: id,
        resultado: 'domicilio',
      },
    })

    // The case's own list (staff-only): oldest first, who, which registry, the reason, the outcome.
    const consultas = await consultasDelCaso(t.db, id)
    expect(consultas.map((c) => [c.registro, c.run, c.resultado])).toEqual([
      ['civil', '44444444-4', 'vivo'],
      ['domicilio', '44444444-4', 'domicilio'],
      ['domicilio', '99999999-9', 'no_encontrado'],
      ['civil', '7654321-6', 'no_encontrado'],
      ['civil', FALLECIDA, 'fallecido'],
    ])
    expect(consultas[0]).toMatchObject({ motivo: MOTIVO, funcionario: 'Pedro Muñoz' })

    // The person looked up sees the read in "Quién vio mis datos", never the reason.
    const maria = await ciudadano(t, '44444444-4')
    const datos = (await (await maria.client.get('/api/mis-datos')).json()) as { accesos: unknown[] }
    expect(datos.accesos).toContainEqual(
      expect.objectContaining({
        registro: { tipo: 'reencuentro', code: numero },
        finalidad: 'busqueda_reencuentro',
      }),
    )
    expect(JSON.stringify(datos)).not.toContain(MOTIVO)
  })

  it('refuses a look-up without its reason, naming the field in the caller’s language, and records nothing', async () => {
    const t = await testApp()
    const { numero, id } = await busqueda(t)
    const officer = await equipo(t)
    const refused = async (body: unknown, lang = 'es') => {
      const response = await officer.client.post(path(numero), body, { 'accept-language': lang })
      expect(response.status).toBe(400)
      return ((await response.json()) as { fields: { field: string; message: string }[] }).fields
    }
    const sinMotivo = { registro: 'civil', run: '44444444-4' }
    expect((await refused(sinMotivo))[0]).toEqual({
      field: 'motivo',
      message: expect.stringContaining('«Motivo de la consulta»'),
    })
    expect((await refused(sinMotivo, 'en'))[0]?.message).toContain('“Reason for the look-up”')
    expect((await refused(sinMotivo, 'ht'))[0]?.message).toContain('Rezon rechèch la')
    expect((await refused({ ...sinMotivo, motivo: 'corto' }))[0]?.field).toBe('motivo')
    expect((await refused({ ...sinMotivo, motivo: MOTIVO, registro: 'padron' }))[0]).toEqual({
      field: 'registro',
      message: expect.stringContaining('«Registro consultado»'),
    })
    expect((await refused({ ...sinMotivo, motivo: MOTIVO, run: '44444444-5' }))[0]?.field).toBe('run')
    expect((await refused({ ...sinMotivo, motivo: MOTIVO, otro: 1 }))[0]?.field).toBe('otro')
    expect(await consultasDelCaso(t.db, id)).toEqual([])
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, 'personal_data.viewed'))).toEqual([])
  })

  it('only for the team, and only on an open family search', async () => {
    const t = await testApp()
    const { numero } = await busqueda(t)
    const body = { registro: 'civil', run: '44444444-4', motivo: MOTIVO }
    // An officer not on the team, a supervisor, a citizen, nobody.
    const officer = await signedInStaff(t, 'officer')
    expect((await officer.client.post(path(numero), body)).status).toBe(403)
    const supervisor = await signedInStaff(t, 'supervisor')
    expect((await supervisor.client.post(path(numero), body)).status).toBe(403)
    const citizen = await ciudadano(t, '44444444-4')
    expect((await citizen.client.post(path(numero), body)).status).toBe(403)
    const anonymous = testClient((p, init) => t.app.request(p, init))
    expect((await anonymous.post(path(numero), body)).status).toBe(401)

    const team = await equipo(t)
    // An unknown número, or another service's case: not found.
    expect((await team.client.post(path(randomCode()), body)).status).toBe(404)
    const denuncia = randomCode()
    await t.db.update(casos).set({ servicio: 'denuncia', numero: denuncia }).where(eq(casos.numero, numero))
    expect((await team.client.post(path(denuncia), body)).status).toBe(404)
    // A concluded search: no more look-ups.
    const concluida = await busqueda(t, 'concluida')
    const closed = await team.client.post(path(concluida.numero), body)
    expect(closed.status).toBe(409)
    expect(await closed.json()).toMatchObject({ code: 'already_resolved' })
    expect(await t.db.select().from(reencuentroConsultas)).toEqual([])
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, 'personal_data.viewed'))).toEqual([])
  })

  it('forgets the RUN asked and the reason with the case, five years after it closed', async () => {
    const t = await testApp()
    const { numero, id } = await busqueda(t)
    const officer = await equipo(t)
    const body = { registro: 'domicilio', run: '55555555-5', motivo: MOTIVO }
    expect((await officer.client.post(path(numero), body)).status).toBe(200)
    const seisAnos = new Date(t.clock.now().getTime() - 6 * 366 * 86_400_000)
    await t.db.update(casos).set({ estado: 'concluida', cerradoAt: seisAnos }).where(eq(casos.id, id))
    expect(await applyRetention(t.ports)).toMatchObject({ casos: 1, reencuentro_consultas: 1 })
    expect(await consultasDelCaso(t.db, id)).toEqual([
      expect.objectContaining({ registro: 'domicilio', run: null, motivo: null, resultado: 'domicilio' }),
    ])
  })

  it('asks another organ’s registry only for an open search', async () => {
    // The address registry as a remote service: every call counted.
    const pedidos: string[] = []
    const t = await testApp({
      registries: (db) => ({
        ...tableRegistries(db),
        domicilios: {
          lookup: (run) => ({
            call: async () => {
              pedidos.push(run)
              return null
            },
          }),
        },
      }),
    })
    const team = await equipo(t)
    const body = { registro: 'domicilio', run: '55555555-5', motivo: MOTIVO }
    expect((await team.client.post(path(randomCode()), body)).status).toBe(404)
    const concluida = await busqueda(t, 'concluida')
    expect((await team.client.post(path(concluida.numero), body)).status).toBe(409)
    expect(pedidos).toEqual([])
    const { numero } = await busqueda(t)
    expect(await (await team.client.post(path(numero), body)).json()).toMatchObject({ encontrado: false })
    expect(pedidos).toEqual(['55555555-5'])
  })
})
