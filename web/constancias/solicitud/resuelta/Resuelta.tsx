import { Match, Show, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../../components/page.ts'
import { API, type Eleccion, type SolicitudView } from '../../constancias.tsx'
import { AunPuede, ready as aunPuedeReady } from '../../rechazo/AunPuede.tsx'
import { ready as palabras, tv } from './i18n/index.ts'

/** Resolves once this chunk's words, and those of what a rejection still allows, are in. */
export const ready = Promise.all([palabras, aunPuedeReady])

/**
 * A request no longer pending: validated (with its PDF), refused (with the reason and what the
 * citizen can still do that day), or expired. Its own chunk: the pending screen, the one most
 * citizens land on, does not carry it.
 */
export function Resuelta(props: { view: SolicitudView; eleccion: Eleccion | undefined }) {
  usePageTitle(() =>
    tv(
      props.view.estado === 'validada'
        ? 'done.validada.title'
        : props.view.estado === 'rechazada'
          ? 'done.rechazada.title'
          : 'done.vencida.title',
    ),
  )
  return (
    <Switch>
      <Match when={props.view.estado === 'validada'}>
        <div class="panel">
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tv('done.validada.title')}
          </h1>
          <p class="panel__ref">{props.view.code}</p>
        </div>
        <p>{tv('done.validada.body')}</p>
        <p>
          <a
            href={API.pdf(props.view.code)}
            class="button-link"
            download={`constancia-${props.view.code}.pdf`}
          >
            {tv('done.validada.pdf')}
          </a>
        </p>
      </Match>
      <Match when={props.view.estado === 'rechazada'}>
        <h1 tabindex="-1" ref={focusOnNavigation}>
          {tv('done.rechazada.title')}
        </h1>
        <p>{tv('done.rechazada.body')}</p>
        <Show when={props.view.motivoRechazo}>
          {(motivo) => <p>{tv('done.rechazada.reason', { motivo: motivo() })}</p>}
        </Show>
        <AunPuede view={props.view} eleccion={props.eleccion} />
      </Match>
      <Match when={props.view.estado === 'vencida'}>
        <h1 tabindex="-1" ref={focusOnNavigation}>
          {tv('done.vencida.title')}
        </h1>
        <p>{tv('done.vencida.body')}</p>
      </Match>
    </Switch>
  )
}
