import { eq, isNotNull } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditLog,
  avisosLegales,
  condolencias,
  constanciasVoto,
  permisos,
  permisosRechazados,
  restriccionesSanitarias,
  sessions,
  solicitudesDatos,
  users,
  validacionesVoto,
} from '../../db/schema/index.ts'
import { runMaintenance } from '../../worker/maintenance.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { signedInWithClaveUnica, testClaveUnica } from '../support/claveunica.ts'
import { comprasRequest, DEMO, solicitudRequest } from '../support/demo.ts'
import { signedInStaff } from '../support/identity.ts'

let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
beforeAll(async () => {
  claveunica = await testClaveUnica()
})
afterAll(() => claveunica.provider.close())

const DAY = '2026-11-23'
const START = new Date(`${DAY}T12:00:00Z`)
const at = (iso: string) => new Date(iso)

/**
 * One of every kind of record the portal keeps about people, made on an election day through
 * the API (and, for the condolence book's moderation, in the table), then the clock moved past
 * each record's term and the maintenance job run: what has run out is gone or pseudonymised,
 * what has not is untouched, and the codes still verify without personal data.
 */
describe('retention, with an injected clock across every record type', () => {
  it('purges each record when its clock runs out, and not a day before', async () => {
    const clock = fixedClock(START)
    const t = await testApp({ env: claveunica.env, clock })
    const run = async (iso: string) => {
      clock.set(at(iso))
      await runMaintenance(t.ports)
    }

    // María: a constancia validated at a unit (a signed PDF in the file store).
    const maria = await signedInWithClaveUnica(t.app, DEMO.maria.run)
    await maria.post('/api/constancias-voto/aviso', { eleccionId: `demo-${DAY}` })
    const validada = (await (
      await maria.post('/api/constancias-voto', solicitudRequest(DAY, DEMO.maria.nacimiento))
    ).json()) as { code: string }
    const officer = await signedInStaff(t, 'officer')
    const validated = await officer.client.post(
      `/api/funcionarios/constancias-voto/${validada.code}/validar`,
      {
        documento: 'cedula',
        numeroDocumento: '512.345.678',
        vencimiento: '2027-03-01',
        runDocumento: DEMO.maria.run,
        nombreCoincide: true,
      },
    )
    expect(validated.status).toBe(200)
    const [validation] = await t.db.select().from(validacionesVoto)
    const pdfKey = validation?.pdfKey ?? ''
    expect(await t.ports.files.get(pdfKey)).not.toBeNull()
    // José: a constancia never validated.
    const jose = await signedInWithClaveUnica(t.app, DEMO.jose.run)
    await jose.post('/api/constancias-voto/aviso', { eleccionId: `demo-${DAY}` })
    const pendiente = (await (
      await jose.post('/api/constancias-voto', solicitudRequest(DAY, DEMO.jose.nacimiento))
    ).json()) as { code: string }
    // Valentina: a permit; the person in isolation: a refusal on the health registry's answer.
    const valentina = await signedInWithClaveUnica(t.app, DEMO.valentina.run)
    const permiso = (await (
      await valentina.post('/api/permisos', comprasRequest(DAY, DEMO.valentina.serie))
    ).json()) as {
      code: string
    }
    const isolated = await signedInWithClaveUnica(t.app, '99.999.999-9')
    expect((await isolated.post('/api/permisos', comprasRequest(DAY, 'A045678901'))).status).toBe(403)
    // Valentina asks for a correction, answered at once.
    const [permitRow] = await t.db.select().from(permisos).where(eq(permisos.code, permiso.code))
    const asked = (await (
      await valentina.post('/api/mis-datos/rectificacion', {
        registroTipo: 'permiso',
        registroId: permitRow?.id,
        campo: 'destino',
        valor: 'Feria, Av. Matta 1250',
      })
    ).json()) as { code: string }
    const supervisor = await signedInStaff(t, 'supervisor')
    await supervisor.client.post(`/api/funcionarios/solicitudes-datos/${asked.code}/responder`, {
      decision: 'acogida',
      respuesta: 'Corregido.',
    })
    // The condolence book: one message published, one rejected by a moderator.
    const mensaje = { memorialId: 'general', receivedAt: START, publicarDesde: START }
    await t.db.insert(condolencias).values([
      { ...mensaje, id: 'shown', firmaTexto: 'Rosa', mensaje: 'Fuerza a la familia.', estado: 'publicado' },
      { ...mensaje, id: 'hidden', firmaTexto: 'X', mensaje: 'spam', estado: 'rechazado', moderadoAt: START },
    ])
    // An officer who left the service that day.
    await t.db.update(users).set({ disabledAt: START }).where(eq(users.id, officer.userId))

    const constancia = async (code: string) =>
      (await t.db.select().from(constanciasVoto).where(eq(constanciasVoto.code, code)))[0]
    const verify = async (code: string) =>
      (await (await t.app.request(`/api/verificar/${code}`)).json()) as Record<string, unknown>
    const messages = async () => (await t.db.select().from(condolencias)).length

    // A day short of the 30 days after the window closed: José's unvalidated constancia is whole.
    await run('2026-12-22T12:00:00Z')
    expect((await constancia(pendiente.code))?.depuradaAt).toBeNull()
    expect(await t.db.select().from(sessions)).toEqual([])
    expect(await messages()).toBe(2)
    await run('2026-12-24T12:00:00Z')
    expect((await t.db.select().from(condolencias)).map((c) => c.id)).toEqual(['shown'])
    expect(await constancia(pendiente.code)).toMatchObject({
      nombres: '',
      email: '',
      userId: null,
      run: expect.stringMatching(/^~/),
    })
    expect(await verify(pendiente.code)).toMatchObject({ estado: 'depurada', valido: false })
    expect(await verify(pendiente.code)).not.toHaveProperty('run')
    expect((await constancia(validada.code))?.depuradaAt).toBeNull()

    // Six months: who was refused, and the registry's answer, go; the day's figure stays.
    await run('2027-05-22T12:00:00Z')
    expect((await t.db.select().from(permisosRechazados))[0]?.userId).not.toBeNull()
    await run('2027-05-24T12:00:00Z')
    const [refusal] = await t.db.select().from(permisosRechazados)
    expect(refusal).toMatchObject({ userId: null, comunaCut: '13101' })
    const refusedEntries = await t.db.select().from(auditLog).where(eq(auditLog.action, 'permiso.refused'))
    expect(refusedEntries.map((e) => e.detail)).toEqual([null])

    // A year after the permit ended: the code still verifies, as purged, with no name or RUN.
    await run('2027-11-22T12:00:00Z')
    expect((await verify(permiso.code)).estado).not.toBe('depurado')
    await run('2027-11-25T12:00:00Z')
    const purgedPermit = await verify(permiso.code)
    expect(purgedPermit).toMatchObject({ estado: 'depurado', valido: false, permiso: { comuna: 'Santiago' } })
    expect(JSON.stringify(purgedPermit)).not.toMatch(/Valentina|88\.8|Matta/)
    expect((await t.db.select().from(permisos))[0]).toMatchObject({ userId: null, destino: '', nombres: '' })
    // A year: the network addresses in the audit log.
    expect(await t.db.select().from(auditLog).where(isNotNull(auditLog.clientAddress))).toEqual([])

    // Two years after the election: the decided constancia, its validation, its PDF, the legal
    // notices; the answered request too; the health registry's entry that ended 2027-12-31.
    await run('2028-11-22T12:00:00Z')
    expect((await constancia(validada.code))?.depuradaAt).toBeNull()
    expect(await t.db.select().from(solicitudesDatos)).toHaveLength(1)
    await run('2028-11-25T12:00:00Z')
    expect(await constancia(validada.code)).toMatchObject({
      nombres: '',
      fechaNacimiento: '',
      estado: 'validada',
    })
    expect((await t.db.select().from(validacionesVoto))[0]).toMatchObject({
      documentoNumero: null,
      token: null,
      pdfKey: null,
      resultado: 'validada',
    })
    expect(await t.ports.files.get(pdfKey)).toBeNull()
    expect(await verify(validada.code)).toMatchObject({ estado: 'depurada', valido: false })
    expect(await t.db.select().from(avisosLegales)).toEqual([])
    expect(await t.db.select().from(solicitudesDatos)).toEqual([])
    expect(await t.db.select().from(restriccionesSanitarias)).toEqual([])
    expect(await messages()).toBe(1)

    // Five years after the last sign-in: the citizens' accounts, nothing pointing to them any
    // more; the officer who left keeps an id and a unit, no name; the audit log of that day; the
    // published message.
    await run('2031-11-22T12:00:00Z')
    expect((await t.db.select().from(users).where(eq(users.kind, 'citizen'))).length).toBe(4)
    await run('2031-11-25T12:00:00Z')
    expect(await t.db.select().from(users).where(eq(users.kind, 'citizen'))).toEqual([])
    const [retired] = await t.db.select().from(users).where(eq(users.id, officer.userId))
    expect(retired).toMatchObject({
      email: null,
      givenNames: 'Funcionario',
      passwordHash: null,
      unidadCode: 'DEMO-13101-1',
    })
    const left = await t.db.select().from(auditLog)
    expect(left.every((e) => e.at > at('2026-11-25T00:00:00Z'))).toBe(true)
    expect(left.some((e) => e.action === 'retention.applied')).toBe(true)
    expect(await messages()).toBe(0)
  })
})
