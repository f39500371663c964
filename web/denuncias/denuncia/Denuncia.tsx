import { A, useLocation, useNavigate } from '@solidjs/router'
import { createSignal, For, Match, onMount, Show, Switch } from 'solid-js'
import { formatNumero } from '../../../worker/denuncias/numero.ts'
import { nombresTipo } from '../../../worker/denuncias/palabras.ts'
import type { DenunciaView } from '../../../worker/denuncias/schema.ts'
import { esTipo } from '../../../worker/denuncias/tipos.ts'
import { formatLocal } from '../../../worker/time.ts'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { api, Gate } from '../../components/screen.tsx'
import { formatDate, locale } from '../../i18n/index.ts'
import type { DenunciaMessageKey } from './i18n/es.ts'
import { tn } from './i18n/index.ts'

const ESTADOS = [
  'recibida',
  'en_analisis',
  'informacion_solicitada',
  'derivada',
  'enviada_fiscalia',
  'cerrada',
]

/** A state's name for the citizen; one the case machinery adds later shows as it is named. */
export function estadoTexto(estado: string): string {
  return ESTADOS.includes(estado) ? tn(`estado.${estado}` as DenunciaMessageKey) : estado
}

/** An offence's name in the citizen's language. */
export const tipoTexto = (tipo: string) => (esTipo(tipo) ? nombresTipo[locale()][tipo] : tipo)

/** When it happened, in Chile's time, as the citizen typed it. */
function cuando(view: DenunciaView): string {
  const desde = formatLocal(new Date(view.hechoDesde))
  return view.hechoHasta
    ? tn('denuncia.rango', { desde, hasta: formatLocal(new Date(view.hechoHasta)) })
    : desde
}

/** What was sent and what became of it: what happens next while it is new, its dated history. */
function Detalle(props: { view: DenunciaView; enviada: boolean }) {
  const numero = () => formatNumero(props.view.numero)
  return (
    <>
      <Show
        when={props.enviada}
        fallback={
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tn('denuncia.title', { numero: numero() })}
          </h1>
        }
      >
        <div class="dn-panel">
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tn('recibida.title')}
          </h1>
          <p>{tn('recibida.numero')}</p>
          <strong class="dn-numero">{numero()}</strong>
        </div>
      </Show>
      <Show when={props.view.estado === 'recibida'}>
        <h2>{tn('siguiente.title')}</h2>
        <ul class="dn-list">
          <Show when={props.view.venceAt}>
            {(venceAt) => (
              <li>{tn('siguiente.revision', { fecha: formatDate(venceAt(), 'America/Santiago') })}</li>
            )}
          </Show>
          <li>{tn('siguiente.derivar')}</li>
          <li>{tn('siguiente.correo')}</li>
          <li>{tn('siguiente.numero')}</li>
        </ul>
      </Show>
      <p>
        <a href={`/api/denuncias/${props.view.numero}/pdf`} class="button-link button--secondary">
          {tn('pdf')}
        </a>
      </p>
      <SummaryList
        rows={[
          { key: tn('denuncia.numero'), value: numero() },
          { key: tn('denuncia.tipo'), value: tipoTexto(props.view.tipo) },
          { key: tn('denuncia.cuando'), value: cuando(props.view) },
          { key: tn('denuncia.lugar'), value: `${props.view.lugar}, ${props.view.comuna}` },
          { key: tn('denuncia.denunciante'), value: props.view.denunciante },
          { key: tn('denuncia.recibida'), value: formatDate(props.view.createdAt, 'America/Santiago') },
          { key: tn('denuncia.estado'), value: estadoTexto(props.view.estado) },
        ]}
      />
      <h2>{tn('historia.title')}</h2>
      <ol class="dn-historia">
        <For each={props.view.historia}>
          {(entrada) => (
            <li>
              <time datetime={entrada.at}>{formatDate(entrada.at, 'America/Santiago')}</time>
              <strong>{estadoTexto(entrada.estado)}</strong>
              <For each={Object.values(entrada.detalle)}>{(value) => <span> · {value}</span>}</For>
            </li>
          )}
        </For>
      </ol>
      <p>
        <A href="/mis-tramites">{tn('tramites')}</A>
      </p>
    </>
  )
}

type Estado =
  | { kind: 'loading' }
  | { kind: 'ready'; view: DenunciaView }
  | { kind: 'not_found' }
  | { kind: 'offline' }

/**
 * `/denuncias/:numero`: one of the citizen's own reports — and, just sent (`?enviada=1`), its
 * número large and grouped to read aloud, what happens next and by when, its receipt. Signed out,
 * to the sign-in and back here; another person's number is simply not found.
 */
export function Denuncia(props: { numero: string }) {
  const navigate = useNavigate()
  const location = useLocation()
  const [estado, setEstado] = createSignal<Estado>({ kind: 'loading' })
  const enviada = () => new URLSearchParams(location.search).has('enviada')
  usePageTitle(() =>
    enviada() ? tn('recibida.title') : tn('denuncia.title', { numero: formatNumero(props.numero) }),
  )
  onMount(async () => {
    const answer = await api<DenunciaView>('GET', `/api/denuncias/${props.numero}`)
    if (answer.ok) return setEstado({ kind: 'ready', view: answer.body })
    if (answer.status === 401)
      return navigate(`/ingresar?returnTo=${encodeURIComponent(location.pathname)}`, { replace: true })
    setEstado(answer.status === 0 ? { kind: 'offline' } : { kind: 'not_found' })
  })
  return (
    <Switch fallback={<p role="status">…</p>}>
      <Match when={estado().kind === 'ready' && estado()} keyed>
        {(found) => found.kind === 'ready' && <Detalle view={found.view} enviada={enviada()} />}
      </Match>
      <Match when={estado().kind === 'not_found'}>
        <Gate title={tn('noEncontrada.title')}>
          <p>{tn('noEncontrada.body')}</p>
        </Gate>
      </Match>
      <Match when={estado().kind === 'offline'}>
        <Gate title={tn('sinConexion.title')}>
          <p>{tn('sinConexion.body')}</p>
        </Gate>
      </Match>
    </Switch>
  )
}
