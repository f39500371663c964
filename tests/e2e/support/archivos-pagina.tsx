/**
 * A page with nothing but the file upload component and a send button, for tests/e2e/archivos.test.ts
 * (built on the fly, served at the portal's origin by the test, never shipped): the component,
 * createArchivos and the outbox kit exactly as a form uses them. It sends to `/api/prueba-envio`,
 * which the test answers itself: no service takes files yet (the denuncia will).
 */
import { render } from 'solid-js/web'
import { createArchivos } from '../../../web/archivos/archivos.ts'
import { FileUpload, ready } from '../../../web/archivos/FileUpload.tsx'
import { startOutbox, submit } from '../../../web/offline/outbox-client.ts'

await ready
startOutbox()
const archivos = createArchivos('prueba')
await archivos.ready

render(
  () => (
    <main>
      <FileUpload id="archivos" label="Fotos, documentos o videos" archivos={archivos} />
      <button
        type="button"
        id="enviar"
        class="button"
        onClick={async () => {
          const item = await submit(
            'prueba',
            '/api/prueba-envio',
            { relato: 'Me robaron.' },
            'es',
            archivos.paraEnvio('archivos'),
          )
          await archivos.discard()
          document.body.dataset.enviado = item.id
        }}
      >
        Enviar
      </button>
    </main>
  ),
  document.body,
)
