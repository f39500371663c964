import { useNavigate } from '@solidjs/router'
import { createEffect, createSignal, type JSX, Match, onMount, Switch } from 'solid-js'
import { loadMe } from '../cuenta/session.ts'
import type { Draft } from '../offline/draft.ts'
import { Gate } from './screen.tsx'

type Acceso = 'cargando' | 'ciudadano' | 'funcionario'

/**
 * A page of a citizen's form kept in a draft, for a signed-in citizen only: signed out, to the
 * sign-in and back to `returnTo`; staff are told to use a citizen's account. The draft on the
 * device is this citizen's: another citizen's answers left on it are dropped, never shown. `antes`
 * may send the citizen elsewhere first (a screener); a page the form does not have goes to its
 * first. The complaint's form and the family reunification's use it.
 *
 * @example
 * <FormularioCiudadano draft={draft} empty={empty} returnTo="/reclamos" primera="/reclamos/tipo"
 *   paso={() => PASOS.find((p) => p.id === props.id)} textos={{ cargando, titulo, cuerpo }}>
 *   {(paso) => <Pagina paso={paso} />}
 * </FormularioCiudadano>
 */
export function FormularioCiudadano<V extends Record<string, string> & { run: string }, P>(props: {
  draft: Draft<V>
  empty: V
  returnTo: string
  /** Where to go instead, once the draft is the citizen's (a screener not answered), or nothing. */
  antes?: () => string | undefined
  paso: () => P | undefined
  /** The form's first page, for a page it does not have. */
  primera: string
  textos: { cargando: string; titulo: string; cuerpo: string }
  children: (paso: P) => JSX.Element
}) {
  const navigate = useNavigate()
  const [acceso, setAcceso] = createSignal<Acceso>('cargando')
  onMount(async () => {
    const [user] = await Promise.all([loadMe(), props.draft.ready])
    if (user === null)
      return navigate(`/ingresar?returnTo=${encodeURIComponent(props.returnTo)}`, { replace: true })
    if (user?.kind === 'staff') return setAcceso('funcionario')
    const run = user?.run ?? ''
    const actual = props.draft.values().run
    if (run !== '' && actual !== run) {
      if (actual === '') props.draft.update('run', run)
      else props.draft.replace({ ...props.empty, run })
    }
    const otra = props.antes?.()
    if (otra) return navigate(otra, { replace: true })
    setAcceso('ciudadano')
  })
  createEffect(() => {
    if (acceso() === 'ciudadano' && !props.paso()) navigate(props.primera, { replace: true })
  })
  return (
    <Switch fallback={<p role="status">{props.textos.cargando}</p>}>
      <Match when={acceso() === 'funcionario'}>
        <Gate title={props.textos.titulo}>
          <p>{props.textos.cuerpo}</p>
        </Gate>
      </Match>
      <Match when={acceso() === 'ciudadano' && props.paso()} keyed>
        {(paso) => props.children(paso)}
      </Match>
    </Switch>
  )
}
