import { A } from '@solidjs/router'
import { createSignal, For, Match, onMount, Show, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { ClaveUnicaButton } from '../../cuenta/ClaveUnicaButton.tsx'
import {
  dia,
  duracion,
  type Fase,
  type Ficha,
  fichaState,
  guardados,
  horaChile,
  loadFicha,
  type PermisoView,
  paths,
} from '../comun.ts'
import { tp } from './i18n/index.ts'

/** A comuna's phase in words: what it requires, since when (and until when). */
function faseTexto(fase: Fase): string {
  const cuando = fase.hasta
    ? tp('inicio.fase.hasta', { desde: dia(fase.desde), hasta: dia(fase.hasta) })
    : tp('inicio.fase.desde', { desde: dia(fase.desde) })
  return `${tp(fase.fase === 'cuarentena' ? 'inicio.fase.cuarentena' : 'inicio.fase.transicion')}, ${cuando}.`
}

/** The comunas under restriction and the permit types, as the signed-in citizen's ficha has them. */
function Restricciones(props: { ficha: Ficha }) {
  return (
    <>
      <Show when={props.ficha.fases.length > 0} fallback={<p>{tp('inicio.where.none')}</p>}>
        <ul class="pm-list">
          <For each={props.ficha.fases}>
            {(fase) => (
              <li>
                <strong>{fase.comuna}</strong> — {faseTexto(fase)}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h2>{tp('inicio.types.title')}</h2>
      <ul class="pm-list">
        <For each={props.ficha.tipos}>
          {(tipo) => (
            <li>
              <strong>{tipo.nombre}</strong>:{' '}
              {tp('inicio.type', {
                duracion: duracion(tipo.duracionMaxMin),
                desde: tipo.horaDesde,
                hasta: tipo.horaHasta,
                usados: tipo.usadosSemana,
                cupo: tipo.cupoSemanal,
              })}
            </li>
          )}
        </For>
      </ul>
    </>
  )
}

/** The permits kept on this device that are still of use, linked: the way to them with no network. */
function Guardados(props: { permisos: PermisoView[] }) {
  return (
    <Show when={props.permisos.length > 0}>
      <h2>{tp('inicio.kept.title')}</h2>
      <ul class="pm-list">
        <For each={props.permisos}>
          {(permiso) => (
            <li>
              <A href={paths.permiso(permiso.code)}>{permiso.code}</A>:{' '}
              {tp('inicio.kept.item', {
                tipo: permiso.tipo.nombre,
                comuna: permiso.comuna.nombre,
                desde: horaChile(permiso.inicio),
                hasta: horaChile(permiso.fin).slice(11),
              })}
            </li>
          )}
        </For>
      </ul>
      <p>
        <A href="/mis-tramites">{tp('inicio.mine')}</A>
      </p>
    </Show>
  )
}

/**
 * `/permisos`: what a permit is, where one is needed now (from the ficha, once signed in with
 * ClaveÚnica), what to have at hand, and the way in. A landing page: no form code.
 */
export function Inicio() {
  usePageTitle(() => tp('inicio.title'))
  const [kept, setKept] = createSignal<PermisoView[]>([])
  onMount(() => {
    void loadFicha()
    void guardados().then((all) => setKept(all.filter((permiso) => Date.parse(permiso.fin) > Date.now())))
  })
  const ficha = () => {
    const state = fichaState()
    return state.kind === 'ready' ? state.ficha : undefined
  }
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tp('inicio.title')}
      </h1>
      <p class="lead">{tp('inicio.lead')}</p>
      <Guardados permisos={kept()} />
      <h2>{tp('inicio.where.title')}</h2>
      <p>{tp('inicio.where.rule')}</p>
      <Switch fallback={<p role="status">{tp('inicio.where.loading')}</p>}>
        <Match when={ficha()}>{(found) => <Restricciones ficha={found()} />}</Match>
        <Match when={fichaState().kind === 'offline'}>
          <p>{tp('inicio.where.offline')}</p>
        </Match>
        <Match when={fichaState().kind !== 'loading'}>
          <p>{tp('inicio.where.signedOut')}</p>
        </Match>
      </Switch>
      <h2>{tp('inicio.need.title')}</h2>
      <ul class="list pm-measure">
        <li>{tp('inicio.need.claveunica')}</li>
        <li>{tp('inicio.need.cedula')}</li>
        <li>{tp('inicio.need.destino')}</li>
      </ul>
      <div class="inset">
        <p>{tp('inicio.show')}</p>
      </div>
      <Switch fallback={<ClaveUnicaButton returnTo={paths.form} />}>
        <Match when={ficha()}>
          {(found) => (
            <>
              <p>{tp('inicio.signedIn', { name: found().titular.nombre })}</p>
              <A href={paths.form} class="button-link button--start">
                {tp('inicio.start')}
              </A>
            </>
          )}
        </Match>
        <Match when={fichaState().kind === 'self'}>
          <p class="pm-strong">{tp('inicio.self')}</p>
          <ClaveUnicaButton returnTo={paths.form} />
        </Match>
        <Match when={fichaState().kind === 'offline' || fichaState().kind === 'loading'}>
          <A href={paths.form} class="button-link button--start">
            {tp('inicio.start')}
          </A>
        </Match>
      </Switch>
    </>
  )
}
