import type { ArchivosMessages } from './es.ts'

/** Haitian Creole words of the file upload component, loaded on demand. */
export const messages: ArchivosMessages = {
  'archivos.hint':
    'Jiska {max} fichye: foto (JPEG, PNG, WebP oswa HEIC), PDF oswa videyo (MP4, MOV oswa WebM), chak jiska {mb}.',
  'archivos.elegidos': 'Fichye ki mete yo',
  'archivos.quitar': 'Retire',
  'archivos.compartido':
    'Aparèy pataje: fichye ou yo pa anrejistre sou li. Yo monte depi ou chwazi yo; san koneksyon, yo tann nan paj sa a.',
  'archivos.estado.guardado': 'Anrejistre sou aparèy sa a',
  'archivos.estado.subiendo': 'Ap monte: {pct} %',
  'archivos.estado.subido': 'Monte',
  'archivos.estado.esperando': 'L ap monte lè koneksyon an tounen',
  'archivos.estado.enPagina': 'Nan paj sa a, pa anrejistre sou aparèy la',
  'archivos.estado.esperandoEnPagina': 'L ap monte lè koneksyon an tounen, si ou pa fèmen paj sa a',
  'archivos.error.cantidad': 'Ou ka mete {max} fichye pou pi plis: «{nombre}» pa t ajoute.',
  'archivos.error.grande':
    '«{nombre}» pi gwo pase {mb}: chwazi youn ki pi piti (yon videyo ki pi kout, pa egzanp).',
  'archivos.error.tipo':
    '«{nombre}» se pa yon foto (JPEG, PNG, WebP oswa HEIC), yon PDF ni yon videyo (MP4, MOV oswa WebM).',
  'archivos.error.vacio': '«{nombre}» vid.',
  'archivos.error.guardar': 'Nou pa t ka anrejistre «{nombre}» sou aparèy sa a: libere espas epi eseye ankò.',
}
