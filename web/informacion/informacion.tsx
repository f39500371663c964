import { useLocation } from '@solidjs/router'
import { Match, onCleanup, onMount, Show, Switch } from 'solid-js'
import { screen } from '../components/lazy.ts'
import { NotFound } from '../components/NotFound.tsx'
import { locale } from '../i18n/index.ts'
import { avisoCola, vigilarSalida } from './estado.ts'
import { esCategoria } from './preguntas.ts'
import { paths, VOLVER_PATH } from './rutas.ts'

/*
 * Información anónima's entry (web/app.tsx registers one route, `/informacion/*`): the start page
 * in a chunk of its own, the questions and check-your-answers in another, the files' page, the
 * receipt and the way back (`VOLVER_PATH`) each in theirs.
 * The cryptography loads only at send (web/informacion/enviar.ts).
 */

const Inicio = screen(
  () => import('./Inicio.tsx'),
  (m) => m.Inicio,
)
const Pregunta = screen(
  () => import('./Formulario.tsx'),
  (m) => m.PreguntaPagina,
)
const Revisar = screen(
  () => import('./Formulario.tsx'),
  (m) => m.Revisar,
)
const Archivos = screen(
  () => import('./Archivos.tsx'),
  (m) => m.ArchivosPagina,
)
const Volver = screen(
  () => import('./Volver.tsx'),
  (m) => m.Volver,
)
const Recibo = screen(
  () => import('./Recibo.tsx'),
  (m) => m.Recibo,
)

/**
 * A tip queued on an earlier visit (decision 0045 §13) is sent from these pages: the queue's code
 * loads only when the outbox's database exists (listing databases creates none).
 */
async function mirarCola(): Promise<void> {
  const bases = await indexedDB.databases().catch(() => [])
  if (!bases.some((base) => base.name === 'comisaria-outbox')) return
  const { vigilarCola } = await import('./cola.ts')
  vigilarCola(locale())
}

const PREGUNTA = /^\/informacion\/([a-z_]+)\/(\d{1,2})$/

/** Every screen under `/informacion`; the draft in memory asks before the page is left. */
export function Informacion() {
  const location = useLocation()
  const path = () => location.pathname.replace(/\/+$/, '')
  onMount(() => {
    vigilarSalida()
    // The footer's "drafts are kept on this device" is not true here (styles.css hides it).
    document.documentElement.classList.add('sin-rastro')
    void mirarCola()
  })
  onCleanup(() => document.documentElement.classList.remove('sin-rastro'))
  const pregunta = () => {
    const m = PREGUNTA.exec(path())
    const categoria = m?.[1]
    return esCategoria(categoria) ? { categoria, paso: Number(m?.[2]) } : undefined
  }
  return (
    <>
      <Show when={avisoCola()}>
        {(aviso) => (
          <p class="inset" role="status">
            {aviso()}
          </p>
        )}
      </Show>
      <Switch fallback={<NotFound />}>
        <Match when={path() === paths.start}>
          <Inicio />
        </Match>
        <Match when={path() === paths.review}>
          <Revisar />
        </Match>
        <Match when={path() === paths.archivos}>
          <Archivos />
        </Match>
        <Match when={path() === VOLVER_PATH}>
          <Volver />
        </Match>
        <Match when={path() === paths.recibo}>
          <Recibo />
        </Match>
        <Match when={pregunta()} keyed>
          {(p) => <Pregunta categoria={p.categoria} paso={p.paso} />}
        </Match>
      </Switch>
    </>
  )
}
