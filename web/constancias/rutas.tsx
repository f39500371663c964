import { useLocation } from '@solidjs/router'
import { Match, Switch } from 'solid-js'
import { NotFound } from '../components/NotFound.tsx'
import { screen } from '../components/screen.tsx'
import { type TipoCertificado, tipoDeSlug } from './certificados/comun.ts'

/*
 * The Constancias service's entry (web/app.tsx registers one route, `/constancias/*`): the screen
 * for each path, each loaded in a chunk of its own with its own words. The election's paths are
 * constancias.tsx's `paths`, written again here so that this chunk shares nothing with the election
 * screens' module: a first visit to the nine other constancias' pages does not download it.
 */

// Chunks of their own, so that every page a citizen may land on first (the information page,
// ClaveÚnica's return, the e-mail's link, a reload of the form) stays within the first-visit budget.
const lista = () => import('./lista/pages.ts')
const informacion = () => import('./informacion/pages.ts')
const aviso = () => import('./tramite/aviso.ts')
const formulario = () => import('./formulario/formulario.ts')
const revisar = () => import('./formulario/revisar.ts')
const solicitud = () => import('./solicitud/pages.ts')

const Lista = screen(lista, (m) => m.Lista)
const Informacion = screen(informacion, (m) => m.Informacion)
const Aviso = screen(aviso, (m) => m.Aviso)
const Datos = screen(formulario, (m) => m.Datos)
const Revisar = screen(revisar, (m) => m.Revisar)
const EnEspera = screen(revisar, (m) => m.EnEspera)
const Solicitud = screen(solicitud, (m) => m.Solicitud)

// The nine constancias issued at once (certificados/): a type's page and an issued constancia are
// landing pages, each its own chunk; the form (its questions, the types' definitions) loads only
// when one of its pages is opened.
const tipo = () => import('./certificados/tipo/pages.ts')
const formularioCertificado = () => import('./certificados/formulario/pages.ts')
const emitida = () => import('./certificados/emitida/pages.ts')

const Tipo = screen(tipo, (m) => m.Tipo)
const PasoCertificado = screen(formularioCertificado, (m) => m.Paso)
const EsperaCertificado = screen(formularioCertificado, (m) => m.EnEspera)
const Emitida = screen(emitida, (m) => m.Emitida)

const VOTACION = '/constancias/votacion'
/** A request's code as the API makes them: ten letters and digits. */
const CODE = /^\/constancias\/votacion\/([A-Za-z0-9]{10})$/
const QUEUED = /^\/constancias\/votacion\/envio\/([\w-]{1,64})$/
/** One of the nine: its page, or a page of its form (`<tipo>/<paso>`, `<tipo>/otra/<código>`). */
const CERTIFICADO = /^\/constancias\/([a-z-]+)(?:\/([a-z-]+|otra\/[A-Za-z0-9]{4,20}))?$/
const EMITIDA = /^\/constancias\/emitida\/([A-Za-z0-9]{4,20})$/
const ESPERA = /^\/constancias\/envio\/([\w-]{1,64})$/

/** The type and the page of a path under `/constancias/<tipo>`, when it names one of the nine. */
function certificado(path: string): { tipo: TipoCertificado; paso?: string } | undefined {
  const [, nombre = '', paso] = CERTIFICADO.exec(path) ?? []
  const found = tipoDeSlug(nombre)
  return found ? { tipo: found, paso } : undefined
}

/**
 * Every screen under `/constancias`, chosen here so that the app registers one route for the
 * whole service (`/constancias/*`) and this folder owns its paths.
 */
export function Constancias() {
  const location = useLocation()
  const path = () => location.pathname.replace(/\/+$/, '')
  return (
    <Switch fallback={<NotFound />}>
      <Match when={path() === '/constancias'}>
        <Lista />
      </Match>
      <Match when={path() === VOTACION}>
        <Informacion />
      </Match>
      <Match when={path() === `${VOTACION}/aviso`}>
        <Aviso />
      </Match>
      <Match when={path() === `${VOTACION}/formulario`}>
        <Datos />
      </Match>
      <Match when={path() === `${VOTACION}/revisar`}>
        <Revisar />
      </Match>
      <Match when={QUEUED.exec(path())?.[1]}>{(id) => <EnEspera id={id()} />}</Match>
      <Match when={CODE.exec(path())?.[1]}>{(code) => <Solicitud code={code()} />}</Match>
      <Match when={EMITIDA.exec(path())?.[1]}>{(codigo) => <Emitida codigo={codigo()} />}</Match>
      <Match when={ESPERA.exec(path())?.[1]}>{(id) => <EsperaCertificado id={id()} />}</Match>
      <Match when={certificado(path())} keyed>
        {(found) =>
          found.paso ? <PasoCertificado tipo={found.tipo} paso={found.paso} /> : <Tipo tipo={found.tipo} />
        }
      </Match>
    </Switch>
  )
}
