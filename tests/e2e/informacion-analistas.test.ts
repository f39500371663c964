import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openFileDatabase } from '../../db/open.ts'
import { mesaConClave } from '../support/informacion.ts'
import {
  DROGAS,
  hacerAnalista,
  inscribirse,
  inThreeLanguages,
  PERSONAS,
  usarEscena,
} from './support/informacion.ts'
import { lookAt } from './support/staff-pages.ts'

const { ana: ANA, beto: BETO } = PERSONAS
const FRASE = 'mi perro se llama Kaiser y ladra a las tres'

const escena = usarEscena()
const navegador = escena.navegador

describe('información anónima: the analysts’ keys in their browsers (decision 0049)', () => {
  it('an administrator puts two analysts on the drugs desk; Ana makes its key; Beto gets it from Ana’s «Pendientes»', async () => {
    const admin = await navegador('admin')
    await hacerAnalista(admin, ANA, DROGAS)
    await hacerAnalista(admin, BETO, DROGAS)
    await lookAt(admin, 'in-admin-mesas')

    // Ana enrols and gives the desk its first key, in her browser.
    const ana = await navegador('ana')
    await inscribirse(ana)
    await ana.getByText('La mesa aún no tiene clave').waitFor()
    await inThreeLanguages(ana, 'mi-clave')
    await ana.getByRole('link', { name: `Claves de la mesa ${DROGAS}` }).click()
    await ana.getByRole('button', { name: 'Crear la clave de la mesa (versión 1)' }).click()
    await ana.getByText('La mesa tiene la clave versión 1.').waitFor()
    await ana.getByText('Tiene la clave de la mesa (versión 1).').waitFor()
    await ana.getByText('Ningún colega espera la clave.').waitFor()

    // The desk now publishes a key a tipster's browser can encrypt to.
    const mesas = (await (await fetch(`${escena.origin()}/api/informacion/mesas`)).json()) as {
      id: string
      claveVersion: number | null
    }[]
    expect(mesas.find((m) => m.id === 'drogas')?.claveVersion).toBe(1)

    // Beto enrols: he waits, and Ana sees him pending under his key's fingerprint.
    const beto = await navegador('beto')
    const huellaBeto = await inscribirse(beto, FRASE)
    const [descarga] = await Promise.all([
      beto.waitForEvent('download'),
      beto.getByRole('link', { name: 'Descargar el archivo de recuperación' }).click(),
    ])
    const archivo = await descarga.path()
    await beto.getByRole('link', { name: `Claves de la mesa ${DROGAS}` }).click()
    await beto.getByText('Espera que un colega de la mesa le envuelva la clave (versión 1).').waitFor()
    await ana.reload()
    await ana.getByRole('heading', { name: `Beto Pino, con la clave ${huellaBeto}` }).waitFor()
    await ana.getByText('Versiones que le faltan: 1.').waitFor()
    await inThreeLanguages(ana, 'pendientes')
    await ana.getByRole('button', { name: 'Envolver la clave para este colega' }).click()
    await ana.getByText(`La clave quedó envuelta para el colega con la clave ${huellaBeto}.`).waitFor()
    await ana.getByText('Ningún colega espera la clave.').waitFor()

    // Beto's browser opens his copy with the key only it holds.
    await beto.reload()
    await beto.getByText('Tiene la clave de la mesa (versión 1).').waitFor()
    await lookAt(beto, 'in-mesa-beto')

    // On a new device Beto puts his key back from the recovery file: a wrong passphrase gets
    // nothing; the right one opens the desk's key again, nobody wrapping anew.
    const nuevo = await navegador('beto')
    await nuevo.goto('/funcionarios/informacion/mi-clave')
    await nuevo.getByText('Este equipo no tiene su clave.').waitFor()
    await nuevo.getByLabel('Archivo de recuperación').setInputFiles(archivo)
    await nuevo.getByLabel('Frase de recuperación', { exact: true }).fill('otra frase cualquiera')
    await nuevo.getByRole('button', { name: 'Recuperar mi clave' }).click()
    await nuevo.getByText('El archivo o la frase no sirven.').waitFor()
    await lookAt(nuevo, 'in-recuperar')
    await nuevo.getByLabel('Frase de recuperación', { exact: true }).fill(FRASE)
    await nuevo.getByRole('button', { name: 'Recuperar mi clave' }).click()
    await nuevo.getByText('Este equipo tiene de nuevo su clave.').waitFor()
    await nuevo.getByText(`Huella de su clave: ${huellaBeto}`).waitFor()
    await nuevo.getByText('Tiene la clave de la mesa (versión 1).').waitFor()

    // Ana rotates: the desk's analysts are listed with their keys (GET …/analistas), so the new
    // version is wrapped for Beto too, and his recovered device opens it.
    await ana.getByRole('button', { name: 'Rotar la clave de la mesa (crear la versión 2)' }).click()
    await ana.getByText('La mesa tiene la clave versión 2.').waitFor()
    await nuevo.reload()
    await nuevo.getByText('Tiene la clave de la mesa (versión 2).').waitFor()
  })

  it('an administrator renames OS-9’s unit from the desks’ page; the tipster’s start page names it', async () => {
    const NUEVO = 'OS-9 (Crimen Organizado y Antiterrorismo)'
    const admin = await navegador('admin')
    await admin.goto('/funcionarios')
    await admin.getByRole('link', { name: 'Mesas de información anónima' }).click()
    await admin.getByRole('heading', { name: 'Mesas de información anónima', level: 1 }).waitFor()
    // The drugs desk of the test above: its key's version and its two analysts.
    const drogas = admin.getByRole('region', { name: 'Drogas' })
    await drogas.getByText('Versión 2').waitFor()
    await drogas.getByText('Analistas').waitFor()
    const os9 = admin.getByRole('region', { name: 'Crimen organizado' })
    await os9.getByText('Sin clave todavía').waitFor()
    await inThreeLanguages(admin, 'mesas-admin')

    // Too short: refused, naming the field; then renamed.
    await os9.getByLabel('Unidad de la mesa').fill('OS')
    await os9.getByRole('button', { name: 'Guardar el nombre' }).click()
    await os9.getByText('«Unidad de la mesa» debe tener al menos 3 caracteres.').waitFor()
    await lookAt(admin, 'in-mesas-admin-error')
    await os9.getByLabel('Unidad de la mesa').fill(NUEVO)
    await os9.getByRole('button', { name: 'Guardar el nombre' }).click()
    await os9.getByText(`La mesa de Crimen organizado está ahora a cargo de ${NUEVO}.`).waitFor()
    await lookAt(admin, 'in-mesas-admin-hecho')

    // Its first key (made here as a browser of the desk would), and the tipster reads the new name.
    const { client, db } = await openFileDatabase(`file:${join(escena.dataDir(), 'comisaria.db')}`)
    try {
      await mesaConClave(db, 'crimen_organizado')
    } finally {
      client.close()
    }
    await admin.goto('/informacion')
    await admin.getByText(`La recibe: ${NUEVO}.`).waitFor()
  })
})
