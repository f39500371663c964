import { createSignal, lazy, Show, Suspense } from 'solid-js'
import { SummaryList } from '../../../components/SummaryList.tsx'
import { type SolicitudView, telefonoLegible } from '../../constancias.tsx'
import { tc } from './i18n/index.ts'

export { ready } from './i18n/index.ts'

// The correction's form: the form kit, in a chunk of its own, loaded when the citizen asks for it.
const CorregirContacto = lazy(async () => {
  const m = await import('./Contacto.tsx')
  await m.ready
  return { default: m.CorregirContacto }
})

/**
 * Where the constancia will go, and the way to correct it while the request is pending: opened
 * at once when ClaveÚnica brings the citizen back to correct it (`?corregir=1`).
 */
export function ContactoSeccion(props: { view: SolicitudView; onView: (view: SolicitudView) => void }) {
  const [abierto, setAbierto] = createSignal(new URLSearchParams(location.search).has('corregir'))
  const [corregida, setCorregida] = createSignal(false)
  const rows = () => [
    { key: tc('pend.contact.email'), value: props.view.email },
    { key: tc('pend.contact.phone'), value: telefonoLegible(props.view.telefono) },
  ]
  return (
    <>
      <h2>{tc('pend.contact.title')}</h2>
      <p>{tc('pend.contact.lead')}</p>
      <SummaryList rows={rows()} />
      <p class="cv-contacto__status" role="status">
        {corregida() ? tc('pend.contact.done', { email: props.view.email }) : ''}
      </p>
      <Show
        when={abierto()}
        fallback={
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setCorregida(false)
              setAbierto(true)
            }}
          >
            {tc('pend.contact.correct')}
          </button>
        }
      >
        <Suspense fallback={<p role="status">{tc('contacto.loading')}</p>}>
          <CorregirContacto
            view={props.view}
            onCorregida={(view) => {
              props.onView(view)
              setCorregida(true)
              setAbierto(false)
              history.replaceState(history.state, '', location.pathname)
            }}
            onCancel={() => setAbierto(false)}
          />
        </Suspense>
      </Show>
    </>
  )
}
