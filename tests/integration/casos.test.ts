import { and, asc, eq, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { CAPACIDADES_DE_ROL } from '../../core/capacidades.ts'
import { archivos, auditLog, casosHistoria, casosPreguntas, users } from '../../db/schema/index.ts'
import { adjuntarArchivos, archivosParaAdjuntar } from '../../worker/archivos/index.ts'
import { planAccion } from '../../worker/casos/acciones.ts'
import { esCambioConcurrente } from '../../worker/casos/cambio.ts'
import { readOne } from '../../worker/reads.ts'
import { runWrites } from '../../worker/writes.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { fileOf, uploadsOf, viewOf, wholeUploads } from '../support/archivos.ts'
import { casoRow, ciudadano, correosA, nuevoCaso } from '../support/casos.ts'
import { countersAndRecount } from '../support/cifras.ts'
import { CITIZEN, signedInCitizen, signedInStaff } from '../support/identity.ts'

type Client = Awaited<ReturnType<typeof signedInStaff>>['client']

let t: Awaited<ReturnType<typeof testApp>>
const clock = fixedClock(new Date('2026-11-23T12:00:00Z'))
let valentina: Awaited<ReturnType<typeof ciudadano>>
let jose: Awaited<ReturnType<typeof ciudadano>>
/** Analysts of the virtual station (supervisors hold `denuncias.triar`). */
let analista: Awaited<ReturnType<typeof signedInStaff>>
let analista2: Client
/** An officer of the unit with jurisdiction over Santiago (13101), and one of Valparaíso's. */
let oficial: Awaited<ReturnType<typeof signedInStaff>>
let oficialOtraUnidad: Client
const CORREO = 'valentina.perez@example.cl'

const accion = (client: Client, numero: string, body: unknown) =>
  client.post(`/api/funcionarios/casos/${numero}/acciones`, body)
/** A case's history as stored, in the order written. */
const historia = async (numero: string) => {
  const { id } = await casoRow(t.db, numero)
  return t.db
    .select()
    .from(casosHistoria)
    .where(eq(casosHistoria.casoId, id))
    .orderBy(asc(casosHistoria.at), asc(sql`rowid`))
}

beforeAll(async () => {
  t = await testApp({ clock })
  valentina = await ciudadano(t, '88888888-8')
  jose = await ciudadano(t, '55555555-5', ['José Tomás', 'Muñoz Sepúlveda'])
  analista = await signedInStaff(t, 'supervisor', 'analista@carabineros.example.cl', 'DEMO-08101-1')
  analista2 = (await signedInStaff(t, 'supervisor', 'analista2@carabineros.example.cl', 'DEMO-08101-1'))
    .client
  oficial = await signedInStaff(t, 'officer', 'oficial@carabineros.example.cl', 'DEMO-13101-1')
  oficialOtraUnidad = (await signedInStaff(t, 'officer', 'valpo@carabineros.example.cl', 'DEMO-05101-1'))
    .client
}, 60_000)

describe('a denuncia’s case, worked by staff', () => {
  it('goes recibida → en análisis → derivada, each change with who and when in its history, audited and e-mailed', async () => {
    const numero = await nuevoCaso(t.ports, { userId: valentina.userId, comunaCut: '13101', correo: CORREO })
    expect((await accion(analista.client, numero, { accion: 'analizar' })).status).toBe(200)
    clock.advance(60_000)
    const derivada = await accion(analista.client, numero, { accion: 'derivar', unidad: 'DEMO-13101-1' })
    expect(derivada.status).toBe(200)
    expect(await derivada.json()).toEqual({ numero, accion: 'derivar', estado: 'derivada' })

    const row = await casoRow(t.db, numero)
    expect(row).toMatchObject({ estado: 'derivada', unidadCode: 'DEMO-13101-1', version: 2 })
    expect(row.triadaAt).toEqual(t.clock.now())
    const entries = await historia(numero)
    expect(entries.map((e) => [e.estado, e.actorTipo, e.actorId, e.detalle.accion])).toEqual([
      ['recibida', 'ciudadano', valentina.userId, 'abrir'],
      ['en_analisis', 'funcionario', analista.userId, 'analizar'],
      ['derivada', 'funcionario', analista.userId, 'derivar'],
    ])
    expect(entries[2]?.detalle).toEqual({
      accion: 'derivar',
      unidad: 'DEMO-13101-1',
      unidad_nombre: '1ª Comisaría Santiago Central',
    })
    expect(entries[2]?.at).toEqual(t.clock.now())
    const audited = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'caso.changed'), eq(auditLog.subjectId, row.id)))
    expect(audited.map((a) => [a.actorId, a.actorUnidad, a.detail])).toEqual([
      [
        analista.userId,
        'DEMO-08101-1',
        { numero, accion: 'analizar', desde: 'recibida', hacia: 'en_analisis' },
      ],
      [
        analista.userId,
        'DEMO-08101-1',
        { numero, accion: 'derivar', desde: 'en_analisis', hacia: 'derivada' },
      ],
    ])
    // One e-mail per change: the number, the state and a link; nothing of the report or the unit.
    const mails = await correosA(t.db, CORREO)
    expect(mails).toHaveLength(2)
    expect(mails[0]?.subject).toBe(`Su denuncia ${numero}: Derivada a una unidad policial`)
    expect(mails[0]?.text).toContain(`http://localhost:8787/denuncias/${numero}`)
    expect(mails[0]?.text).not.toContain('Comisaría')
    expect(mails[1]?.subject).toBe(`Su denuncia ${numero}: En análisis`)
  })

  it('tells the citizen in their language, and the dated history in their words, without naming the officer', async () => {
    const numero = await nuevoCaso(t.ports, {
      userId: valentina.userId,
      comunaCut: '13101',
      correo: 'valentina.en@example.cl',
      locale: 'en',
    })
    await accion(analista.client, numero, { accion: 'derivar', unidad: 'DEMO-13101-1' })
    const [mail] = await correosA(t.db, 'valentina.en@example.cl')
    expect(mail?.subject).toBe(`Your report ${numero}: Sent to a police unit`)
    expect(mail?.text).toMatch(/^Hello,/)
    const vista = await (await valentina.client.get(`/api/casos/${numero}?lang=es`)).json()
    expect(vista).toMatchObject({
      numero,
      estado: 'derivada',
      estadoTexto: 'Derivada a una unidad policial',
      puedeAgregarInformacion: true,
      preguntaPendiente: null,
      historia: [
        { estado: 'recibida', accion: 'abrir', quien: 'usted', texto: 'Recibida', detalle: {} },
        {
          estado: 'derivada',
          accion: 'derivar',
          quien: 'carabineros',
          texto: 'Derivada a 1ª Comisaría Santiago Central',
          detalle: { unidad_nombre: '1ª Comisaría Santiago Central' },
        },
      ],
    })
    expect(JSON.stringify(vista)).not.toContain('Pedro')
    expect(JSON.stringify(vista)).not.toContain(analista.userId)
  })

  it('refuses what the machine does not allow (409), what the staff member may not do (403) and unknown input (400)', async () => {
    const numero = await nuevoCaso(t.ports, { userId: valentina.userId, comunaCut: '13101' })
    // An officer of the unit has no triage capability.
    expect((await accion(oficial.client, numero, { accion: 'analizar' })).status).toBe(404)
    await accion(analista.client, numero, { accion: 'derivar', unidad: 'DEMO-13101-1' })
    expect((await accion(oficial.client, numero, { accion: 'derivar', unidad: 'DEMO-05101-1' })).status).toBe(
      403,
    )
    // The analyst is not of that unit: sending to the Fiscalía is the unit's.
    expect((await accion(analista.client, numero, { accion: 'enviar_fiscalia' })).status).toBe(403)
    const cerrar = await accion(analista.client, numero, { accion: 'cerrar', motivo: 'no_constituye_delito' })
    expect(cerrar.status).toBe(409)
    expect(await cerrar.json()).toMatchObject({ code: 'conflict' })
    const unknown = await accion(analista.client, numero, { accion: 'borrar' })
    expect(unknown.status).toBe(400)
    expect(await unknown.json()).toMatchObject({ fields: [{ field: 'accion' }] })
    const sinUnidad = await accion(analista.client, numero, { accion: 'derivar', unidad: 'NO-EXISTE' })
    expect(await sinUnidad.json()).toMatchObject({ status: 400, fields: [{ field: 'unidad' }] })
    const motivo = await accion(analista.client, numero, { accion: 'reclasificar', tipo: 'hurto-simple' })
    expect(await motivo.json()).toMatchObject({ status: 400, fields: [{ field: 'tipo' }] })
    expect((await casoRow(t.db, numero)).version).toBe(1)
  })

  it('closes with a reason and the detail it needs, and marks a duplicate linking both histories', async () => {
    const original = await nuevoCaso(t.ports, { userId: valentina.userId, comunaCut: '13101' })
    const repetida = await nuevoCaso(t.ports, {
      userId: jose.userId,
      comunaCut: '13123',
      correo: 'jose@example.cl',
    })
    const sinNumero = await accion(analista.client, repetida, { accion: 'cerrar', motivo: 'ya_denunciada' })
    expect(await sinNumero.json()).toMatchObject({ status: 400, fields: [{ field: 'numeroAnterior' }] })
    const noExiste = await accion(analista.client, repetida, {
      accion: 'marcar_duplicado',
      numeroOriginal: 'ZZZZZZZZZZ',
    })
    expect(await noExiste.json()).toMatchObject({ status: 400, fields: [{ field: 'numeroOriginal' }] })
    const marcada = await accion(analista.client, repetida, {
      accion: 'marcar_duplicado',
      numeroOriginal: original.toLowerCase(),
    })
    expect(marcada.status).toBe(200)
    expect((await historia(repetida)).at(-1)).toMatchObject({
      estado: 'cerrada',
      detalle: { accion: 'marcar_duplicado', motivo: 'ya_denunciada', numero_anterior: original },
    })
    expect((await historia(original)).at(-1)).toMatchObject({
      estado: 'recibida',
      actorId: analista.userId,
      detalle: { accion: 'vincular_duplicado', numero_duplicado: repetida },
    })
    expect((await casoRow(t.db, repetida)).cerradoAt).not.toBeNull()
    // José reads why; Valentina's case does not show José's número to her.
    const suya = await (await jose.client.get(`/api/casos/${repetida}`)).json()
    expect(suya.historia.at(-1)).toMatchObject({
      texto: 'Cerrada: el hecho ya fue denunciado',
      detalle: { numero_anterior: original },
    })
    expect(JSON.stringify(await (await valentina.client.get(`/api/casos/${original}`)).json())).not.toContain(
      repetida,
    )

    const fuera = await nuevoCaso(t.ports, { userId: valentina.userId, comunaCut: '13101' })
    const cerrada = await accion(analista.client, fuera, {
      accion: 'cerrar',
      motivo: 'fuera_de_competencia',
      dondeAcudir: 'Juzgado de Policía Local de Santiago',
    })
    expect(cerrada.status).toBe(200)
    expect((await historia(fuera)).at(-1)?.detalle).toEqual({
      accion: 'cerrar',
      motivo: 'fuera_de_competencia',
      donde_acudir: 'Juzgado de Policía Local de Santiago',
    })
    expect((await accion(analista.client, fuera, { accion: 'analizar' })).status).toBe(409)
  })

  it('applies one of two officers’ simultaneous actions; the other gets 409 and writes nothing', async () => {
    const numero = await nuevoCaso(t.ports, {
      userId: valentina.userId,
      comunaCut: '13101',
      correo: 'carrera@example.cl',
    })
    const answers = await Promise.all([
      accion(analista.client, numero, { accion: 'derivar', unidad: 'DEMO-13101-1' }),
      accion(analista2, numero, { accion: 'cerrar', motivo: 'no_constituye_delito' }),
    ])
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
    const loser = answers.find((a) => a.status === 409)
    expect(await loser?.json()).toMatchObject({ code: 'conflict' })
    expect(await historia(numero)).toHaveLength(2)
    expect((await casoRow(t.db, numero)).version).toBe(1)
    expect(await correosA(t.db, 'carrera@example.cl')).toHaveLength(1)
  })

  it('refuses, in the batch itself, a change planned on a version another change has moved past', async () => {
    const numero = await nuevoCaso(t.ports, {
      userId: valentina.userId,
      comunaCut: '13101',
      correo: 'guarda@example.cl',
    })
    const ctx = { ...t.ports, actor: null, requestId: 'test', clientAddress: null, cifras: true }
    const [actor] = await t.db.select().from(users).where(eq(users.id, analista.userId))
    if (!actor) throw new Error('no analyst')
    const analyst = {
      userId: actor.id,
      kind: 'staff' as const,
      role: 'supervisor' as const,
      capacidades: CAPACIDADES_DE_ROL.supervisor,
      unidadCode: actor.unidadCode,
      run: null,
      runProof: 'staff' as const,
      givenNames: actor.givenNames,
      familyNames: actor.familyNames,
      email: actor.email,
      assurance: 'mfa' as const,
      sessionHash: 'test',
    }
    // Both planned from the same read of the case, as two officers' requests would be.
    const entorno = { publicUrl: 'http://localhost:8787', keys: t.ports.keys, files: t.ports.files }
    const primera = await planAccion(ctx, analyst, numero, { accion: 'analizar' }, entorno)
    const segunda = await planAccion(
      ctx,
      analyst,
      numero,
      { accion: 'cerrar', motivo: 'no_constituye_delito' },
      entorno,
    )
    await runWrites(t.ports, primera.writes)
    const refused = await runWrites(t.ports, segunda.writes).catch((error: unknown) => error)
    expect(esCambioConcurrente(refused)).toBe(true)
    expect(await casoRow(t.db, numero)).toMatchObject({ estado: 'en_analisis', version: 1, cerradoAt: null })
    expect(await historia(numero)).toHaveLength(2)
    expect(await correosA(t.db, 'guarda@example.cl')).toHaveLength(1)
  })

  it('keeps the history append-only: every later change adds an entry and leaves the earlier ones as they were', async () => {
    const numero = await nuevoCaso(t.ports, { userId: valentina.userId, comunaCut: '13101' })
    const snapshots = [await historia(numero)]
    for (const body of [
      { accion: 'analizar' },
      // A type's id has underscores (the denuncia's nine offences).
      { accion: 'reclasificar', tipo: 'robo_por_sorpresa' },
      { accion: 'pedir_informacion', mensaje: '¿Cuál era el número de la cuenta de destino?' },
    ]) {
      clock.advance(1_000)
      expect((await accion(analista.client, numero, body)).status).toBe(200)
      snapshots.push(await historia(numero))
    }
    for (let i = 1; i < snapshots.length; i++) {
      expect(snapshots[i]?.slice(0, i)).toEqual(snapshots[i - 1])
      expect(snapshots[i]).toHaveLength(i + 1)
    }
    const staff = await (await analista.client.get(`/api/funcionarios/casos/${numero}`)).json()
    expect(
      staff.historia.map((e: { accion: string; actor: { nombre: string | null } }) => [
        e.accion,
        e.actor.nombre,
      ]),
    ).toEqual([
      ['abrir', 'Valentina Sofía Pérez Núñez'],
      ['analizar', 'Pedro Muñoz'],
      ['reclasificar', 'Pedro Muñoz'],
      ['pedir_informacion', 'Pedro Muñoz'],
    ])
  })
})

describe('the citizen and their case', () => {
  it('answers the question asked (back to analysis), adds information until the case leaves for the Fiscalía', async () => {
    const numero = await nuevoCaso(t.ports, {
      userId: valentina.userId,
      comunaCut: '13101',
      correo: 'preguntas@example.cl',
    })
    // Nothing asked yet: nothing to answer.
    expect((await valentina.client.post(`/api/casos/${numero}/respuestas`, { texto: 'Hola' })).status).toBe(
      409,
    )
    await accion(analista.client, numero, {
      accion: 'pedir_informacion',
      mensaje: '¿De qué color era la bicicleta?',
    })
    const pendiente = await (await valentina.client.get(`/api/casos/${numero}`)).json()
    expect(pendiente).toMatchObject({
      estado: 'informacion_solicitada',
      preguntaPendiente: { texto: '¿De qué color era la bicicleta?' },
    })
    expect(pendiente.historia.at(-1)).toMatchObject({
      accion: 'pedir_informacion',
      pregunta: '¿De qué color era la bicicleta?',
    })
    expect((await casoRow(t.db, numero)).venceAt).toBeNull()
    const respuesta = await valentina.client.post(`/api/casos/${numero}/respuestas`, {
      texto: 'Roja, marca Oxford.',
    })
    expect(respuesta.status).toBe(200)
    expect(await respuesta.json()).toEqual({ numero, estado: 'en_analisis' })
    expect((await casoRow(t.db, numero)).venceAt).toEqual(new Date(t.clock.now().getTime() + 24 * 3_600_000))
    const agregada = await valentina.client.post(`/api/casos/${numero}/informacion`, {
      texto: 'Tenía un candado azul.',
    })
    expect(agregada.status).toBe(201)
    const staff = await (await analista.client.get(`/api/funcionarios/casos/${numero}`)).json()
    expect(staff.preguntas).toMatchObject([
      { pregunta: '¿De qué color era la bicicleta?', respuesta: 'Roja, marca Oxford.' },
      { pregunta: null, respuesta: 'Tenía un candado azul.' },
    ])
    const vista = await (await valentina.client.get(`/api/casos/${numero}`)).json()
    expect(vista.historia.map((e: { texto: string }) => e.texto)).toEqual([
      'Recibida',
      'Se necesita información',
      'Usted respondió la pregunta',
      'Usted agregó información',
    ])
    expect(await correosA(t.db, 'preguntas@example.cl')).toHaveLength(3)
    // Files go with the information through worker/archivos, attached to the case and to its row;
    // an id that is not one of the citizen's uploads is refused naming the field, and nothing is written.
    const ajeno = await valentina.client.post(`/api/casos/${numero}/informacion`, {
      texto: 'Foto',
      archivos: ['a1'],
    })
    expect(await ajeno.json()).toMatchObject({ status: 400, fields: [{ field: 'archivos' }] })
    const foto = await wholeUploads(t.app, valentina.client.jar)('candado.jpg', fileOf('jpeg', 5_000))
    const conArchivos = await valentina.client.post(`/api/casos/${numero}/informacion`, {
      texto: 'Foto del candado',
      archivos: [foto],
    })
    expect(conArchivos.status).toBe(201)
    const [adjunto] = await t.db.select().from(archivos).where(eq(archivos.id, foto))
    const [fila] = await t.db
      .select()
      .from(casosPreguntas)
      .where(eq(casosPreguntas.respuesta, 'Foto del candado'))
    expect(adjunto).toMatchObject({ casoId: fila?.casoId, preguntaId: fila?.id })
    // The same file again: refused, naming the field.
    const otraVez = await valentina.client.post(`/api/casos/${numero}/informacion`, {
      texto: 'Otra vez',
      archivos: [foto],
    })
    expect(await otraVez.json()).toMatchObject({ status: 400, fields: [{ field: 'archivos' }] })

    await accion(analista.client, numero, { accion: 'derivar', unidad: 'DEMO-13101-1' })
    expect((await accion(oficial.client, numero, { accion: 'enviar_fiscalia' })).status).toBe(200)
    const tarde = await valentina.client.post(`/api/casos/${numero}/informacion`, { texto: 'Algo más.' })
    expect(tarde.status).toBe(409)
    expect((await (await valentina.client.get(`/api/casos/${numero}`)).json()).puedeAgregarInformacion).toBe(
      false,
    )
  })

  it('shows a citizen only their own cases: another’s is not found, to read or to write', async () => {
    const numero = await nuevoCaso(t.ports, { userId: valentina.userId, comunaCut: '13101' })
    await accion(analista.client, numero, {
      accion: 'pedir_informacion',
      mensaje: '¿Dónde estaba estacionado?',
    })
    expect((await jose.client.get(`/api/casos/${numero}`)).status).toBe(404)
    expect((await jose.client.post(`/api/casos/${numero}/respuestas`, { texto: 'Intruso' })).status).toBe(404)
    expect((await jose.client.post(`/api/casos/${numero}/informacion`, { texto: 'Intruso' })).status).toBe(
      404,
    )
    expect((await jose.client.get('/api/casos/no-existe')).status).toBe(404)
    const propios = await (await jose.client.get('/api/casos')).json()
    expect(propios.casos.map((c: { numero: string }) => c.numero)).not.toContain(numero)
    expect((await valentina.client.get('/api/casos')).status).toBe(200)
    // Staff are not citizens here.
    expect((await analista.client.get(`/api/casos/${numero}`)).status).toBe(403)
  })
})

describe('staff scope', () => {
  it('lets a unit’s officers open and act on the cases derived to their unit only, and records each opening for the citizen', async () => {
    const numero = await nuevoCaso(t.ports, { userId: valentina.userId, comunaCut: '13101' })
    expect((await oficial.client.get(`/api/funcionarios/casos/${numero}`)).status).toBe(404)
    await accion(analista.client, numero, { accion: 'derivar', unidad: 'DEMO-13101-1' })
    const abierta = await oficial.client.get(`/api/funcionarios/casos/${numero}`)
    expect(abierta.status).toBe(200)
    expect(await abierta.json()).toMatchObject({
      numero,
      estado: 'derivada',
      titular: { nombre: 'Valentina Sofía Pérez Núñez', run: '88.888.888-8', identidad: 'verificada' },
      unidad: { code: 'DEMO-13101-1' },
      comuna: { cut: '13101', nombre: 'Santiago' },
      propuesta: { unidad: { code: 'DEMO-13101-1' }, fiscalia: { code: 'FR-13-CN' } },
      acciones: ['enviar_fiscalia'],
    })
    expect((await oficialOtraUnidad.get(`/api/funcionarios/casos/${numero}`)).status).toBe(404)
    expect((await accion(oficialOtraUnidad, numero, { accion: 'enviar_fiscalia' })).status).toBe(404)
    const lecturas = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'personal_data.viewed'), eq(auditLog.subjectId, '88888888-8')))
    expect(lecturas.at(-1)).toMatchObject({
      actorId: oficial.userId,
      detail: {
        registro: { tipo: 'denuncia', code: numero },
        finalidad: 'atencion_tramite',
        cuenta: valentina.userId,
      },
    })
    const misDatos = await (await valentina.client.get('/api/mis-datos')).json()
    expect(JSON.stringify(misDatos.accesos)).toContain(numero)
  })

  it('tells the unit where a case stands on its way to the Fiscalía without recording a read of the person', async () => {
    const numero = await nuevoCaso(t.ports, { userId: valentina.userId, comunaCut: '13101' })
    await accion(analista.client, numero, { accion: 'derivar', unidad: 'DEMO-13101-1' })
    const lecturas = async () =>
      (await t.db.select().from(auditLog).where(eq(auditLog.action, 'personal_data.viewed'))).length
    const antes = await lecturas()
    const envio = async (client: Client) => client.get(`/api/funcionarios/casos/${numero}/envio`)
    expect(await (await envio(oficial.client)).json()).toEqual({ numero, estado: 'derivada', envio: null })
    expect((await accion(oficial.client, numero, { accion: 'enviar_fiscalia' })).status).toBe(200)
    const enviando = await envio(oficial.client)
    expect(enviando.headers.get('cache-control')).toBe('no-store')
    const body = await enviando.json()
    expect(body).toEqual({
      numero,
      estado: 'derivada',
      envio: {
        fiscalia: 'Fiscalía Regional Metropolitana Centro Norte',
        ruc: null,
        intentos: 0,
        recibidoAt: null,
        ultimoError: null,
      },
    })
    expect(JSON.stringify(body)).not.toMatch(/Valentina|88\.888/)
    expect(await lecturas()).toBe(antes)
    expect((await envio(oficialOtraUnidad)).status).toBe(404)
    expect((await envio(analista2)).status).toBe(200)
    expect((await jose.client.get(`/api/funcionarios/casos/${numero}/envio`)).status).toBe(403)
  })

  it('lets a case’s staff download one of its files, recorded as a read; not another unit’s, nor a file of another case', async () => {
    // In process a body carries no Content-Length of its own: given as a browser gives it.
    const uploads = uploadsOf(async (path, init = {}) => {
      const headers = new Headers(init.headers)
      if (init.body instanceof Uint8Array) headers.set('content-length', String(init.body.length))
      return t.app.request(path, { ...init, headers })
    }, valentina.cookie)
    const foto = fileOf('jpeg', 20_000)
    const { id } = await viewOf(await uploads.begin('foto-del-paradero.jpg', foto.length))
    const parte = await uploads.part(id, 0, foto)
    expect(parte.status, await parte.clone().text()).toBe(200)
    const numero = await nuevoCaso(t.ports, { userId: valentina.userId, comunaCut: '13101' })
    const caso = await casoRow(t.db, numero)
    const leidos = await readOne(t.db, archivosParaAdjuntar([id], caso.id))
    await runWrites(
      t.ports,
      adjuntarArchivos(leidos, caso.id, valentina.userId, { ahora: clock.now() }).writes,
    )
    await accion(analista.client, numero, { accion: 'derivar', unidad: 'DEMO-13101-1' })

    const url = `/api/funcionarios/casos/${numero}/archivos/${id}`
    const lecturas = async () =>
      (await t.db.select().from(auditLog).where(eq(auditLog.action, 'personal_data.viewed'))).length
    const antes = await lecturas()
    const bajada = await oficial.client.get(url)
    expect(bajada.status).toBe(200)
    expect(new Uint8Array(await bajada.arrayBuffer())).toEqual(foto)
    expect(bajada.headers.get('content-disposition')).toContain('attachment')
    expect(await lecturas()).toBe(antes + 1)
    // Another unit's officer, and a file of another case, are not found.
    expect((await oficialOtraUnidad.get(url)).status).toBe(404)
    const otro = await nuevoCaso(t.ports, { userId: valentina.userId, comunaCut: '13101' })
    expect((await analista.client.get(`/api/funcionarios/casos/${otro}/archivos/${id}`)).status).toBe(404)
    expect(await lecturas()).toBe(antes + 1)
  })

  it('shows staff a RUN only declared by an internal account as such', async () => {
    const declarada = await signedInCitizen(t)
    const me = await (await declarada.get('/api/me')).json()
    const numero = await nuevoCaso(t.ports, { userId: me.user.id, comunaCut: '13101' })
    const vista = await (await analista.client.get(`/api/funcionarios/casos/${numero}`)).json()
    expect(vista.titular).toMatchObject({ run: CITIZEN.run, identidad: 'declarada' })
  })

  it('counts every change in the figures as a recount of the cases finds them', async () => {
    const { kept, recounted } = await countersAndRecount(t.db)
    expect(kept.filter((line) => line.startsWith('denuncias|')).length).toBeGreaterThan(0)
    expect(kept).toEqual(recounted)
  })
})
