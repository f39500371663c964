import type { EscanerMessages } from './es.ts'

/** English words of the camera QR scanner, loaded on demand. */
export const messages: EscanerMessages = {
  'esc.start': 'Scan with the camera',
  'esc.cancel': 'Cancel',
  'esc.video': 'Camera view',
  'esc.starting': 'Opening the camera…',
  'esc.scanning': "Point the camera at the document's QR code. It is read automatically.",
  'esc.read': 'QR code read.',
  'esc.denied':
    "Permission to use the camera was not given. Allow it in the browser's settings, or type the document's code.",
  'esc.noCamera': "No camera was found on this device. Type the document's code.",
  'esc.unsupported': "This browser does not allow the camera to be used. Type the document's code.",
  'esc.failed': 'The camera could not be opened: another app may be using it. Close it and try again.',
  'esc.noDecoder':
    'The QR code reader could not be loaded. Connect to the internet and try again, or type the code.',
}
