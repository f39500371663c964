/**
 * Citizens' files, for the services that take them (denuncias, complaints, answers to staff's
 * questions): the read and the writes that attach a submission's files to its case, and the
 * case's reads of them. The upload itself is `/api/archivos` (route.ts); decision 0030.
 */
export {
  type Adjuntables,
  type Adjunto,
  adjuntarArchivos,
  archivosParaAdjuntar,
  conflictoDeAdjuntos,
} from './adjuntar.ts'
export { type ArchivoDeCaso, archivosDeCaso, leerArchivo, respuestaDeArchivo } from './leer.ts'
export { MAX_ARCHIVOS, MAX_BYTES } from './limites.ts'
