import { useNavigate } from '@solidjs/router'
import { type Component, createEffect, createSignal, lazy, Match, onMount, Switch } from 'solid-js'
import { Gate } from '../../components/screen.tsx'
import { loadMe } from '../../cuenta/session.ts'
import { tr } from '../i18n/index.ts'
import { type Paso as PasoUso, usePaso } from './marco.tsx'
import { Contacto, Cuando, Donde, Peticion, Quien, Relato, Testigos, Tipo } from './Preguntas.tsx'
import { draft, empty, PASOS, type PasoForm } from './respuestas.ts'

/*
 * The evidence page and the review load the upload (Evidencia.tsx) on demand, with its words: the
 * other questions, where a reload lands as often, do not carry it.
 */
const Evidencia = lazy(() =>
  import('./Evidencia.tsx').then(async (m) => {
    await m.ready
    return { default: m.Evidencia }
  }),
)
const Revisar = lazy(() =>
  Promise.all([import('./Revisar.tsx'), import('./Evidencia.tsx').then((m) => m.ready)]).then(([m]) => ({
    default: m.Revisar,
  })),
)

/** Each page of the form by its step (respuestas.ts `PASOS` has what each asks, in order). */
const PAGINAS: Record<string, Component<{ paso: PasoUso }>> = {
  tipo: Tipo,
  relato: Relato,
  cuando: Cuando,
  donde: Donde,
  quien: Quien,
  testigos: Testigos,
  archivos: Evidencia,
  peticion: Peticion,
  contacto: Contacto,
  revisar: Revisar,
}

function Pagina(props: { paso: PasoForm }) {
  const paso = usePaso(props.paso)
  const Vista = PAGINAS[props.paso.id]
  return Vista ? <Vista paso={paso} /> : null
}

/** Who may fill in the form: a citizen signed in, or a device with no network (the send checks again). */
type Acceso = 'cargando' | 'ciudadano' | 'funcionario'

/**
 * `/reclamos/<paso>`: a page of the form, for a signed-in citizen only (signed out, to the sign-in
 * and back to the start page — a landing page within the first-visit budget, the form is not —; staff are told to use a citizen's account). The draft on the device is this
 * citizen's: another citizen's answers left on it are dropped, never shown.
 */
export function Paso(props: { id: string }) {
  const navigate = useNavigate()
  const [acceso, setAcceso] = createSignal<Acceso>('cargando')
  onMount(async () => {
    const [user] = await Promise.all([loadMe(), draft.ready])
    if (user === null)
      return navigate(`/ingresar?returnTo=${encodeURIComponent('/reclamos')}`, { replace: true })
    if (user?.kind === 'staff') return setAcceso('funcionario')
    const run = user?.run ?? ''
    const actual = draft.values().run
    if (run !== '' && actual !== run) {
      if (actual === '') draft.update('run', run)
      else draft.replace({ ...empty, run })
    }
    setAcceso('ciudadano')
  })
  const paso = () => PASOS.find((p) => p.id === props.id)
  createEffect(() => {
    if (acceso() === 'ciudadano' && !paso()) navigate('/reclamos/tipo', { replace: true })
  })
  return (
    <Switch fallback={<p role="status">{tr('gate.loading')}</p>}>
      <Match when={acceso() === 'funcionario'}>
        <Gate title={tr('gate.staff.title')}>
          <p>{tr('gate.staff.body')}</p>
        </Gate>
      </Match>
      <Match when={acceso() === 'ciudadano' && paso()} keyed>
        {(found) => <Pagina paso={found} />}
      </Match>
    </Switch>
  )
}
