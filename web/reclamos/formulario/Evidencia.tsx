import { createArchivos } from '../../archivos/archivos.ts'
import { enBorrador } from '../../archivos/borrador.ts'
import { FileUpload } from '../../archivos/FileUpload.tsx'
import { errorFor } from '../../forms/validate.ts'
import { tr } from '../i18n/index.ts'
import { Marco, type Paso } from './marco.tsx'
import { draft, SERVICE_ID } from './respuestas.ts'

/*
 * The evidence page and its upload, in a chunk of their own: only the evidence page and the review
 * (which lists the files and sends them) load it, so the other questions do not carry the upload.
 */

/** The file upload's words, in the current language (the page waits for them). */
export { ready, tamano } from '../../archivos/FileUpload.tsx'

/**
 * The complaint's evidence (decision 0030), the denuncias' resumable hashed upload: chosen,
 * checked and kept on the device, uploaded at once while online; what is not up when the complaint
 * is sent goes with its outbox item, uploaded first.
 *
 * @example
 * submit(SERVICE_ID, API_URL, input, locale(), evidencia.paraEnvio('archivos'))
 */
export const evidencia = createArchivos(SERVICE_ID, enBorrador(draft, 'archivos'))

/** `/reclamos/archivos`: photos, videos or documents (optional), uploaded resumably. */
export function Evidencia(props: { paso: Paso }) {
  return (
    <Marco paso={props.paso} titulo={tr('archivos.title')} campoEsTitulo>
      <FileUpload
        id="archivos"
        label={tr('archivos.title')}
        error={errorFor(props.paso.errors(), 'archivos')}
        archivos={evidencia}
        asHeading
      />
    </Marco>
  )
}
