import type { RouteSectionProps } from '@solidjs/router'
import { Show } from 'solid-js'
import { addServiceRoutes } from '../components/lazy.ts'
import { screen } from '../components/screen.tsx'
import { type TipoCertificado, tipoDeSlug } from './certificados/comun.ts'

/*
 * The Constancias service's routes, nested under `/constancias` (decision 0073). web/app.tsx loads
 * this module for `/constancias/*`; loading, it adds these routes to the router, which then picks
 * the screen; a path none of them defines stays `/constancias/*`'s: not found. Each screen is a
 * chunk of its own with its own words. The election's paths are constancias.tsx's `paths`, written
 * again here so that this chunk shares nothing with the election screens' module: a first visit to
 * the nine other constancias' pages does not download it.
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
// The guide «¿No podrá votar?» (issue 23): public, static words, a landing page of its own.
const Guia = screen(
  () => import('./no-podre-votar/pages.ts'),
  (m) => m.Guia,
)

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

/** A request's code as the API makes them: ten letters and digits. */
const CODE = /^[A-Za-z0-9]{10}$/
/** An outbox item's id. */
const ID = /^[\w-]{1,64}$/
/** An issued constancia's code. */
const CODIGO = /^[A-Za-z0-9]{4,20}$/
/** One of the nine, by its address (`extravio-celular`). */
const TIPO = (slug: string) => tipoDeSlug(slug) !== undefined

type Params = RouteSectionProps['params']
const tipoDe = (params: Params) => tipoDeSlug(params.tipo ?? '') as TipoCertificado

/**
 * A page of a type's form: a screen of its own per page (a new page, a new form state), as one
 * question per page expects — not one screen whose question changes under the citizen.
 */
function Paso(props: { params: Params; paso: string }) {
  return (
    <Show when={`${props.params.tipo}/${props.paso}`} keyed>
      <PasoCertificado tipo={tipoDe(props.params)} paso={props.paso} />
    </Show>
  )
}

addServiceRoutes({
  path: '/constancias',
  children: [
    { path: '/', component: Lista },
    {
      path: '/votacion',
      children: [
        { path: '/', component: Informacion },
        { path: '/aviso', component: Aviso },
        { path: '/formulario', component: Datos },
        { path: '/revisar', component: Revisar },
        {
          path: '/no-podre-votar',
          children: [
            { path: '/', component: () => <Guia paso="" /> },
            {
              // A page of its own per question and answer: a new page, a new choice. Which steps
              // exist is the guide's own (its pasos.ts; an unknown one is not found there), so that
              // this chunk, every constancias page's, does not carry its tree.
              path: '/:paso',
              matchFilters: { paso: /^[a-z0-9-]{1,40}$/ },
              component: (props: RouteSectionProps) => (
                <Show when={props.params.paso} keyed>
                  {(paso) => <Guia paso={paso} />}
                </Show>
              ),
            },
          ],
        },
        {
          path: '/envio/:id',
          matchFilters: { id: ID },
          component: (props: RouteSectionProps) => <EnEspera id={props.params.id ?? ''} />,
        },
        {
          path: '/:code',
          matchFilters: { code: CODE },
          component: (props: RouteSectionProps) => <Solicitud code={props.params.code ?? ''} />,
        },
      ],
    },
    {
      path: '/emitida/:codigo',
      matchFilters: { codigo: CODIGO },
      component: (props: RouteSectionProps) => <Emitida codigo={props.params.codigo ?? ''} />,
    },
    {
      path: '/envio/:id',
      matchFilters: { id: ID },
      component: (props: RouteSectionProps) => <EsperaCertificado id={props.params.id ?? ''} />,
    },
    {
      path: '/:tipo',
      matchFilters: { tipo: TIPO },
      children: [
        {
          path: '/',
          component: (props: RouteSectionProps) => (
            <Show when={props.params.tipo} keyed>
              <Tipo tipo={tipoDe(props.params)} />
            </Show>
          ),
        },
        {
          // A question's page, the first one (`formulario`) or check your answers (`revisar`).
          path: '/:paso',
          matchFilters: { paso: /^[a-z-]+$/ },
          component: (props: RouteSectionProps) => (
            <Paso params={props.params} paso={props.params.paso ?? ''} />
          ),
        },
        {
          // «Otra igual»: the answers of an earlier one.
          path: '/otra/:codigo',
          matchFilters: { codigo: CODIGO },
          component: (props: RouteSectionProps) => (
            <Paso params={props.params} paso={`otra/${props.params.codigo}`} />
          ),
        },
      ],
    },
  ],
})

export { NotFound } from '../components/NotFound.tsx'
