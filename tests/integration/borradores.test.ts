import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RETENCION } from '../../core/retention.ts'
import { borradores, users } from '../../db/schema/index.ts'
import { MAX_RESPUESTAS } from '../../worker/borradores/schema.ts'
import { applyRetention } from '../../worker/privacy/retention.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { signedInWithClaveUnica, testClaveUnica } from '../support/claveunica.ts'
import { comprasRequest, DEMO } from '../support/demo.ts'
import { signedInCitizen, signedInStaff } from '../support/identity.ts'

let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
beforeAll(async () => {
  claveunica = await testClaveUnica()
})
afterAll(() => claveunica.provider.close())

const DAY_MS = 24 * 60 * 60_000
const PERMISO = { tipoId: 'compras', destino: 'Supermercado, Av. Matta 1200', comunaCut: '13101' }

async function setup() {
  const clock = fixedClock(new Date('2026-11-23T12:00:00Z'))
  const t = await testApp({ env: claveunica.env, clock })
  const maria = await signedInWithClaveUnica(t.app, DEMO.maria.run)
  const jose = await signedInWithClaveUnica(t.app, DEMO.jose.run)
  return { t, clock, maria, jose }
}

describe('drafts on the account (decision 0034)', () => {
  it('keeps a citizen’s draft of a form, gives it back, lists it and forgets it', async () => {
    const { clock, maria } = await setup()
    expect((await maria.get('/api/borradores/permisos')).status).toBe(404)
    const saved = await maria.put('/api/borradores/permisos', { respuestas: PERMISO })
    expect(saved.status).toBe(200)
    const first = (await saved.json()) as { formulario: string; updatedAt: string; version: number }
    expect(first).toEqual({
      formulario: 'permisos',
      updatedAt: '2026-11-23T12:00:00.000Z',
      version: clock.now().getTime(),
    })
    const read = await maria.get('/api/borradores/permisos')
    expect(read.headers.get('cache-control')).toBe('no-store')
    expect(await read.json()).toEqual({ ...first, respuestas: PERMISO })

    // A save in the same millisecond still moves the version on: another device can tell.
    const again = (await (
      await maria.put('/api/borradores/permisos', { respuestas: { ...PERMISO, destino: 'Farmacia' } })
    ).json()) as { version: number }
    expect(again.version).toBe(first.version + 1)
    clock.advance(60_000)
    await maria.put('/api/borradores/constancias-voto', { respuestas: { email: 'maria@example.cl' } })
    const list = (await (await maria.get('/api/borradores')).json()) as { borradores: unknown[] }
    expect(list.borradores).toEqual([
      {
        formulario: 'constancias-voto',
        updatedAt: '2026-11-23T12:01:00.000Z',
        version: clock.now().getTime(),
      },
      { formulario: 'permisos', updatedAt: '2026-11-23T12:00:00.000Z', version: first.version + 1 },
    ])

    expect((await maria.delete('/api/borradores/permisos')).status).toBe(204)
    expect((await maria.get('/api/borradores/permisos')).status).toBe(404)
    // Discarding what is not there is no error: the form was sent from two devices.
    expect((await maria.delete('/api/borradores/permisos')).status).toBe(204)
    const after = (await (await maria.get('/api/borradores')).json()) as {
      borradores: { formulario: string }[]
    }
    expect(after.borradores.map((b) => b.formulario)).toEqual(['constancias-voto'])
  })

  it('never shows one citizen’s draft to another, nor lets them change it', async () => {
    const { t, maria, jose } = await setup()
    await maria.put('/api/borradores/permisos', { respuestas: PERMISO })
    const self = await signedInCitizen(t)
    for (const other of [jose, self]) {
      const read = await other.get('/api/borradores/permisos')
      expect(read.status).toBe(404)
      expect(await read.text()).not.toContain('Matta')
      expect(await (await other.get('/api/borradores')).json()).toEqual({ borradores: [] })
      expect((await other.delete('/api/borradores/permisos')).status).toBe(204)
    }
    await jose.put('/api/borradores/permisos', { respuestas: { destino: 'Otra parte' } })
    const mine = (await (await maria.get('/api/borradores/permisos')).json()) as { respuestas: unknown }
    expect(mine.respuestas).toEqual(PERMISO)
    expect(await t.db.select().from(borradores)).toHaveLength(2)
  })

  it('is for signed-in citizens only', async () => {
    const { t } = await setup()
    const anonymous = await t.app.request('/api/borradores/permisos')
    expect(anonymous.status).toBe(401)
    const officer = await signedInStaff(t, 'officer')
    const put = await officer.client.put('/api/borradores/permisos', { respuestas: PERMISO })
    expect(put.status).toBe(403)
    expect(await t.db.select().from(borradores)).toHaveLength(0)
  })

  it('keeps a complaint’s and a commendation’s drafts like a denuncia’s: the citizen’s own, listed newest first', async () => {
    const { clock, maria, jose } = await setup()
    const reclamo = {
      run: DEMO.maria.run,
      relato: 'El funcionario de guardia se negó a recibir mi denuncia.',
      testigos: '[]',
    }
    expect((await maria.put('/api/borradores/reclamos', { respuestas: reclamo })).status).toBe(200)
    clock.advance(60_000)
    const felicitacion = { unidadCode: 'DEMO-13101-1', mensaje: 'Gracias por la ayuda.', mostrarNombre: 'no' }
    expect((await maria.put('/api/borradores/felicitaciones', { respuestas: felicitacion })).status).toBe(200)
    expect(await (await maria.get('/api/borradores/reclamos')).json()).toMatchObject({ respuestas: reclamo })
    expect(await (await maria.get('/api/borradores/felicitaciones')).json()).toMatchObject({
      respuestas: felicitacion,
    })
    const listed = (await (await maria.get('/api/borradores')).json()) as {
      borradores: { formulario: string }[]
    }
    expect(listed.borradores.map((b) => b.formulario)).toEqual(['felicitaciones', 'reclamos'])
    expect((await jose.get('/api/borradores/reclamos')).status).toBe(404)
  })

  it('keeps answers only of the listed forms, and never of an anonymous one', async () => {
    const { t, maria } = await setup()
    for (const form of ['condolencias', 'no-existe', 'PERMISOS', '__proto__']) {
      const put = await maria.put(`/api/borradores/${form}`, { respuestas: { nombre: 'Ana' } })
      expect(put.status, form).toBe(404)
      expect((await maria.get(`/api/borradores/${form}`)).status, form).toBe(404)
    }
    expect(await t.db.select().from(borradores)).toHaveLength(0)
  })

  it('refuses a draft too large or malformed, naming the field, and keeps the one before', async () => {
    const { t, maria } = await setup()
    await maria.put('/api/borradores/permisos', { respuestas: PERMISO })
    const large = await maria.put('/api/borradores/permisos', {
      respuestas: { relato: 'x'.repeat(MAX_RESPUESTAS) },
    })
    expect(large.status).toBe(400)
    expect(await large.json()).toMatchObject({
      code: 'validation_failed',
      fields: [
        {
          field: 'respuestas',
          message: `«Respuestas del borrador» no puede tener más de ${MAX_RESPUESTAS} caracteres.`,
        },
      ],
    })
    for (const respuestas of [{ n: 1 }, ['a'], 'texto', { 'no es un campo': 'x' }, null]) {
      const bad = await maria.put('/api/borradores/permisos', { respuestas })
      expect(bad.status, JSON.stringify(respuestas)).toBe(400)
      expect(((await bad.json()) as { fields: { field: string }[] }).fields[0]?.field).toBe('respuestas')
    }
    const extra = await maria.put('/api/borradores/permisos', { respuestas: PERMISO, enviar: true })
    expect(((await extra.json()) as { fields: { field: string }[] }).fields[0]?.field).toBe('enviar')
    const [kept] = await t.db.select().from(borradores).where(eq(borradores.formulario, 'permisos'))
    expect(kept?.respuestas).toEqual(PERMISO)
  })

  it('counts saves per account: a device stuck in a loop is refused, another account is not', async () => {
    const { maria, jose } = await setup()
    const put = (client: typeof maria) => client.put('/api/borradores/permisos', { respuestas: PERMISO })
    for (let i = 0; i < 60; i += 1) expect((await put(maria)).status).toBe(200)
    const refused = await put(maria)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('60')
    expect((await put(jose)).status).toBe(200)
  })

  it('goes with an erasure asked in Mis datos, even when other records must be kept', async () => {
    const { t, maria } = await setup()
    expect((await maria.post('/api/permisos', comprasRequest('2026-11-23', DEMO.maria.serie))).status).toBe(
      201,
    )
    await maria.put('/api/borradores/constancias-voto', { respuestas: { email: 'maria@example.cl' } })
    const erased = await maria.post('/api/mis-datos/supresion', { confirmar: true })
    expect(erased.status).toBe(200)
    // The permit is kept for its clock, and the account with it; the draft is not.
    expect(((await erased.json()) as { cuentaEliminada: boolean }).cuentaEliminada).toBe(false)
    expect(await t.db.select().from(borradores)).toEqual([])
  })

  it(`goes ${RETENCION.borradorDias} days after it was last saved, and with the account`, async () => {
    const { t, clock, maria } = await setup()
    expect((await maria.put('/api/borradores/permisos', { respuestas: PERMISO })).status).toBe(200)
    clock.advance(2 * DAY_MS)
    // Two days later (a new session: the first idled out), José begins his.
    const jose = await signedInWithClaveUnica(t.app, DEMO.jose.run)
    expect((await jose.put('/api/borradores/permisos', { respuestas: PERMISO })).status).toBe(200)
    clock.advance((RETENCION.borradorDias - 1) * DAY_MS)
    expect(await applyRetention(t.ports)).toMatchObject({ borradores: 1 })
    const [left] = await t.db.select({ owner: borradores.userId }).from(borradores)
    expect(left).toBeDefined()
    expect(await applyRetention(t.ports)).not.toHaveProperty('borradores')
    // An account erased takes its drafts with it.
    await t.db.delete(users).where(eq(users.id, left?.owner ?? ''))
    expect(await t.db.select().from(borradores)).toHaveLength(0)
  })
})
