import type { ArchivosMessages } from './es.ts'

/** English words of the file upload component, loaded on demand. */
export const messages: ArchivosMessages = {
  'archivos.hint':
    'Up to {max} files: photos (JPEG, PNG, WebP or HEIC), PDFs or videos (MP4, MOV or WebM), each up to {mb}.',
  'archivos.elegidos': 'Attached files',
  'archivos.quitar': 'Remove',
  'archivos.compartido':
    'Shared device: your files are not saved on it. They upload as soon as you choose them; with no connection, they wait in this page.',
  'archivos.estado.guardado': 'Saved on this device',
  'archivos.estado.subiendo': 'Uploading: {pct}%',
  'archivos.estado.subido': 'Uploaded',
  'archivos.estado.esperando': 'It will upload when the connection is back',
  'archivos.estado.enPagina': 'In this page, not saved on the device',
  'archivos.estado.esperandoEnPagina':
    'It will upload when the connection is back, if you keep this page open',
  'archivos.error.cantidad': 'You can attach at most {max} files: “{nombre}” was not added.',
  'archivos.error.grande':
    '“{nombre}” is larger than {mb}: choose a smaller one (a shorter video, for instance).',
  'archivos.error.tipo':
    '“{nombre}” is not a photo (JPEG, PNG, WebP or HEIC), a PDF or a video (MP4, MOV or WebM).',
  'archivos.error.vacio': '“{nombre}” is empty.',
  'archivos.error.guardar': '“{nombre}” could not be saved on this device: free some space and try again.',
}
