import { Match, Show, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../../components/page.ts'
import { API, type SolicitudView } from '../../constancias.tsx'
import { tv } from './i18n/index.ts'

export { ready } from './i18n/index.ts'

/**
 * A request no longer pending: validated (with its PDF), refused (with the reason), or expired.
 * Its own chunk: the pending screen, the one most citizens land on, does not carry it.
 */
export function Resuelta(props: { view: SolicitudView }) {
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
