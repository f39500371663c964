import { Match, onCleanup, onMount, Switch } from 'solid-js'
import { screen, useSubpath } from '../components/lazy.ts'
import { NotFound } from '../components/NotFound.tsx'
import { locale } from '../i18n/index.ts'
import { salir } from './dispositivo.ts'
import { MOTIVOS, NUMERO, PASOS, PREGUNTAS, QUEUED } from './paginas.ts'

/*
 * The denuncias' entry (web/app.tsx registers one route, `/denuncias/*`): the screen for each path,
 * each group in a chunk of its own with its own words — the screener first (a first visit loads
 * only it), the form after it, the report's own pages apart — and, on every one of them, the quick
 * exit. Its paths are written again in the screens' modules, so that this chunk shares nothing
 * with theirs but dispositivo.ts; the service's styles come with the screens.
 */

const filtro = () => import('./filtro/pages.ts')
const formulario = () => import('./formulario/pages.ts')
const denuncia = () => import('./denuncia/pages.ts')

const Inicio = screen(filtro, (m) => m.Inicio)
const Pregunta = screen(filtro, (m) => m.Pregunta)
const Llame133 = screen(filtro, (m) => m.Llame133)
const Derivar = screen(filtro, (m) => m.Derivar)
const Paso = screen(formulario, (m) => m.Paso)
const EnEspera = screen(denuncia, (m) => m.EnEspera)
const Denuncia = screen(denuncia, (m) => m.Denuncia)

const PALABRAS = {
  es: { boton: 'Salir rápido', ayuda: 'o pulse Esc dos veces' },
  en: { boton: 'Exit quickly', ayuda: 'or press Esc twice' },
  ht: { boton: 'Soti vit', ayuda: 'oswa peze Esc de fwa' },
} as const

/** Two presses of Escape within this long leave the page. */
const DOBLE_ESC_MS = 1500

/**
 * GOV.UK's "Exit this page", on every denuncia page: a visible button at the top, and Escape
 * pressed twice. Its three words travel in this chunk: it must work before any screen has loaded.
 */
function SalirRapido() {
  let ultimo = 0
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    const now = performance.now()
    if (now - ultimo < DOBLE_ESC_MS) salir()
    ultimo = now
  }
  onMount(() => document.addEventListener('keydown', onKey))
  onCleanup(() => document.removeEventListener('keydown', onKey))
  const palabras = () => PALABRAS[locale()]
  return (
    <div class="dn-salir">
      <button type="button" class="button dn-salir__boton" onClick={salir}>
        {palabras().boton}
      </button>
      <span class="dn-salir__ayuda">{palabras().ayuda}</span>
    </div>
  )
}

/**
 * Every screen under `/denuncias`, chosen here so that the app registers one route for the whole
 * service and this folder owns its paths, with the quick exit above each.
 */
export function Denuncias() {
  const path = useSubpath('/denuncias')
  const otroCanal = () => /^otro-canal\/(\w+)$/.exec(path())?.[1]
  return (
    <>
      <SalirRapido />
      <Switch fallback={<NotFound />}>
        <Match when={path() === ''}>
          <Inicio />
        </Match>
        <Match when={PREGUNTAS.includes(path()) && path()}>{(id) => <Pregunta id={id()} />}</Match>
        <Match when={path() === 'llame-133'}>
          <Llame133 />
        </Match>
        <Match when={MOTIVOS.includes(otroCanal() ?? '') && otroCanal()}>
          {(motivo) => <Derivar motivo={motivo()} />}
        </Match>
        <Match when={PASOS.includes(path()) && path()}>{(id) => <Paso id={id()} />}</Match>
        <Match when={QUEUED.exec(path())?.[1]}>{(id) => <EnEspera id={id()} />}</Match>
        <Match when={NUMERO.test(path()) && path()}>{(numero) => <Denuncia numero={numero()} />}</Match>
      </Switch>
    </>
  )
}
