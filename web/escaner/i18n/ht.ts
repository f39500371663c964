import type { EscanerMessages } from './es.ts'

/** Haitian Creole words of the camera QR scanner, loaded on demand. */
export const messages: EscanerMessages = {
  'esc.start': 'Eskane ak kamera a',
  'esc.cancel': 'Anile',
  'esc.video': 'Imaj kamera a',
  'esc.starting': 'N ap louvri kamera a…',
  'esc.scanning': 'Mete kamera a sou kòd QR dokiman an. L ap li l poukont li.',
  'esc.read': 'Kòd QR la li.',
  'esc.denied':
    'Ou pa t bay pèmisyon pou itilize kamera a. Pèmèt li nan paramèt navigatè a, oswa ekri kòd dokiman an.',
  'esc.noCamera': 'Nou pa jwenn okenn kamera sou aparèy sa a. Ekri kòd dokiman an.',
  'esc.unsupported': 'Navigatè sa a pa pèmèt itilize kamera a. Ekri kòd dokiman an.',
  'esc.failed': 'Nou pa t ka louvri kamera a: petèt yon lòt aplikasyon ap itilize l. Fèmen l epi eseye ankò.',
  'esc.noDecoder': 'Nou pa t ka chaje lektè kòd QR la. Konekte sou entènèt epi eseye ankò, oswa ekri kòd la.',
}
