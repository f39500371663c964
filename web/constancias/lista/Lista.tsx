import { A } from '@solidjs/router'
import { For } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { paths } from '../constancias.tsx'
import type { ListaMessageKey } from './i18n/es.ts'
import { tv } from './i18n/index.ts'

/** The nine certificate types of the real service (seeds/comisaria-virtual-overview.txt), not built yet. */
const soon: { title: ListaMessageKey; desc: ListaMessageKey }[] = [
  { title: 'list.bomberos', desc: 'list.bomberos.desc' },
  { title: 'list.laboral', desc: 'list.laboral.desc' },
  { title: 'list.abandono', desc: 'list.abandono.desc' },
  { title: 'list.pension', desc: 'list.pension.desc' },
  { title: 'list.documentos', desc: 'list.documentos.desc' },
  { title: 'list.celular', desc: 'list.celular.desc' },
  { title: 'list.patente', desc: 'list.patente.desc' },
  { title: 'list.visitas', desc: 'list.visitas.desc' },
  { title: 'list.residencia', desc: 'list.residencia.desc' },
]

/** `/constancias`: the certificate types; "Constancias Votación" is the one available. */
export function Lista() {
  usePageTitle(() => tv('list.title'))
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tv('list.title')}
      </h1>
      <p class="lead">{tv('list.lead')}</p>
      <ul class="services">
        <li>
          <h2 class="heading-s">
            <A href={paths.info}>{tv('list.voto')}</A>
          </h2>
          <p>{tv('list.voto.desc')}</p>
        </li>
        <For each={soon}>
          {(type) => (
            <li>
              <h2 class="heading-s">{tv(type.title)}</h2>
              <p>{tv(type.desc)}</p>
              <strong class="tag">{tv('list.soon')}</strong>
            </li>
          )}
        </For>
      </ul>
    </>
  )
}
