import { A } from '@solidjs/router'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { tri } from './i18n/index.ts'

/**
 * `/reclamos`: what a complaint is for, that the unit complained about never learns who complained,
 * the legal term of the answer, what to have at hand, and «Comenzar» (the form asks who is signed
 * in). A landing page: no form code, its words alone.
 */
export function Inicio() {
  usePageTitle(() => tri('inicio.title'))
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tri('inicio.title')}
      </h1>
      <p class="lead">{tri('inicio.lead')}</p>
      <h2>{tri('inicio.confidencial.title')}</h2>
      <p>{tri('inicio.confidencial')}</p>
      <h2>{tri('inicio.plazo.title')}</h2>
      <p>{tri('inicio.plazo')}</p>
      <h2>{tri('inicio.necesita.title')}</h2>
      <ul class="rc-lista">
        <li>{tri('inicio.necesita.cuando')}</li>
        <li>{tri('inicio.necesita.quien')}</li>
        <li>{tri('inicio.necesita.archivos')}</li>
      </ul>
      <p>{tri('inicio.delito')}</p>
      <p>{tri('inicio.ingresar')}</p>
      <A href="/reclamos/tipo" class="button-link button--start">
        {tri('inicio.comenzar')}
      </A>
    </>
  )
}
