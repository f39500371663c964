import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  casos,
  condolencias,
  constanciasVoto,
  felicitaciones,
  memoriales,
  reencuentros,
  sessions,
  users,
} from '../../db/schema/index.ts'
import type { MisDatos } from '../../worker/privacy/mis-datos.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { signedInWithClaveUnica, testClaveUnica } from '../support/claveunica.ts'
import { comprasRequest, DEMO, solicitudRequest } from '../support/demo.ts'
import { signedInStaff } from '../support/identity.ts'
import { pdfText } from '../support/pdf.ts'
import { reclamoRequest } from '../support/reclamos.ts'
import { reencuentroRequest } from '../support/reencuentro.ts'

let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
beforeAll(async () => {
  claveunica = await testClaveUnica()
})
afterAll(() => claveunica.provider.close())

const DAY = '2026-11-23'
const DAY_MS = 24 * 60 * 60_000

/** María with a constancia waiting for validation and a permit; an officer and a supervisor. */
async function setup() {
  const clock = fixedClock(new Date(`${DAY}T12:00:00Z`))
  const t = await testApp({ env: claveunica.env, clock })
  const maria = await signedInWithClaveUnica(t.app, DEMO.maria.run)
  await maria.post('/api/constancias-voto/aviso', { eleccionId: `demo-${DAY}` })
  const constancia = (await (
    await maria.post(
      '/api/constancias-voto',
      solicitudRequest(DAY, DEMO.maria.nacimiento, 'maria@example.cl'),
    )
  ).json()) as { code: string }
  const permiso = (await (
    await maria.post('/api/permisos', comprasRequest(DAY, DEMO.maria.serie))
  ).json()) as {
    code: string
  }
  const officer = await signedInStaff(t, 'officer', 'oficial@carabineros.example.cl')
  const supervisor = await signedInStaff(t, 'supervisor', 'supervisora@carabineros.example.cl')
  const datos = async () => (await (await maria.get('/api/mis-datos')).json()) as MisDatos
  return {
    t,
    clock,
    maria,
    officer: officer.client,
    supervisor: supervisor.client,
    constancia,
    permiso,
    datos,
  }
}

describe('Mis datos', () => {
  it('lists every record of the citizen with its clock and whether it can be erased, and nothing of others', async () => {
    const { t, datos, constancia, permiso } = await setup()
    const other = await signedInWithClaveUnica(t.app, DEMO.jose.run)
    await other.post('/api/permisos', comprasRequest(DAY, DEMO.jose.serie))
    const mine = await datos()
    expect(mine.cuenta).toMatchObject({ run: '44.444.444-4', runVerificadoCon: 'claveunica' })
    const byType = Object.fromEntries(mine.registros.map((r) => [r.tipo, r]))
    expect(Object.keys(byType).sort()).toEqual(['aviso_legal', 'constancia_voto', 'cuenta', 'permiso'])
    expect(byType.constancia_voto).toMatchObject({
      code: constancia.code,
      estado: 'pendiente',
      supresion: { posible: true },
    })
    expect(byType.constancia_voto?.campos).toContainEqual({
      campo: 'email',
      valor: 'maria@example.cl',
      rectificable: true,
    })
    // A permit is kept a year after it ends: not erasable, and the date says until when.
    expect(byType.permiso).toMatchObject({
      code: permiso.code,
      supresion: { posible: false, motivo: 'permiso_en_plazo' },
    })
    expect(byType.permiso?.conservarHasta?.slice(0, 7)).toBe('2027-11')
    expect(byType.cuenta?.supresion).toMatchObject({ posible: false, motivo: 'cuenta_con_registros' })
    expect(JSON.stringify(mine)).not.toContain(DEMO.jose.serie)
    expect(JSON.stringify(mine)).not.toContain('55.555.555-5')
  })

  it('shows who among the staff read the data, why, from which unit; a reserved investigation only after 40 days', async () => {
    const { t, clock, officer, supervisor, constancia, datos } = await setup()
    expect((await datos()).accesos).toEqual([])
    await officer.post('/api/funcionarios/constancias-voto/buscar', { code: constancia.code })
    const withoutPurpose = await supervisor.get(`/api/supervisor/permisos?run=${DEMO.maria.run}`)
    expect(withoutPurpose.status).toBe(400)
    expect(await withoutPurpose.json()).toMatchObject({ fields: [{ field: 'finalidad' }] })
    clock.advance(60_000)
    expect(
      (
        await supervisor.get(
          `/api/supervisor/permisos?run=${DEMO.maria.run}&finalidad=investigacion_reservada`,
        )
      ).status,
    ).toBe(200)
    clock.advance(60_000)
    expect(
      (
        await supervisor.get(
          `/api/supervisor/permisos?run=${DEMO.maria.run}&finalidad=requerimiento_fiscalia`,
        )
      ).status,
    ).toBe(200)

    const now = (await datos()).accesos
    expect(now.map((a) => a.finalidad)).toEqual(['requerimiento_fiscalia', 'validacion_constancia'])
    expect(now[1]).toMatchObject({
      funcionario: 'Pedro Muñoz',
      unidad: expect.stringMatching(/Comisaría/),
      registro: { tipo: 'constancia_voto', code: constancia.code },
    })
    clock.advance(41 * DAY_MS)
    // Her session, kept alive across the 41 days (signing in again is tested elsewhere).
    await t.db
      .update(sessions)
      .set({ lastSeenAt: clock.now(), expiresAt: new Date(clock.now().getTime() + DAY_MS) })
    expect((await datos()).accesos.map((a) => a.finalidad)).toEqual([
      'requerimiento_fiscalia',
      'investigacion_reservada',
      'validacion_constancia',
    ])
  })

  it('lists her complaints and commendations, records the office opening her complaint, and erases a commendation by untying it', async () => {
    const { t, maria, datos } = await setup()
    const key = () => ({ 'Idempotency-Key': crypto.randomUUID() })
    const reclamo = await maria.post(
      '/api/reclamos',
      reclamoRequest('2026-11-22', { email: 'maria@example.cl' }),
      key(),
    )
    expect(reclamo.status, await reclamo.clone().text()).toBe(201)
    const { numero } = (await reclamo.json()) as { numero: string }
    const felicitacion = await maria.post(
      '/api/felicitaciones',
      {
        unidadCode: 'DEMO-13101-1',
        mensaje: 'Gracias por la ayuda de anoche en la guardia.',
        mostrarNombre: true,
      },
      key(),
    )
    expect(felicitacion.status, await felicitacion.clone().text()).toBe(201)
    const felicitada = ((await felicitacion.json()) as { numero: string }).numero
    // Another citizen's are not hers.
    const jose = await signedInWithClaveUnica(t.app, DEMO.jose.run)
    await jose.post(
      '/api/felicitaciones',
      { unidadCode: 'DEMO-13101-1', mensaje: 'Muy amables.', mostrarNombre: true },
      key(),
    )

    const mine = await datos()
    const deTipo = (tipo: string) => mine.registros.filter((r) => r.tipo === tipo)
    const valores = (r: { campos: { campo: string; valor: unknown }[] } | undefined) =>
      Object.fromEntries((r?.campos ?? []).map((c) => [c.campo, c.valor]))
    expect(deTipo('reclamo')).toHaveLength(1)
    expect(deTipo('reclamo')[0]).toMatchObject({
      code: numero,
      estado: 'recibido',
      conservarHasta: null,
      supresion: { posible: false, motivo: 'caso_en_plazo', hasta: null },
    })
    expect(valores(deTipo('reclamo')[0])).toMatchObject({ email: 'maria@example.cl', fecha: '2026-11-22' })
    expect(deTipo('felicitacion')).toHaveLength(1)
    expect(deTipo('felicitacion')[0]).toMatchObject({ code: felicitada, supresion: { posible: true } })
    expect(valores(deTipo('felicitacion')[0])).toMatchObject({
      mensaje: 'Gracias por la ayuda de anoche en la guardia.',
    })

    // The office opens her complaint: she sees who, from which unit, why.
    const oficina = await signedInStaff(t, 'admin', 'oficina.reclamos@carabineros.example.cl')
    expect((await oficina.client.get(`/api/funcionarios/casos/${numero}`)).status).toBe(200)
    expect((await datos()).accesos).toEqual([
      expect.objectContaining({ registro: { tipo: 'reclamo', code: numero }, finalidad: 'atencion_tramite' }),
    ])

    // Erasing: the commendation stays with its unit, no longer hers nor signed; the complaint is kept, and so her account.
    const erased = (await (
      await maria.post('/api/mis-datos/supresion', { confirmar: true })
    ).json()) as Record<string, unknown>
    expect(erased).toMatchObject({
      suprimidos: expect.arrayContaining([{ tipo: 'felicitacion', code: felicitada }]),
      conservados: expect.arrayContaining([
        expect.objectContaining({ tipo: 'reclamo', code: numero, motivo: 'caso_en_plazo' }),
        expect.objectContaining({ tipo: 'cuenta', motivo: 'cuenta_con_registros' }),
      ]),
      cuentaEliminada: false,
    })
    const [kept] = await t.db.select().from(felicitaciones).where(eq(felicitaciones.numero, felicitada))
    expect(kept).toMatchObject({ userId: null, firma: null })
    expect((await datos()).registros.map((r) => r.tipo)).not.toContain('felicitacion')
    expect((await jose.get('/api/felicitaciones')).status).toBe(200)
    expect(
      ((await (await jose.get('/api/felicitaciones')).json()) as { items: unknown[] }).items,
    ).toHaveLength(1)
  })

  it('lists her condolence messages and her family searches as she sees them; erasure takes the messages at once, keeps the search', async () => {
    const { t, clock, maria, datos } = await setup()
    const key = () => ({ 'Idempotency-Key': crypto.randomUUID() })
    const escrito = await maria.post(
      '/api/condolencias',
      { memorial: 'general', mensaje: 'Fuerza a las familias de Carabineros.', firma: 'completa' },
      key(),
    )
    expect(escrito.status, await escrito.clone().text()).toBe(201)
    const condolencia = ((await escrito.json()) as { id: string }).id
    const busqueda = await maria.post('/api/reencuentro', reencuentroRequest(), key())
    expect(busqueda.status, await busqueda.clone().text()).toBe(201)
    const { numero } = (await busqueda.json()) as { numero: string }
    // Staff-only steps: the person was contacted, and declined. The requester sees neither.
    const [caso] = await t.db.select().from(casos).where(eq(casos.numero, numero))
    await t.db.update(casos).set({ estado: 'contactado' }).where(eq(casos.numero, numero))
    await t.db
      .update(reencuentros)
      .set({ resultado: 'sin_consentimiento' })
      .where(eq(reencuentros.casoId, caso?.id ?? ''))

    const valores = (r: { campos: { campo: string; valor: unknown }[] } | undefined) =>
      Object.fromEntries((r?.campos ?? []).map((c) => [c.campo, c.valor]))
    const mine = await datos()
    const mensaje = mine.registros.find((r) => r.tipo === 'condolencia')
    expect(mensaje).toMatchObject({ id: condolencia, estado: 'pendiente', supresion: { posible: true } })
    expect(valores(mensaje)).toMatchObject({
      memorial: 'Libro general',
      mensaje: 'Fuerza a las familias de Carabineros.',
      firma: expect.stringContaining('María'),
      publicarDesde: new Date(clock.now().getTime() + 2 * 3600_000).toISOString(),
    })
    const search = mine.registros.find((r) => r.tipo === 'reencuentro')
    // Exactly what her own page shows: «En búsqueda», never «contactado» nor how it ended.
    const vista = (await (await maria.get(`/api/reencuentro/${numero}`)).json()) as {
      estado: string
      solicitud: { mensaje: string; ultimoLugar: string }
    }
    expect(search).toMatchObject({
      code: numero,
      estado: vista.estado,
      supresion: { posible: false, motivo: 'busqueda_en_plazo' },
    })
    expect(search?.estado).toBe('en_busqueda')
    expect(valores(search)).toMatchObject({
      buscado: 'Rosa Elena Pérez Soto',
      mensaje: vista.solicitud.mensaje,
      ultimoLugar: vista.solicitud.ultimoLugar,
      cierre: null,
      contacto: null,
    })
    const json = JSON.stringify(await (await maria.get('/api/mis-datos/descarga?formato=json')).json())
    expect(json).toContain('Fuerza a las familias de Carabineros.')
    expect(json).not.toContain('contactado')
    expect(json).not.toContain('sin_consentimiento')
    expect(json).not.toContain('11.111.111-1')
    // In her language.
    const en = (await (await maria.get('/api/mis-datos?lang=en')).json()) as MisDatos
    const historia = (d: MisDatos) => valores(d.registros.find((r) => r.tipo === 'reencuentro')).historia
    expect(historia(en)).not.toBe(historia(mine))

    // Erasure: her message goes now (consent withdrawn), its memorial's version moves; the search stays.
    const [antes] = await t.db.select().from(memoriales).where(eq(memoriales.slug, 'general'))
    const erased = (await (
      await maria.post('/api/mis-datos/supresion', { confirmar: true })
    ).json()) as Record<string, unknown>
    expect(erased).toMatchObject({
      suprimidos: expect.arrayContaining([{ tipo: 'condolencia', code: null }]),
      conservados: expect.arrayContaining([
        expect.objectContaining({ tipo: 'reencuentro', code: numero, motivo: 'busqueda_en_plazo' }),
      ]),
      cuentaEliminada: false,
    })
    expect(await t.db.select().from(condolencias).where(eq(condolencias.id, condolencia))).toEqual([])
    const [despues] = await t.db.select().from(memoriales).where(eq(memoriales.slug, 'general'))
    expect(despues?.version).toBe((antes?.version ?? 0) + 1)
    expect((await datos()).registros.map((r) => r.tipo)).toContain('reencuentro')
  })

  it('downloads everything as JSON and as a readable PDF; another format names the field', async () => {
    const { maria, constancia } = await setup()
    const json = await maria.get('/api/mis-datos/descarga?formato=json')
    expect(json.headers.get('content-disposition')).toMatch(
      /attachment; filename="mis-datos-2026-11-23.json"/,
    )
    const parsed = (await json.json()) as MisDatos
    expect(parsed.registros.some((r) => r.code === constancia.code)).toBe(true)
    const pdf = await maria.get('/api/mis-datos/descarga?formato=pdf')
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const text = pdfText(new Uint8Array(await pdf.arrayBuffer()))
    expect(text).toContain('Mis datos en la Comisaría Virtual')
    expect(text).toContain(constancia.code)
    expect(text).toContain('maria@example.cl')
    expect(text).toContain('Quién vio mis datos')
    const bad = await maria.get('/api/mis-datos/descarga?formato=xml')
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({ fields: [{ field: 'formato' }] })
  })

  it('takes a rectification that a supervisor answers within the legal term; the answer is in Mis trámites', async () => {
    const { t, maria, supervisor, datos, constancia } = await setup()
    const [record] = (await datos()).registros.filter((r) => r.tipo === 'constancia_voto')
    const ask = (body: Record<string, unknown>) =>
      maria.post('/api/mis-datos/rectificacion', {
        registroTipo: 'constancia_voto',
        registroId: record?.id,
        campo: 'email',
        valor: 'maria.delrio@example.cl',
        ...body,
      })
    for (const [body, field] of [
      [{ campo: 'run' }, 'campo'],
      [{ valor: 'no es un correo' }, 'valor'],
      [{ registroTipo: 'otro' }, 'registroTipo'],
    ] as const) {
      const refused = await ask(body)
      expect(refused.status).toBe(400)
      expect(await refused.json()).toMatchObject({ fields: [{ field }] })
    }
    expect((await ask({ registroId: 'de-otra-persona' })).status).toBe(404)
    const asked = await ask({ explicacion: 'Cambié de correo.' })
    expect(asked.status).toBe(201)
    const { code, venceAt } = (await asked.json()) as { code: string; venceAt: string }
    expect(venceAt.slice(0, 10)).toBe('2026-12-23')

    const queue = (await (await supervisor.get('/api/funcionarios/solicitudes-datos')).json()) as {
      items: Record<string, unknown>[]
    }
    expect(queue.items).toEqual([
      expect.objectContaining({ code, estado: 'pendiente', campo: 'email', vencida: false }),
    ])
    expect(JSON.stringify(queue)).not.toContain('maria')
    const detail = (await (
      await supervisor.get(`/api/funcionarios/solicitudes-datos/${code}`)
    ).json()) as Record<string, unknown>
    expect(detail).toMatchObject({
      valorActual: 'maria@example.cl',
      valorSolicitado: 'maria.delrio@example.cl',
      registro: { tipo: 'constancia_voto', code: constancia.code },
    })
    const empty = await supervisor.post(`/api/funcionarios/solicitudes-datos/${code}/responder`, {
      decision: 'acogida',
    })
    expect(await empty.json()).toMatchObject({ fields: [{ field: 'respuesta' }] })
    const answer = { decision: 'acogida', respuesta: 'Corregimos su correo electrónico.' }
    expect(
      (await supervisor.post(`/api/funcionarios/solicitudes-datos/${code}/responder`, answer)).status,
    ).toBe(200)
    expect(
      (await supervisor.post(`/api/funcionarios/solicitudes-datos/${code}/responder`, answer)).status,
    ).toBe(409)

    const [row] = await t.db.select().from(constanciasVoto).where(eq(constanciasVoto.code, constancia.code))
    expect(row?.email).toBe('maria.delrio@example.cl')
    const tramites = (await (await maria.get('/api/mis-tramites')).json()) as { solicitudesDatos: unknown[] }
    expect(tramites.solicitudesDatos).toEqual([
      expect.objectContaining({
        code,
        estado: 'acogida',
        respuesta: { texto: 'Corregimos su correo electrónico.' },
      }),
    ])
    // Opening the request was a read of her data, and she sees it.
    expect((await datos()).accesos).toContainEqual(
      expect.objectContaining({
        finalidad: 'atencion_derechos',
        registro: { tipo: 'solicitud_datos', code },
      }),
    )
  })

  it('erases what the law lets go and says why the rest is kept; with nothing kept, the account goes too', async () => {
    const { t, maria, datos, constancia, permiso } = await setup()
    expect((await maria.post('/api/mis-datos/supresion', { confirmar: false })).status).toBe(400)
    const erased = await maria.post('/api/mis-datos/supresion', { confirmar: true })
    expect(erased.status).toBe(200)
    expect(await erased.json()).toMatchObject({
      suprimidos: expect.arrayContaining([
        { tipo: 'constancia_voto', code: constancia.code },
        { tipo: 'aviso_legal', code: null },
      ]),
      conservados: expect.arrayContaining([
        expect.objectContaining({ tipo: 'permiso', code: permiso.code, motivo: 'permiso_en_plazo' }),
        expect.objectContaining({ tipo: 'cuenta', motivo: 'cuenta_con_registros' }),
      ]),
      cuentaEliminada: false,
    })
    const after = await datos()
    expect(after.registros.map((r) => r.tipo).sort()).toEqual(['cuenta', 'permiso', 'solicitud_datos'])

    const jose = await signedInWithClaveUnica(t.app, DEMO.jose.run)
    await jose.post('/api/constancias-voto/aviso', { eleccionId: `demo-${DAY}` })
    const gone = (await (await jose.post('/api/mis-datos/supresion', { confirmar: true })).json()) as Record<
      string,
      unknown
    >
    expect(gone).toMatchObject({ cuentaEliminada: true, conservados: [] })
    expect((await jose.get('/api/mis-datos')).status).toBe(401)
    expect(await t.db.select().from(users).where(eq(users.run, DEMO.jose.run))).toEqual([])
  })
})
