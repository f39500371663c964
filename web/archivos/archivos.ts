/**
 * A form's files (decision 0030): what the citizen chose, checked on the device by size and by
 * content (the server checks again), kept on the device, and uploaded at once while online — one
 * at a time, resuming after a drop. Whatever is not up yet when the form is sent goes with the
 * outbox item, which uploads it before sending (web/archivos/cola.ts). On a shared device
 * (decision 0036) nothing of them is written to the device: their bytes stay in the page, the
 * list of those whole on the server goes with the form's draft (web/archivos/borrador.ts).
 */
import { type Accessor, createEffect, createRoot, createSignal, on, untrack } from 'solid-js'
import { MAX_ARCHIVOS, MAX_BYTES } from '../../worker/archivos/limites.ts'
import { BYTES_DE_CABECERA, detectarTipo } from '../../worker/archivos/tipo.ts'
import { locale } from '../i18n/index.ts'
import type { OutboxFile } from '../offline/outbox.ts'
import type { ArchivoElegido } from './almacen.ts'
import { type ListaEnBorrador, listaDe, valorDe } from './borrador.ts'
import { ta } from './i18n/index.ts'
import { lugarDe } from './lugar.ts'
import { subirArchivo } from './subida.ts'

/** Where a chosen file stands, for its row in the list. */
export type EstadoArchivo =
  | { kind: 'guardado' }
  | { kind: 'subiendo'; recibidos: number }
  | { kind: 'subido' }
  | { kind: 'esperando' }

/** A problem with a file the citizen chose, in words that name it. */
export interface ProblemaArchivo {
  nombre: string
  message: string
}

export interface Archivos {
  /** The chosen files, in the order chosen, reactive. */
  lista: Accessor<ArchivoElegido[]>
  estado: (local: string) => EstadoArchivo
  /** The problems of the last files chosen (or refused by the server), reactive. */
  problemas: Accessor<ProblemaArchivo[]>
  /** Resolves once the saved list is read back. */
  ready: Promise<void>
  agregar: (files: readonly File[]) => Promise<void>
  quitar: (local: string) => Promise<void>
  /**
   * The files as the outbox item carries them (their ids go in `field`); the page's uploads stop.
   * Not on a shared device, where nothing is queued (decision 0036): see `enServidor`.
   */
  paraEnvio: (field: string) => OutboxFile[]
  /** The chosen files' ids once every one is whole on the server, else undefined (some still on their way). */
  enServidor: () => string[] | undefined
  /** Whether the device is shared: the files' bytes are in this page only, never on the device. Reactive. */
  compartido: Accessor<boolean>
  /** Forgets the list once the submission is queued (the item now holds the files' bytes). */
  discard: () => Promise<void>
}

const MB = `${MAX_BYTES / (1024 * 1024)} MB`
/** Failures in a row before the page waits for the `online` event (the outbox retries too). */
const INTENTOS = 3

/** Why a file cannot be attached, read on the device: too many, too large, empty, not an accepted type. */
async function problemaDe(file: File, count: number): Promise<string | undefined> {
  const nombre = file.name
  if (count >= MAX_ARCHIVOS) return ta('archivos.error.cantidad', { max: MAX_ARCHIVOS, nombre })
  if (file.size > MAX_BYTES) return ta('archivos.error.grande', { nombre, mb: MB })
  if (file.size === 0) return ta('archivos.error.vacio', { nombre })
  const head = new Uint8Array(await file.slice(0, BYTES_DE_CABECERA).arrayBuffer())
  return detectarTipo(head) ? undefined : ta('archivos.error.tipo', { nombre })
}

/**
 * The files of one form, kept on the device under `formId` until the form is sent. With
 * `borrador` (the form's draft, `enBorrador(draft, field)`), the list of files whole on the server
 * also goes with the draft — to the account, and to another device — and the draft's shared flag
 * keeps the bytes in the page.
 *
 * @example
 * const evidencia = createArchivos('denuncias', enBorrador(draft, 'archivos'))
 * <FileUpload id="archivos" label="Fotos, documentos o videos" archivos={evidencia} />
 * createReview({ …, files: () => evidencia.paraEnvio('archivos'), draft: { discard: () => Promise.all([draft.discard(), evidencia.discard()]).then(() => undefined) } })
 */
export function createArchivos(formId: string, borrador?: ListaEnBorrador): Archivos {
  const [lista, setLista] = createSignal<ArchivoElegido[]>([])
  const [estados, setEstados] = createSignal<Record<string, EstadoArchivo>>({})
  const [problemas, setProblemas] = createSignal<ProblemaArchivo[]>([])
  const uploads = new Map<string, AbortController>()
  let chain: Promise<unknown> = Promise.resolve()
  /** The outbox has the files (being sent): the page uploads no more. */
  let paused = false
  /** The submission is queued: the list is the outbox item's now. */
  let handedOver = false
  const compartido = () => borrador?.shared() ?? false
  const lugar = lugarDe(formId, compartido)
  /** The device's list has been read: the draft's may be weighed against it. */
  let leida = false
  /** The draft's answer as this page last wrote or took it: any other value came from elsewhere. */
  let visto: string | undefined
  const estado = (local: string): EstadoArchivo => estados()[local] ?? { kind: 'guardado' }

  const setEstado = (local: string, estado: EstadoArchivo) =>
    setEstados((current) => ({ ...current, [local]: estado }))
  /** The files whole on the server, to the draft (once it holds its stored copy: else it would win over it). */
  const alBorrador = () => {
    if (!borrador || handedOver || !leida || !untrack(borrador.loaded)) return
    const valor = valorDe(lista())
    const actual = untrack(borrador.valor)
    if (valor === actual || (actual === '' && valor === '[]')) return
    visto = valor
    borrador.escribir(valor)
  }
  const save = () => {
    alBorrador()
    return lugar.guardarLista(handedOver ? [] : lista()).catch(() => undefined)
  }
  const change = (local: string, update: Partial<ArchivoElegido>) => {
    setLista((current) => current.map((file) => (file.local === local ? { ...file, ...update } : file)))
    void save()
  }

  /** Uploads one file from the page; on a refusal it leaves the list, with the server's words. */
  const upload = async (file: ArchivoElegido) => {
    const current = lista().find((candidate) => candidate.local === file.local)
    if (!current || current.done || paused) return
    const blob = await lugar.leer(file.local)
    if (!blob) return
    const controller = new AbortController()
    uploads.set(file.local, controller)
    setEstado(file.local, { kind: 'subiendo', recibidos: 0 })
    const result = await subirArchivo(
      blob,
      current.nombre,
      { id: current.id, clave: current.local },
      {
        origin: location.origin,
        lang: locale(),
        intentos: INTENTOS,
        signal: controller.signal,
        onId: (id) => change(file.local, { id }),
        onProgress: (recibidos) => setEstado(file.local, { kind: 'subiendo', recibidos }),
      },
    )
    uploads.delete(file.local)
    if (result.kind === 'done') {
      change(file.local, { id: result.view.id, done: true })
      setEstado(file.local, { kind: 'subido' })
    } else if (result.kind === 'refused' && result.status !== 401) {
      const message = result.error?.fields?.[0]?.message ?? result.error?.message ?? current.nombre
      setProblemas((found) => [...found, { nombre: current.nombre, message }])
      await remove(file.local)
    } else {
      setEstado(file.local, { kind: 'esperando' })
    }
  }
  const queue = (file: ArchivoElegido) => {
    if (navigator.onLine === false) return setEstado(file.local, { kind: 'esperando' })
    chain = chain.then(() => upload(file)).catch(() => setEstado(file.local, { kind: 'esperando' }))
  }
  const remove = async (local: string) => {
    uploads.get(local)?.abort()
    setLista((current) => current.filter((file) => file.local !== local))
    await save()
    await lugar.olvidar([local]).catch(() => undefined)
  }

  /**
   * The draft's list (read from the device's copy or the account's, or changed in another tab)
   * says which files are whole on the server: those it lists stay or come, those it does not go;
   * files still on their way from this page stay.
   */
  const tomar = (valor: string) => {
    visto = valor
    if (valor === '') return alBorrador()
    const whole = listaDe(valor)
    const current = lista()
    const byId = new Map(current.flatMap((file) => (file.id ? [[file.id, file] as const] : [])))
    const next = [
      ...whole.map((file) => byId.get(file.id) ?? file),
      ...current.filter((file) => !file.done && !whole.some((w) => w.id === file.id)),
    ]
    const dropped = current.filter((file) => !next.includes(file)).map((file) => file.local)
    for (const local of dropped) uploads.get(local)?.abort()
    setLista(next)
    for (const file of next) if (file.done) setEstado(file.local, { kind: 'subido' })
    void save().then(() => lugar.olvidar(dropped).catch(() => undefined))
  }

  // The device's list, then where the bytes belong, then the draft's word — one after the other.
  let pasos: Promise<unknown> = Promise.resolve()
  const enOrden = (task: () => Promise<void>) => {
    pasos = pasos.then(task).catch(() => undefined)
    return pasos.then(() => undefined)
  }
  const ready = enOrden(async () => {
    const saved = await lugar.leerLista().catch(() => [])
    setLista(saved)
    for (const file of saved) setEstado(file.local, file.done ? { kind: 'subido' } : { kind: 'guardado' })
    if (compartido()) await lugar.aLaPagina(saved)
    leida = true
    if (borrador && untrack(borrador.loaded)) tomar(untrack(borrador.valor))
    for (const file of lista()) if (!file.done) queue(file)
  })
  if (borrador) {
    createRoot(() => {
      createEffect(
        on(
          borrador.shared,
          (shared) =>
            void enOrden(() =>
              shared ? lugar.aLaPagina(lista()) : lugar.alDispositivo(handedOver ? [] : lista()),
            ),
          { defer: true },
        ),
      )
      createEffect(() => {
        const valor = borrador.valor()
        if (borrador.loaded() && leida && valor !== visto) untrack(() => tomar(valor))
      })
    })
  }
  window.addEventListener('online', () => {
    for (const file of lista()) if (!file.done && estado(file.local).kind === 'esperando') queue(file)
  })

  return {
    lista,
    estado,
    problemas,
    ready,
    compartido,
    async agregar(files) {
      // Back to the form after a refusal, or a new one after sending: the page uploads again.
      paused = false
      handedOver = false
      const found: ProblemaArchivo[] = []
      for (const file of files) {
        const problema = await problemaDe(file, lista().length)
        if (problema) {
          found.push({ nombre: file.name, message: problema })
          continue
        }
        const chosen: ArchivoElegido = { local: crypto.randomUUID(), nombre: file.name, bytes: file.size }
        try {
          await lugar.guardar(chosen.local, file)
        } catch {
          found.push({ nombre: file.name, message: ta('archivos.error.guardar', { nombre: file.name }) })
          continue
        }
        setLista((current) => [...current, chosen])
        setEstado(chosen.local, { kind: 'guardado' })
        await save()
        queue(chosen)
      }
      setProblemas(found)
    },
    async quitar(local) {
      const file = lista().find((candidate) => candidate.local === local)
      await remove(local)
      setProblemas([])
      // Taken back from the server too, when it can be now; else its clock deletes it.
      if (file?.id && navigator.onLine !== false) {
        void fetch(`/api/archivos/${file.id}`, { method: 'DELETE', credentials: 'same-origin' }).catch(
          () => undefined,
        )
      }
    },
    paraEnvio(field) {
      paused = true
      for (const controller of uploads.values()) controller.abort()
      return lista().map((file) => ({ field, ...file }))
    },
    enServidor() {
      const chosen = lista()
      return chosen.every((file) => file.done && file.id)
        ? chosen.flatMap((file) => file.id ?? [])
        : undefined
    },
    async discard() {
      handedOver = true
      paused = true
      for (const controller of uploads.values()) controller.abort()
      const handed = lista().map((file) => file.local)
      setLista([])
      lugar.vaciar()
      await lugar.guardarLista([])
      // The bytes a queued item still has to upload stay; it forgets them once up (cola.ts).
      await lugar.olvidar(handed).catch(() => undefined)
    },
  }
}
