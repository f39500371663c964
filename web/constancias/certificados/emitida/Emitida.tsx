import { A, useLocation } from '@solidjs/router'
import { createMemo, createSignal, For, Match, onCleanup, onMount, Show, Switch } from 'solid-js'
import { formatNumero } from '../../../../worker/denuncias/numero.ts'
import { focusOnNavigation, usePageTitle } from '../../../components/page.ts'
import { SummaryList } from '../../../components/SummaryList.tsx'
import { Gate } from '../../../components/screen.tsx'
import { loadMe } from '../../../cuenta/session.ts'
import { callApi } from '../../../forms/api.ts'
import { formatDate } from '../../../i18n/dates.ts'
import { API, type CertificadoView, rutas } from '../comun.ts'
import { nombreTipo } from '../i18n/index.ts'
import { type CertificadoGuardado, conservar, guardados } from './dispositivo.ts'
import type { EmitidaMessageKey } from './i18n/es.ts'
import { te } from './i18n/index.ts'

type Carga =
  | { kind: 'loading' }
  | { kind: 'ready'; kept: CertificadoGuardado; fuente: 'server' | 'device' }
  | { kind: 'notFound' }
  | { kind: 'offline' }
  | { kind: 'signin' }

/**
 * What to do next with this constancia, in the citizen's language: the type's next step, and for
 * a lost cédula first of all blocking it (core/certificados/tipos.ts prints the same on the PDF).
 */
export function pasosSiguientes(view: Pick<CertificadoView, 'tipo' | 'respuestas'>): string[] {
  const documentos = view.respuestas.documentos
  const cedula =
    view.tipo === 'extravio_documentos' &&
    Array.isArray(documentos) &&
    documentos.some((item) => item.documento === 'cedula')
  return [
    ...(cedula ? [te('extravio_documentos.siguiente.cedula')] : []),
    te(`${view.tipo}.siguiente` as EmitidaMessageKey),
  ]
}

/** The constancia once known: its number (large when just issued), the PDF, what to do next. */
function Vista(props: {
  kept: CertificadoGuardado
  fuente: 'server' | 'device'
  recien: boolean
  correo: boolean
}) {
  const view = () => props.kept.view
  const numero = () => formatNumero(view().codigo)
  // The PDF kept on the device opens with no network; until it is kept, the server's.
  const pdf = createMemo(() => {
    const blob = props.kept.pdf
    return blob ? URL.createObjectURL(blob) : API.pdf(view().codigo)
  })
  onCleanup(() => {
    if (pdf().startsWith('blob:')) URL.revokeObjectURL(pdf())
  })
  return (
    <>
      <Show
        when={props.recien}
        fallback={
          <>
            <span class="caption">{nombreTipo(view().tipo)}</span>
            <h1 tabindex="-1" ref={focusOnNavigation}>
              {te('emitida.heading', { numero: numero() })}
            </h1>
          </>
        }
      >
        <div class="panel">
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {te('emitida.title')}
          </h1>
          <p>{te('emitida.numero')}</p>
          <strong class="panel__numero">{numero()}</strong>
        </div>
        <p>{props.correo ? te('emitida.correo') : te('emitida.tramites.nota')}</p>
      </Show>
      <Show when={view().anulacion}>
        {(anulacion) => (
          <div class="error-summary" role="alert">
            <p>
              {te('emitida.anulada.aviso', {
                fecha: formatDate(anulacion().at, 'America/Santiago'),
                motivo: anulacion().motivo,
              })}
            </p>
          </div>
        )}
      </Show>
      <Show when={props.fuente === 'device'}>
        <p role="status">{te('emitida.fuente.dispositivo')}</p>
      </Show>
      <p>
        <a class="button-link" href={pdf()} download={`constancia-${view().codigo}.pdf`}>
          {te('emitida.pdf')}
        </a>
      </p>
      <Show when={props.kept.pdf}>
        <p class="hint">{te('emitida.guardada')}</p>
      </Show>
      <Show when={!view().anulacion}>
        <h2>{te('emitida.siguiente.title')}</h2>
        <ul class="ct-list">
          <For each={pasosSiguientes(view())}>{(paso) => <li>{paso}</li>}</For>
          <li>{te('emitida.verificar')}</li>
        </ul>
      </Show>
      <SummaryList
        rows={[
          { key: te('emitida.tipo'), value: nombreTipo(view().tipo) },
          { key: te('emitida.numeroLabel'), value: numero() },
          { key: te('emitida.fecha'), value: formatDate(view().emitidoAt, 'America/Santiago') },
          {
            key: te('emitida.estado'),
            value: view().anulacion ? te('emitida.anulada') : te('emitida.vigente'),
          },
        ]}
      />
      <p>
        <A href={rutas.otraIgual(view().tipo, view().codigo)}>{te('emitida.otra')}</A>
      </p>
      <p>
        <A href="/mis-tramites">{te('emitida.tramites')}</A>
      </p>
    </>
  )
}

/**
 * `/constancias/emitida/:codigo`: one of the citizen's constancias — just issued (`?emitida=1`),
 * its number large and grouped to read aloud — with its PDF and what to do next. Kept on the
 * device with its PDF the first time it is shown, so it opens with no network; signed out, a link
 * to sign in and back here; another person's is simply not found.
 */
export function Emitida(props: { codigo: string }) {
  const location = useLocation()
  const [carga, setCarga] = createSignal<Carga>({ kind: 'loading' })
  const params = () => new URLSearchParams(location.search)
  const recien = () => params().has('emitida')
  const [cuentaConCorreo, setCuentaConCorreo] = createSignal(false)
  usePageTitle(() =>
    recien() ? te('emitida.title') : te('emitida.heading', { numero: formatNumero(props.codigo) }),
  )
  onMount(async () => {
    const codigo = props.codigo.toUpperCase()
    const [lista, me] = await Promise.all([guardados(), loadMe()])
    setCuentaConCorreo(Boolean(me?.email))
    const kept = lista.find((candidate) => candidate.view.codigo === codigo)
    if (kept) setCarga({ kind: 'ready', kept, fuente: 'device' })
    const answer = await callApi<CertificadoView>('GET', API.certificado(codigo))
    if (answer.ok) {
      const run = me?.run ?? kept?.run ?? ''
      setCarga({ kind: 'ready', kept: { view: answer.body, run, pdf: kept?.pdf }, fuente: 'server' })
      const now = await conservar(answer.body, run, kept?.pdf)
      return setCarga({ kind: 'ready', kept: now, fuente: 'server' })
    }
    if (kept && (answer.status === 0 || answer.status === 401)) return
    if (answer.status === 401) return setCarga({ kind: 'signin' })
    setCarga(answer.status === 0 ? { kind: 'offline' } : { kind: 'notFound' })
  })
  const ready = () => {
    const current = carga()
    return current.kind === 'ready' ? current : undefined
  }
  return (
    <Switch fallback={<p role="status">{te('emitida.cargando')}</p>}>
      <Match when={ready()}>
        {(found) => (
          <Vista
            kept={found().kept}
            fuente={found().fuente}
            recien={recien()}
            correo={params().has('correo') || cuentaConCorreo()}
          />
        )}
      </Match>
      <Match when={carga().kind === 'notFound'}>
        <Gate title={te('emitida.noEncontrada.title')}>
          <p>{te('emitida.noEncontrada.body')}</p>
          <p>
            <A href="/verificar">{te('emitida.verificarLink')}</A>
          </p>
        </Gate>
      </Match>
      <Match when={carga().kind === 'signin'}>
        {/* A link, not a redirect: the e-mail's link lands here, and the sign-in page's code is not
            part of this landing page's first visit. */}
        <Gate title={te('emitida.signin.title')}>
          <p>{te('emitida.signin.body')}</p>
          <A href={`/ingresar?returnTo=${encodeURIComponent(location.pathname)}`} class="button-link">
            {te('emitida.signin.link')}
          </A>
        </Gate>
      </Match>
      <Match when={carga().kind === 'offline'}>
        <Gate title={te('emitida.sinConexion.title')}>
          <p>{te('emitida.sinConexion.body')}</p>
        </Gate>
      </Match>
    </Switch>
  )
}
