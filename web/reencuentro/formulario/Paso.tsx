import { useLocation, useNavigate } from '@solidjs/router'
import { type Component, createEffect, createSignal, lazy, Match, onMount, Switch } from 'solid-js'
import { type PasoDe, usePasoDe } from '../../components/pasos.tsx'
import { Gate } from '../../components/screen.tsx'
import { loadMe } from '../../cuenta/session.ts'
import { tre } from '../i18n/index.ts'
import { formulario } from './marco.ts'
import { Contacto, Familiar, Mensaje, Motivo, Relacion, Ultimo } from './Preguntas.tsx'
import { draft, empty, PASOS, type PasoForm } from './respuestas.ts'

// The review (the outbox's client) loads when reached: the questions do not carry it.
const Revisar = lazy(() => import('./Revisar.tsx').then((m) => ({ default: m.Revisar })))

/** Each page of the form by its step (respuestas.ts `PASOS` has what each asks, in order). */
const PAGINAS: Record<string, Component<{ paso: PasoDe }>> = {
  familiar: Familiar,
  relacion: Relacion,
  ultimo: Ultimo,
  motivo: Motivo,
  mensaje: Mensaje,
  contacto: Contacto,
  revisar: Revisar,
}

function Pagina(props: { paso: PasoForm }) {
  const paso = usePasoDe(formulario, props.paso)
  const Vista = PAGINAS[props.paso.id]
  return Vista ? <Vista paso={paso} /> : null
}

type Acceso = 'cargando' | 'ciudadano' | 'funcionario'

/**
 * `/reencuentro/<paso>`: a page of the form, for a signed-in citizen only (signed out, to the
 * sign-in and back to the screener; staff are told to use a citizen's account). The screener's «No»
 * arrives with `?peligro=no`, kept with the draft; a page reached without it goes to the screener.
 * The draft on the device is this citizen's: another citizen's answers left on it are dropped.
 */
export function Paso(props: { id: string }) {
  const navigate = useNavigate()
  const location = useLocation()
  const [acceso, setAcceso] = createSignal<Acceso>('cargando')
  onMount(async () => {
    const [user] = await Promise.all([loadMe(), draft.ready])
    const desdeFiltro = new URLSearchParams(location.search).get('peligro') === 'no'
    if (user === null)
      return navigate(`/ingresar?returnTo=${encodeURIComponent('/reencuentro/peligro')}`, { replace: true })
    if (user?.kind === 'staff') return setAcceso('funcionario')
    const run = user?.run ?? ''
    const actual = draft.values().run
    if (run !== '' && actual !== run) {
      if (actual === '') draft.update('run', run)
      else draft.replace({ ...empty, run })
    }
    if (desdeFiltro) draft.update('peligro', 'no')
    if (draft.values().peligro !== 'no') return navigate('/reencuentro/peligro', { replace: true })
    setAcceso('ciudadano')
  })
  const existe = () => PASOS.find((p) => p.id === props.id)
  createEffect(() => {
    if (acceso() === 'ciudadano' && !existe()) navigate('/reencuentro/familiar', { replace: true })
  })
  return (
    <Switch fallback={<p role="status">{tre('gate.loading')}</p>}>
      <Match when={acceso() === 'funcionario'}>
        <Gate title={tre('gate.staff.title')}>
          <p>{tre('gate.staff.body')}</p>
        </Gate>
      </Match>
      <Match when={acceso() === 'ciudadano' && existe()} keyed>
        {(paso) => <Pagina paso={paso} />}
      </Match>
    </Switch>
  )
}
