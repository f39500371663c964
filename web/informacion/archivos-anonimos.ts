/**
 * A tipster's files from the picker to the server (decision 0046), without a framework: each file
 * checked (count, size, type by its first bytes), a photo cleaned of its metadata
 * (archivos-metadatos.ts) or re-encoded through a canvas (HEIC, where the browser can decode it),
 * encrypted under its own key (archivos-cifrado.ts), and uploaded, resuming after a bad link
 * (web/archivos/subida.ts) — one proof of work funding each batch of files chosen together. The
 * cleaning and the encryption load only when a file is chosen.
 */
import { MAX_ARCHIVOS, MAX_BYTES } from '../../worker/archivos/limites.ts'
import { BYTES_DE_CABECERA, detectarTipo, type TipoArchivo } from '../../worker/archivos/tipo.ts'
import type { Idioma } from './archivos-metadatos.ts'

/** A file as the sealed tip lists it (the notes' shape): all the analyst needs to decrypt and check it. */
export interface ArchivoDelTip {
  id: string
  nombre: string
  tipo: string
  bytes: number
  sha256: string
  clave: string
  quitado: string[]
}

/** Where one chosen file stands. */
export type EstadoAnonimo =
  | { kind: 'preparando' }
  | { kind: 'subiendo'; recibidos: number; total: number }
  | { kind: 'listo' }
  | { kind: 'rechazado'; motivo: string }

/** A chosen file, with what the tipster is told about it. */
export interface Elegido {
  local: string
  nombre: string
  bytes: number
  /** What was removed (a photo), in the tipster's words. */
  quitado: string[]
  /** For a document, audio or video: it may carry its author's name. */
  advertencia: string | null
  estado: EstadoAnonimo
  /** Once uploaded: what goes into the tip. */
  delTip?: ArchivoDelTip
}

const PALABRAS = {
  es: {
    demasiados: `Puede adjuntar hasta ${MAX_ARCHIVOS} archivos.`,
    grande: `Pesa más de ${MAX_BYTES / (1024 * 1024)} MB.`,
    tipo: 'No es una foto, un PDF ni un video que podamos recibir.',
    heic: 'Este navegador no puede leer fotos HEIC. En el iPhone, elija “Más compatible” en Ajustes > Cámara > Formatos, o envíe una captura de pantalla de la foto.',
    convertida: 'Todos los datos de la foto (se convirtió a JPEG)',
    advertencia:
      'No podemos quitar los datos de este tipo de archivo: puede contener el nombre de quien lo creó, del dispositivo o de la cuenta. Revíselo antes de enviarlo.',
    fallo: 'No se pudo enviar. Quítelo y vuelva a intentarlo.',
  },
  en: {
    demasiados: `You can attach up to ${MAX_ARCHIVOS} files.`,
    grande: `It is larger than ${MAX_BYTES / (1024 * 1024)} MB.`,
    tipo: 'It is not a photo, PDF or video we can receive.',
    heic: 'This browser cannot read HEIC photos. On an iPhone, choose “Most Compatible” in Settings > Camera > Formats, or send a screenshot of the photo.',
    convertida: 'All the photo’s data (it was converted to JPEG)',
    advertencia:
      'We cannot remove the data of this kind of file: it may hold the name of whoever made it, of the device or of the account. Check it before sending it.',
    fallo: 'It could not be sent. Remove it and try again.',
  },
  ht: {
    demasiados: `Ou ka mete jiska ${MAX_ARCHIVOS} fichye.`,
    grande: `Li pi gwo pase ${MAX_BYTES / (1024 * 1024)} MB.`,
    tipo: 'Se pa yon foto, yon PDF oswa yon videyo nou ka resevwa.',
    heic: 'Navigatè sa a pa ka li foto HEIC. Sou yon iPhone, chwazi “Pi konpatib” nan Paramèt > Kamera > Fòma, oswa voye yon kapti ekran foto a.',
    convertida: 'Tout done foto a (yo konvèti l an JPEG)',
    advertencia:
      'Nou pa ka retire done kalite fichye sa a: li ka gen non moun ki fè l, non aparèy la oswa non kont lan. Tcheke l anvan ou voye l.',
    fallo: 'Nou pa t ka voye l. Retire l epi eseye ankò.',
  },
} as const satisfies Record<Idioma, Record<string, string>>

const FOTOS: readonly string[] = ['image/jpeg', 'image/png', 'image/webp']

/** A HEIC/HEIF photo re-encoded as JPEG through a canvas, or null where the browser cannot decode it (Chromium, Firefox). */
async function reencodificar(archivo: Blob): Promise<Blob | null> {
  try {
    const bitmap = await createImageBitmap(archivo)
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0)
    bitmap.close()
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })
  } catch {
    return null
  }
}

/** A file ready to encrypt: the bytes to send, its type, what was removed, the warning. */
type Preparado =
  | { ok: true; contenido: Blob; tipo: TipoArchivo; quitado: string[]; advertencia: string | null }
  | { ok: false; motivo: string }

/**
 * Checks and cleans one chosen file, in the tipster's language.
 *
 * @example
 * const listo = await prepararArchivo(file, 'es')
 */
export async function prepararArchivo(archivo: File, idioma: Idioma): Promise<Preparado> {
  const p = PALABRAS[idioma]
  if (archivo.size > MAX_BYTES) return { ok: false, motivo: p.grande }
  const tipo = detectarTipo(new Uint8Array(await archivo.slice(0, BYTES_DE_CABECERA).arrayBuffer()))
  if (tipo === null) return { ok: false, motivo: p.tipo }
  if (FOTOS.includes(tipo)) {
    const { limpiarFoto } = await import('./archivos-metadatos.ts')
    const limpia = limpiarFoto(new Uint8Array(await archivo.arrayBuffer()), tipo, idioma)
    if (!limpia) return { ok: false, motivo: p.tipo }
    return {
      ok: true,
      contenido: new Blob([limpia.bytes], { type: tipo }),
      tipo,
      quitado: limpia.quitado,
      advertencia: null,
    }
  }
  if (tipo === 'image/heic' || tipo === 'image/heif') {
    const jpeg = await reencodificar(archivo)
    if (!jpeg) return { ok: false, motivo: p.heic }
    return { ok: true, contenido: jpeg, tipo: 'image/jpeg', quitado: [p.convertida], advertencia: null }
  }
  return { ok: true, contenido: archivo, tipo, quitado: [], advertencia: p.advertencia }
}

/** How the component reaches the server: the portal's origin, a solved proof of work per batch. */
export interface Conexion {
  origin: string
  /** A freshly solved `desafio` (web/informacion/desafio.ts `pagarDesafio`). */
  desafio: () => Promise<unknown>
  signal?: AbortSignal
}

/**
 * Prepares, encrypts and uploads the files chosen together, telling `cambio` every step: one
 * batch (one proof of work) for those that pass the checks. `ya` is how many the tip holds already.
 *
 * @example
 * await enviarElegidos([...input.files], 0, 'es', { origin: location.origin, desafio: pagarDesafio }, actualizar)
 */
export async function enviarElegidos(
  archivos: File[],
  ya: number,
  idioma: Idioma,
  conexion: Conexion,
  cambio: (elegido: Elegido) => void,
): Promise<void> {
  const p = PALABRAS[idioma]
  const elegidos = archivos.map(
    (archivo): Elegido => ({
      local: crypto.randomUUID(),
      nombre: archivo.name,
      bytes: archivo.size,
      quitado: [],
      advertencia: null,
      estado: { kind: 'preparando' },
    }),
  )
  const aviso = (elegido: Elegido, cambios: Partial<Elegido>) => {
    Object.assign(elegido, cambios)
    cambio({ ...elegido })
  }
  for (const elegido of elegidos) cambio({ ...elegido })
  const { cifrarArchivo } = await import('./archivos-cifrado.ts')
  const listos: { elegido: Elegido; tipo: string; cifrado: Awaited<ReturnType<typeof cifrarArchivo>> }[] = []
  for (const [i, archivo] of archivos.entries()) {
    const elegido = elegidos[i]
    if (!elegido) continue
    if (ya + listos.length >= MAX_ARCHIVOS) {
      aviso(elegido, { estado: { kind: 'rechazado', motivo: p.demasiados } })
      continue
    }
    const preparado = await prepararArchivo(archivo, idioma)
    if (!preparado.ok) {
      aviso(elegido, { estado: { kind: 'rechazado', motivo: preparado.motivo } })
      continue
    }
    aviso(elegido, {
      quitado: preparado.quitado,
      advertencia: preparado.advertencia,
      bytes: preparado.contenido.size,
    })
    listos.push({ elegido, tipo: preparado.tipo, cifrado: await cifrarArchivo(preparado.contenido) })
  }
  if (listos.length === 0) return
  const falla = () => {
    for (const { elegido } of listos) aviso(elegido, { estado: { kind: 'rechazado', motivo: p.fallo } })
  }
  const lote = await fetch(new URL(`/api/informacion/archivos?lang=${idioma}`, conexion.origin), {
    method: 'POST',
    credentials: 'omit',
    cache: 'no-store',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      desafio: await conexion.desafio(),
      archivos: listos.map(({ cifrado }) => ({ bytes: cifrado.fuente.size })),
    }),
  }).catch(() => null)
  if (lote?.status !== 201) return falla()
  const { archivos: subidas } = (await lote.json()) as { archivos: { id: string; token: string }[] }
  const { subirArchivo } = await import('../archivos/subida.ts')
  await Promise.all(
    listos.map(async ({ elegido, tipo, cifrado }, i) => {
      const subida = subidas[i]
      if (!subida) return aviso(elegido, { estado: { kind: 'rechazado', motivo: p.fallo } })
      const total = cifrado.fuente.size
      aviso(elegido, { estado: { kind: 'subiendo', recibidos: 0, total } })
      const resultado = await subirArchivo(
        cifrado.fuente,
        '',
        { id: subida.id },
        {
          origin: conexion.origin,
          ruta: '/api/informacion/archivos',
          credentials: 'omit',
          lang: idioma,
          headers: { authorization: `Bearer ${subida.token}` },
          onProgress: (recibidos) => aviso(elegido, { estado: { kind: 'subiendo', recibidos, total } }),
          ...(conexion.signal ? { signal: conexion.signal } : {}),
        },
      )
      if (resultado.kind !== 'done') return aviso(elegido, { estado: { kind: 'rechazado', motivo: p.fallo } })
      aviso(elegido, {
        estado: { kind: 'listo' },
        delTip: {
          id: subida.id,
          nombre: elegido.nombre,
          tipo,
          bytes: cifrado.bytes,
          sha256: cifrado.sha256,
          clave: cifrado.clave,
          quitado: elegido.quitado,
        },
      })
    }),
  )
}
