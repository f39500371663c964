import { createArchivos } from '../../archivos/archivos.ts'
import { enBorrador } from '../../archivos/borrador.ts'
import { FileUpload } from '../../archivos/FileUpload.tsx'
import { errorFor } from '../../forms/validate.ts'
import { td } from './i18n/index.ts'
import { Marco, type usePaso } from './marco.tsx'
import { draft, SERVICE_ID } from './respuestas.ts'

/**
 * The report's evidence (decision 0030): chosen, checked and kept on the device, uploaded at once
 * while online; what is not up when the report is sent goes with its outbox item, uploaded first.
 * The files up go with the draft (`archivos`); on a shared device their bytes stay in the page
 * (decision 0036).
 *
 * @example
 * submit(SERVICE_ID, API_URL, input, locale(), evidencia.paraEnvio('archivos'))
 */
export const evidencia = createArchivos(SERVICE_ID, enBorrador(draft, 'archivos'))

/** `/denuncias/archivos`: photos, videos or documents of what happened (optional). */
export function Evidencia(props: { paso: ReturnType<typeof usePaso> }) {
  return (
    <Marco paso={props.paso} titulo={td('archivos.title')} campoEsTitulo>
      <FileUpload
        id="archivos"
        label={td('archivos.title')}
        error={errorFor(props.paso.errors(), 'archivos')}
        archivos={evidencia}
        asHeading
      />
    </Marco>
  )
}
