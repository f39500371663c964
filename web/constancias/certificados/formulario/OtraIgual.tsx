import { useNavigate } from '@solidjs/router'
import { createSignal, Match, onMount, Switch } from 'solid-js'
import { Gate } from '../../../components/screen.tsx'
import { callApi } from '../../../forms/api.ts'
import type { Draft } from '../../../offline/draft.ts'
import { API, type CertificadoView, rutas } from '../comun.ts'
import { tf } from './i18n/index.ts'
import { fechasDelHecho, otraIgual, type TipoDefinicion, type Valores } from './respuestas.ts'
import { ciudadano } from './Sesion.tsx'

/**
 * `/constancias/<tipo>/otra/<código>` («Otra igual», from Mis trámites): a new constancia's
 * answers copied from an earlier one of the citizen's (`GET /api/certificados/:codigo`), with only
 * the dates of the facts cleared; the form then asks those dates, one page each, and goes to
 * check your answers.
 */
export function OtraIgual(props: { tipo: TipoDefinicion; codigo: string; draft: Draft<Valores> }) {
  const navigate = useNavigate()
  const [estado, setEstado] = createSignal<'loading' | 'notFound' | 'offline'>('loading')
  onMount(async () => {
    const answer = await callApi<CertificadoView>('GET', API.certificado(props.codigo))
    if (!answer.ok) return setEstado(answer.status === 0 ? 'offline' : 'notFound')
    if (answer.body.tipo !== props.tipo.id) return setEstado('notFound')
    const run = ciudadano()?.run ?? props.draft.values().run ?? ''
    props.draft.replace(otraIgual(props.tipo, answer.body.respuestas, run))
    const primera = fechasDelHecho(props.tipo)[0]
    navigate(
      primera ? `${rutas.paso(props.tipo.id, primera.id)}?cambiar=1` : rutas.paso(props.tipo.id, 'revisar'),
      { replace: true },
    )
  })
  return (
    <Switch fallback={<p role="status">{tf('otra.cargando')}</p>}>
      <Match when={estado() === 'notFound'}>
        <Gate title={tf('otra.title')}>
          <p>{tf('otra.noEncontrada')}</p>
        </Gate>
      </Match>
      <Match when={estado() === 'offline'}>
        <Gate title={tf('otra.title')}>
          <p>{tf('otra.sinConexion')}</p>
        </Gate>
      </Match>
    </Switch>
  )
}
