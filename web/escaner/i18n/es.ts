/**
 * Spanish words of the camera QR scanner (web/escaner): the reference for en.ts and ht.ts.
 * They travel in the scanner's own chunk, never in the shell.
 */
export const messages = {
  'esc.start': 'Escanear con la cámara',
  'esc.cancel': 'Cancelar',
  'esc.video': 'Imagen de la cámara',
  'esc.starting': 'Abriendo la cámara…',
  'esc.scanning': 'Apunte la cámara al código QR del documento. Se leerá solo.',
  'esc.read': 'Código QR leído.',
  'esc.denied':
    'No se dio permiso para usar la cámara. Permítalo en la configuración del navegador, o escriba el código del documento.',
  'esc.noCamera': 'No se encontró una cámara en este dispositivo. Escriba el código del documento.',
  'esc.unsupported': 'Este navegador no permite usar la cámara. Escriba el código del documento.',
  'esc.failed':
    'No se pudo abrir la cámara: puede que otra aplicación la esté usando. Ciérrela e intente de nuevo.',
  'esc.noDecoder':
    'No se pudo cargar el lector de códigos QR. Conéctese a internet e intente de nuevo, o escriba el código.',
}

export type EscanerKey = keyof typeof messages
export type EscanerMessages = Record<EscanerKey, string>
