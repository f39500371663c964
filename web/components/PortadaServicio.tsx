import { A } from '@solidjs/router'
import { For } from 'solid-js'
import { focusOnNavigation, usePageTitle } from './page.ts'

/**
 * A service's landing page: its title and lead, its sections (a heading and a paragraph each),
 * what to have at hand, a few closing paragraphs, and «Comenzar». Its words alone: a landing page
 * within the first-visit budget. The complaints' and the family reunification's use it.
 *
 * @example
 * <PortadaServicio titulo={tri('inicio.title')} lead={tri('inicio.lead')} secciones={[…]}
 *   necesita={{ titulo: tri('inicio.necesita.title'), items: […] }} notas={[…]}
 *   href="/reclamos/tipo" comenzar={tri('inicio.comenzar')} />
 */
export function PortadaServicio(props: {
  titulo: string
  lead: string
  secciones: { titulo: string; texto: string }[]
  necesita: { titulo: string; items: string[] }
  /** The class of the list of what to have at hand (the service's stylesheet). */
  claseLista: string
  notas: string[]
  href: string
  comenzar: string
}) {
  usePageTitle(() => props.titulo)
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {props.titulo}
      </h1>
      <p class="lead">{props.lead}</p>
      <For each={props.secciones}>
        {(seccion) => (
          <>
            <h2>{seccion.titulo}</h2>
            <p>{seccion.texto}</p>
          </>
        )}
      </For>
      <h2>{props.necesita.titulo}</h2>
      <ul class={props.claseLista}>
        <For each={props.necesita.items}>{(item) => <li>{item}</li>}</For>
      </ul>
      <For each={props.notas}>{(nota) => <p>{nota}</p>}</For>
      <A href={props.href} class="button-link button--start">
        {props.comenzar}
      </A>
    </>
  )
}
