/**
 * Spanish words of the file upload component (web/archivos/FileUpload.tsx): the reference for
 * en.ts and ht.ts. They load with the form that shows the component, never on a first visit.
 */
export const messages = {
  'archivos.hint':
    'Hasta {max} archivos: fotos (JPEG, PNG, WebP o HEIC), PDF o videos (MP4, MOV o WebM), de hasta {mb} cada uno.',
  'archivos.elegidos': 'Archivos adjuntos',
  'archivos.quitar': 'Quitar',
  'archivos.compartido':
    'Dispositivo compartido: sus archivos no se guardan en él. Se suben en cuanto los elige; sin conexión, esperan en esta página.',
  'archivos.estado.guardado': 'Guardado en este dispositivo',
  'archivos.estado.subiendo': 'Subiendo: {pct} %',
  'archivos.estado.subido': 'Subido',
  'archivos.estado.esperando': 'Se subirá cuando vuelva la conexión',
  'archivos.estado.enPagina': 'En esta página, sin guardar en el dispositivo',
  'archivos.estado.esperandoEnPagina': 'Se subirá cuando vuelva la conexión, si no cierra esta página',
  'archivos.error.cantidad': 'Puede adjuntar como máximo {max} archivos: «{nombre}» no se agregó.',
  'archivos.error.grande':
    '«{nombre}» pesa más de {mb}: elija uno más liviano (un video más corto, por ejemplo).',
  'archivos.error.tipo':
    '«{nombre}» no es una foto (JPEG, PNG, WebP o HEIC), un PDF ni un video (MP4, MOV o WebM).',
  'archivos.error.vacio': '«{nombre}» está vacío.',
  'archivos.error.guardar':
    'No se pudo guardar «{nombre}» en este dispositivo: libere espacio e inténtelo de nuevo.',
}

export type ArchivosMessages = typeof messages
