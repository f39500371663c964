import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, constanciasVoto, outbox } from '../../db/schema/index.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { claveUnicaDelArchivo, signedInWithClaveUnica } from '../support/claveunica.ts'
import { signedInCitizen, signedInStaff } from '../support/identity.ts'

/*
 * Corrections before validation (issue 23 point 2, decision 0080): a request sent again with other
 * contact details is refused, not silently kept; the citizen corrects a pending request's e-mail
 * and phone after signing in again with ClaveÚnica; the officer corrects the e-mail at validation
 * with the citizen present, and the signed PDF goes there.
 */

const claveunica = claveUnicaDelArchivo()
const ELECCION = 'demo-2026-11-23'
const RUN = '44.444.444-4'
const maria = {
  eleccionId: ELECCION,
  fechaNacimiento: '1985-03-14',
  email: 'maria.delrio@exampel.cl',
  emailConfirmacion: 'maria.delrio@exampel.cl',
  telefono: '+56 9 8765 4321',
  declaracion: true,
}
const corregido = {
  email: 'maria.delrio@example.cl',
  emailConfirmacion: 'Maria.DelRio@example.cl',
  telefono: '9 1234 5678',
}

async function pendiente(clock = fixedClock(new Date('2026-11-23T12:00:00Z'))) {
  const t = await testApp({ env: claveunica().env, clock })
  const citizen = await signedInWithClaveUnica(t.app, RUN)
  expect((await citizen.post('/api/constancias-voto/aviso', { eleccionId: ELECCION })).status).toBe(200)
  const created = await citizen.post('/api/constancias-voto', maria)
  expect(created.status).toBe(201)
  const { code } = (await created.json()) as { code: string }
  return { t, clock, citizen, code }
}

async function fila(t: Awaited<ReturnType<typeof testApp>>, code: string) {
  const [row] = await t.db.select().from(constanciasVoto).where(eq(constanciasVoto.code, code))
  return row
}

async function correosA(t: Awaited<ReturnType<typeof testApp>>, to: string) {
  return t.db.select().from(outbox).where(eq(outbox.to, to))
}

describe('a request sent again', () => {
  it('with the same contact is the same request; with another e-mail or phone it is refused, naming the field and the code', async () => {
    const { t, citizen, code } = await pendiente()
    const same = await citizen.post('/api/constancias-voto', { ...maria, telefono: '987654321' })
    expect(same.status).toBe(200)
    expect(await same.json()).toMatchObject({ code, email: maria.email, telefono: '+56987654321' })

    const otherMail = await citizen.post('/api/constancias-voto', {
      ...maria,
      ...corregido,
      telefono: maria.telefono,
    })
    expect(otherMail.status).toBe(409)
    const body = (await otherMail.json()) as { code: string; message: string; fields: unknown }
    expect(body.code).toBe('contact_differs')
    expect(body.message).toContain(code)
    expect(body.message).toContain('página de la solicitud')
    expect(body.fields).toEqual([
      {
        field: 'email',
        message: `«Correo electrónico» no es el de su solicitud ${code}, que ya existe: corríjalo en la página de la solicitud.`,
      },
    ])

    const otherPhone = await citizen.post(
      '/api/constancias-voto',
      { ...maria, telefono: '912345678' },
      { 'accept-language': 'en' },
    )
    expect(otherPhone.status).toBe(409)
    const en = (await otherPhone.json()) as { message: string; fields: { field: string; message: string }[] }
    expect(en.fields.map((f) => f.field)).toEqual(['telefono'])
    expect(en.fields[0]?.message).toContain(code)
    expect(en.message).toMatch(/already exists/)
    // Nothing changed, nothing mailed to the other address.
    expect(await fila(t, code)).toMatchObject({ email: maria.email, telefono: '+56987654321' })
    expect(await correosA(t, corregido.email)).toHaveLength(0)
  })

  it('replays the stored answer for the same Idempotency-Key', async () => {
    const { citizen, code } = await pendiente()
    const key = { 'idempotency-key': 'a5c6c8a4-3c55-4b8e-9a56-5b1d3f0c1e21' }
    const first = await citizen.post('/api/constancias-voto', maria, key)
    expect(first.status).toBe(200)
    const replay = await citizen.post('/api/constancias-voto', maria, key)
    expect(replay.status).toBe(200)
    expect(((await replay.json()) as { code: string }).code).toBe(code)
  })
})

describe('the citizen’s correction of a pending request', () => {
  it('shows the contact on the request, corrects it after a fresh ClaveÚnica sign-in, audits it and mails both addresses', async () => {
    const { t, citizen, code } = await pendiente()
    const view = (await (await citizen.get(`/api/constancias-voto/${code}`)).json()) as Record<string, string>
    expect(view).toMatchObject({ email: maria.email, telefono: '+56987654321' })

    const response = await citizen.post(`/api/constancias-voto/${code.toLowerCase()}/contacto`, corregido)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      code,
      estado: 'pendiente',
      email: 'maria.delrio@example.cl',
      telefono: '+56912345678',
    })
    expect(await fila(t, code)).toMatchObject({ email: 'maria.delrio@example.cl', telefono: '+56912345678' })
    const shown = (await (await citizen.get(`/api/constancias-voto/${code}`)).json()) as Record<
      string,
      string
    >
    expect(shown.email).toBe('maria.delrio@example.cl')

    const [confirmacion] = await correosA(t, 'maria.delrio@example.cl')
    expect(confirmacion?.subject).toBe(`Datos de contacto corregidos — Solicitud ${code}`)
    expect(confirmacion?.text).toContain('Usted corrigió el correo electrónico y el teléfono de contacto')
    const aviso = (await correosA(t, maria.email)).find((m) => m.subject.startsWith('Cambio de correo'))
    expect(aviso?.text).toContain(code)
    // The old address, perhaps a stranger's, learns neither the name nor the new address.
    expect(aviso?.text).not.toContain('María')
    expect(aviso?.text).not.toContain('maria.delrio@example.cl')

    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'constancia_voto.contact_corrected'))
    expect(entry).toMatchObject({ actorKind: 'citizen', subjectType: 'constancia_voto' })
    expect(entry?.detail).toEqual({ campos: ['email', 'telefono'] })
    expect(JSON.stringify(entry)).not.toContain('example')

    // The same correction again: the same answer, nothing more written or mailed.
    const again = await citizen.post(`/api/constancias-voto/${code}/contacto`, corregido)
    expect(again.status).toBe(200)
    expect(await correosA(t, 'maria.delrio@example.cl')).toHaveLength(1)
    // A request sent again now with the corrected contact is the same request.
    const repeat = await citizen.post('/api/constancias-voto', { ...maria, ...corregido })
    expect(repeat.status).toBe(200)
  })

  it('asks for a ClaveÚnica sign-in of the last minutes, and takes the correction after it', async () => {
    const { t, clock, citizen, code } = await pendiente()
    clock.advance(11 * 60_000)
    const stale = await citizen.post(`/api/constancias-voto/${code}/contacto`, corregido)
    expect(stale.status).toBe(403)
    expect(await stale.json()).toMatchObject({
      code: 'reauthentication_required',
      message: expect.stringContaining('vuelva a iniciar sesión con ClaveÚnica'),
    })
    expect(await fila(t, code)).toMatchObject({ email: maria.email })
    const again = await signedInWithClaveUnica(t.app, RUN)
    const fresh = await again.post(`/api/constancias-voto/${code}/contacto`, corregido)
    expect(fresh.status).toBe(200)
    expect(await fila(t, code)).toMatchObject({ email: 'maria.delrio@example.cl' })
  })

  it('refuses bad input naming the field in the citizen’s language, and changes nothing', async () => {
    const { t, citizen, code } = await pendiente()
    const response = await citizen.post(
      `/api/constancias-voto/${code}/contacto`,
      { email: 'maria@', emailConfirmacion: 'otra@example.cl', telefono: '12' },
      { 'accept-language': 'ht' },
    )
    expect(response.status).toBe(400)
    const { fields } = (await response.json()) as { fields: { field: string; message: string }[] }
    expect(fields.map((f) => f.field).sort()).toEqual(['email', 'telefono'])
    const mismatch = await citizen.post(`/api/constancias-voto/${code}/contacto`, {
      ...corregido,
      emailConfirmacion: 'otra@example.cl',
    })
    expect(((await mismatch.json()) as { fields: unknown }).fields).toEqual([
      {
        field: 'emailConfirmacion',
        message: '«Confirmación del correo electrónico» no coincide con el correo electrónico.',
      },
    ])
    expect(await fila(t, code)).toMatchObject({ email: maria.email })
    expect(
      await t.db.select().from(auditLog).where(eq(auditLog.action, 'constancia_voto.contact_corrected')),
    ).toHaveLength(0)
  })

  it('corrects only the citizen’s own requests, pending, within the window, with ClaveÚnica', async () => {
    const { t, clock, code } = await pendiente()
    const other = await signedInWithClaveUnica(t.app, '88.888.888-8')
    expect((await other.post(`/api/constancias-voto/${code}/contacto`, corregido)).status).toBe(404)
    const internal = await signedInCitizen(t)
    const refused = await internal.post(`/api/constancias-voto/${code}/contacto`, corregido)
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({ code: 'claveunica_required' })

    const officer = await signedInStaff(t, 'officer', 'officer@carabineros.example.cl', 'DEMO-13101-1')
    await officer.client.post(`/api/funcionarios/constancias-voto/${code}/rechazar`, {
      motivo: 'Documento ilegible',
    })
    const owner = await signedInWithClaveUnica(t.app, RUN)
    const resolved = await owner.post(`/api/constancias-voto/${code}/contacto`, corregido)
    expect(resolved.status).toBe(409)
    expect(await resolved.json()).toMatchObject({ code: 'already_resolved' })

    const second = await pendiente(clock)
    // The window closed at 23:59:59 in Santiago (02:59:59Z): signed in again, still refused.
    clock.set(new Date('2026-11-24T03:00:00.000Z'))
    const late = await signedInWithClaveUnica(second.t.app, RUN)
    const closed = await late.post(`/api/constancias-voto/${second.code}/contacto`, corregido)
    expect(closed.status).toBe(403)
    expect(await closed.json()).toMatchObject({ code: 'window_closed' })
    expect(await fila(second.t, second.code)).toMatchObject({ email: maria.email })
  })
})

describe('the officer’s correction at validation', () => {
  it('shows the e-mail, corrects it with the citizen present, audits it as the officer’s, and mails the signed PDF there', async () => {
    const { t, code } = await pendiente()
    const { client: officer } = await signedInStaff(
      t,
      'officer',
      'officer@carabineros.example.cl',
      'DEMO-13101-1',
    )
    const api = '/api/funcionarios/constancias-voto'
    const found = (await (await officer.post(`${api}/buscar`, { code })).json()) as { email: string }
    expect(found.email).toBe(maria.email)

    const mismatch = await officer.post(`${api}/${code}/correo`, {
      email: 'maria.delrio@example.cl',
      emailConfirmacion: 'maria.delrio@example.com',
    })
    expect(mismatch.status).toBe(400)
    expect(await fila(t, code)).toMatchObject({ email: maria.email })

    const corrected = await officer.post(`${api}/${code}/correo`, {
      email: 'Maria.DelRio@example.cl',
      emailConfirmacion: 'maria.delrio@example.cl',
    })
    expect(corrected.status).toBe(200)
    expect(await corrected.json()).toEqual({ code, email: 'maria.delrio@example.cl' })
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'constancia_voto.contact_corrected'))
    expect(entry).toMatchObject({
      actorKind: 'staff',
      actorUnidad: 'DEMO-13101-1',
      detail: { campos: ['email'] },
    })

    const validated = await officer.post(`${api}/${code}/validar`, {
      documento: 'cedula',
      numeroDocumento: '512.345.678',
      vencimiento: '2027-03-01',
      runDocumento: RUN,
      nombreCoincide: true,
    })
    expect(validated.status).toBe(200)
    const [pdfMail] = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.subject, `Constancia Votación validada — ${code}`))
    expect(pdfMail?.to).toBe('maria.delrio@example.cl')
    expect(pdfMail?.attachments).toHaveLength(1)
    // Validated: no correction any more.
    const late = await officer.post(`${api}/${code}/correo`, {
      email: 'otra@example.cl',
      emailConfirmacion: 'otra@example.cl',
    })
    expect(late.status).toBe(409)
  })
})
