import type { ErrorBody } from '../../../worker/errors.ts'
import { isErrorBody } from '../../forms/api.ts'
import { locale } from '../../i18n/index.ts'
import { FOTOS_API, fotoAnchoApi } from './api.ts'

/** The widths a memorial's photo is served at (worker/condolencias/fotos.ts `ANCHOS`). */
export const ANCHOS = [320, 640, 960] as const

/**
 * A photo drawn exactly `ancho` pixels wide, its height in proportion, as JPEG: the server takes
 * each width only at that width (decision 0065: Workers have no image library), so a 12-megapixel
 * phone picture becomes the ~100 kB a phone downloads.
 *
 * @example
 * const pequena = await dibujar(file, 320)
 */
export async function dibujar(imagen: Blob, ancho: number): Promise<Blob> {
  const bitmap = await createImageBitmap(imagen)
  try {
    const canvas = document.createElement('canvas')
    canvas.width = ancho
    canvas.height = Math.max(1, Math.round((bitmap.height * ancho) / bitmap.width))
    const context = canvas.getContext('2d')
    if (!context) throw new Error('canvas 2d')
    context.imageSmoothingQuality = 'high'
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/jpeg', 0.85),
    )
  } finally {
    bitmap.close()
  }
}

/** What became of a photo: its id (every width stored), not an image, or the server's refusal. */
export type FotoSubida =
  | { kind: 'ok'; foto: string }
  | { kind: 'imagen' }
  | { kind: 'error'; error: ErrorBody | undefined }

async function enviar(
  url: string,
  init: RequestInit,
): Promise<{ ok: true; body: unknown } | { ok: false; error: ErrorBody | undefined }> {
  try {
    const response = await fetch(`${url}?lang=${locale()}`, {
      credentials: 'same-origin',
      cache: 'no-store',
      ...init,
    })
    const body: unknown = await response.json().catch(() => undefined)
    return response.ok ? { ok: true, body } : { ok: false, error: isErrorBody(body) ? body : undefined }
  } catch {
    return { ok: false, error: undefined }
  }
}

/**
 * Draws a chosen photo at the three widths on this device, asks the server for a photo id, and
 * PUTs each width under it (`/api/admin/memoriales/fotos/:id/:ancho`); the memorial then names the id.
 *
 * @example
 * const subida = await subirFoto(input.files[0], setFase)
 * if (subida.kind === 'ok') body.foto = subida.foto
 */
export async function subirFoto(
  archivo: File,
  fase: (cual: 'preparando' | 'subiendo') => void,
): Promise<FotoSubida> {
  fase('preparando')
  let anchos: Blob[]
  try {
    anchos = await Promise.all(ANCHOS.map((ancho) => dibujar(archivo, ancho)))
  } catch {
    return { kind: 'imagen' }
  }
  fase('subiendo')
  const nueva = await enviar(FOTOS_API, { method: 'POST', headers: { accept: 'application/json' } })
  if (!nueva.ok) return { kind: 'error', error: nueva.error }
  const foto = (nueva.body as { foto: string }).foto
  for (const [i, ancho] of ANCHOS.entries()) {
    const puesta = await enviar(fotoAnchoApi(foto, ancho), {
      method: 'PUT',
      headers: { accept: 'application/json', 'content-type': 'image/jpeg' },
      body: anchos[i],
    })
    if (!puesta.ok) return { kind: 'error', error: puesta.error }
  }
  return { kind: 'ok', foto }
}
