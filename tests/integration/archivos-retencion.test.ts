import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { addCalendar, RETENCION } from '../../core/retention.ts'
import { archivos, casos, users } from '../../db/schema/index.ts'
import { adjuntarArchivos, archivosParaAdjuntar } from '../../worker/archivos/index.ts'
import { abrirCaso } from '../../worker/casos/abrir.ts'
import { applyRetention } from '../../worker/privacy/retention.ts'
import { readOne } from '../../worker/reads.ts'
import { runWrites } from '../../worker/writes.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { fileOf, uploadsOf, viewOf } from '../support/archivos.ts'
import { claveUnicaSessionCookie } from '../support/identity.ts'

const START = new Date('2026-11-23T12:00:00Z')
const MINUTE = 60_000

/** A citizen's calls to /api/archivos in-process, with the Content-Length a browser's fetch sets. */
function inProcess(t: Awaited<ReturnType<typeof testApp>>, cookie: string) {
  return uploadsOf(async (path, init = {}) => {
    const headers = new Headers(init.headers)
    if (init.body instanceof Uint8Array) headers.set('content-length', String(init.body.length))
    return t.app.request(path, { ...init, headers })
  }, cookie)
}

describe('the files’ clocks', () => {
  it('deletes an unfinished upload after a day, an unsent file after 30 days, a case’s files with its pseudonymisation: parts and rows', async () => {
    const clock = fixedClock(START)
    const t = await testApp({ clock })
    const cookie = await claveUnicaSessionCookie(t.db, '88888888-8')
    const userId = /cv_who=([^.]+)\./.exec(cookie)?.[1] ?? ''
    const uploads = inProcess(t, cookie)
    const upload = async (nombre: string, parts: number) => {
      const photo = fileOf('jpeg', 128 * 1024)
      const { id } = await viewOf(await uploads.begin(nombre, photo.length))
      for (let part = 0; part < parts; part += 1) {
        const at = part * 64 * 1024
        expect((await uploads.part(id, at, photo.slice(at, at + 64 * 1024))).status).toBe(200)
      }
      return id
    }
    const unfinished = await upload('a medias.jpg', 1)
    const unsent = await upload('sin enviar.jpg', 2)
    const sent = await upload('enviada.jpg', 2)
    const caso = abrirCaso(
      {
        servicio: 'denuncia',
        numero: 'RETENCION1',
        userId,
        estado: 'recibida',
        venceAt: null,
        at: START,
        comunaCut: '13101',
      },
      { cifras: false },
    )
    const leidos = await readOne(t.db, archivosParaAdjuntar([sent], null))
    await runWrites(t.ports, [
      ...caso.writes,
      ...adjuntarArchivos(leidos, caso.id, userId, { ahora: START }).writes,
    ])

    const kept = async () =>
      (await t.db.select({ id: archivos.id }).from(archivos)).map((row) => row.id).sort()
    const stored = (id: string) => existsSync(join(t.dir, 'files', 'archivos', id))
    const at = async (moment: Date) => {
      clock.set(moment)
      await applyRetention(t.ports)
    }

    await at(new Date(START.getTime() + 24 * 60 * MINUTE - MINUTE))
    expect(await kept()).toEqual([unfinished, unsent, sent].sort())
    await at(new Date(START.getTime() + 24 * 60 * MINUTE + MINUTE))
    expect(await kept()).toEqual([unsent, sent].sort())
    expect(stored(unfinished)).toBe(false)
    expect(stored(unsent)).toBe(true)

    const month = addCalendar(START, { dias: RETENCION.archivoSinEnviarDias })
    await at(new Date(month.getTime() - MINUTE))
    expect(await kept()).toEqual([unsent, sent].sort())
    await at(new Date(month.getTime() + MINUTE))
    expect(await kept()).toEqual([sent])
    expect(stored(unsent)).toBe(false)

    // The case closes; five years later its rule pseudonymises it, and its files go first.
    await t.db.update(casos).set({ cerradoAt: month }).where(eq(casos.id, caso.id))
    const purge = addCalendar(month, { anos: RETENCION.casoAnos })
    await at(new Date(purge.getTime() - MINUTE))
    expect(await kept()).toEqual([sent])
    expect(stored(sent)).toBe(true)
    await at(new Date(purge.getTime() + MINUTE))
    expect(await kept()).toEqual([])
    expect(stored(sent)).toBe(false)
    const [depurado] = await t.db.select().from(casos).where(eq(casos.id, caso.id))
    expect(depurado?.depuradoAt).not.toBeNull()
  })

  it('erases a citizen’s unsent uploads, parts and rows, with their account (Mis datos)', async () => {
    const t = await testApp()
    const cookie = await claveUnicaSessionCookie(t.db, '99999999-9')
    const uploads = inProcess(t, cookie)
    const photo = fileOf('jpeg', 70 * 1024)
    const { id } = await viewOf(await uploads.begin('foto.jpg', photo.length))
    expect((await uploads.part(id, 0, photo)).status).toBe(200)
    const erased = await t.app.request('/api/mis-datos/supresion', {
      method: 'POST',
      headers: { cookie, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      body: JSON.stringify({ confirmar: true }),
    })
    expect(erased.status).toBe(200)
    expect(await erased.json()).toMatchObject({ cuentaEliminada: true })
    expect(await t.db.select().from(archivos)).toEqual([])
    const userId = /cv_who=([^.]+)\./.exec(cookie)?.[1] ?? ''
    expect(await t.db.select().from(users).where(eq(users.id, userId))).toEqual([])
    expect(existsSync(join(t.dir, 'files', 'archivos', id))).toBe(false)
  })
})
