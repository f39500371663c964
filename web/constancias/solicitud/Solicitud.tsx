import { A } from '@solidjs/router'
import { createEffect, createSignal, lazy, Match, on, Show, Suspense, Switch } from 'solid-js'
import { oldestAcceptedExpiry } from '../../../core/constancias-voto/documento.ts'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { formatDate } from '../../i18n/dates.ts'
import {
  API,
  ClaveUnicaButton,
  callApi,
  dia,
  diaHora,
  type Eleccion,
  type EleccionActual,
  paths,
  recalled,
  remember,
  type SolicitudView,
  Warning,
} from '../constancias.tsx'
import type { SolicitudMessageKey } from './i18n/es.ts'
import { tv } from './i18n/index.ts'
import { Unidades } from './Unidades.tsx'

type Carga =
  | { kind: 'loading' }
  | { kind: 'ready'; view: SolicitudView }
  | { kind: 'signin' }
  | { kind: 'notFound' }
  | { kind: 'offline' }

const estado: Record<SolicitudView['estado'], SolicitudMessageKey> = {
  pendiente: 'state.pendiente',
  validada: 'state.validada',
  rechazada: 'state.rechazada',
  vencida: 'state.vencida',
}

/** The code, big, with a button that copies it and says so. */
function Codigo(props: { code: string }) {
  const [copied, setCopied] = createSignal<'' | 'ok' | 'failed'>('')
  let box: HTMLParagraphElement | undefined
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.code)
      setCopied('ok')
    } catch {
      // No clipboard (an old browser, a refused permission): select it for the citizen instead.
      const selection = window.getSelection()
      if (box && selection) {
        const range = document.createRange()
        range.selectNodeContents(box)
        selection.removeAllRanges()
        selection.addRange(range)
      }
      setCopied('failed')
    }
  }
  return (
    <>
      <p class="cv-code__label" id="codigo-label">
        {tv('pend.codeLabel')}
      </p>
      <p class="cv-code" id="codigo" ref={box}>
        {props.code}
      </p>
      <button type="button" class="button button--secondary cv-code__copy" onClick={() => void copy()}>
        {tv('pend.copy')}
      </button>
      <p class="cv-code__status" role="status">
        {copied() === 'ok' ? tv('pend.copied') : copied() === 'failed' ? tv('pend.copyFailed') : ''}
      </p>
    </>
  )
}

// Where the constancia goes and its correction (decision 0080): a chunk of its own, the form kit
// in another, so that the page's first visit carries neither.
const ContactoSeccion = lazy(async () => {
  const m = await import('./contacto/Seccion.tsx')
  await m.ready
  return { default: m.ContactoSeccion }
})

/** What a pending request still needs, said plainly: today, in person, with the document. */
function Pendiente(props: {
  view: SolicitudView
  eleccion: Eleccion | undefined
  onView: (view: SolicitudView) => void
}) {
  const hasta = () => diaHora(props.view.eleccion.ventanaFin)
  return (
    <>
      <div class="cv-pending">
        <h1 tabindex="-1" ref={focusOnNavigation}>
          {tv('pend.title')}
        </h1>
        <Codigo code={props.view.code} />
        <p class="cv-pending__personal">{tv('pend.personal')}</p>
      </div>
      <Warning prefix={tv('warning')}>{tv('pend.noValue')}</Warning>
      <h2>{tv('pend.todo.title')}</h2>
      <p>
        <strong>{tv('pend.todo.go', { fecha: dia(props.view.eleccion.fecha), hora: hasta().hora })}</strong>
      </p>
      <p>
        <Show
          when={props.eleccion?.id === props.view.eleccion.id ? props.eleccion : undefined}
          fallback={tv('pend.todo.document.generic')}
        >
          {(eleccion) => (
            <>
              {tv('pend.todo.document', {
                primarias: dia(eleccion().fechaPrimarias),
                desde: dia(oldestAcceptedExpiry(eleccion().fechaPrimarias)),
              })}
            </>
          )}
        </Show>
      </p>
      <p>{tv('pend.todo.officer')}</p>
      <div class="cv-inset">
        <p>{tv('pend.todo.ifNot')}</p>
      </div>
      <p>{tv('pend.mail')}</p>
      <Show when={props.view.email}>
        <Suspense>
          <ContactoSeccion view={props.view} onView={props.onView} />
        </Suspense>
      </Show>
      <Unidades />
    </>
  )
}

// Validated, refused or expired: rarer, so in a chunk of its own with its words.
const Resuelta = lazy(async () => {
  const m = await import('./resuelta/Resuelta.tsx')
  await m.ready
  return { default: m.Resuelta }
})

/** A request as its citizen sees it, from any state: the pending screen, or its outcome. */
export function SolicitudVista(props: {
  view: SolicitudView
  eleccion: Eleccion | undefined
  /** A corrected request (its contact): the page shows it from then on. */
  onView: (view: SolicitudView) => void
}) {
  const rows = () => [
    { key: tv('pend.state'), value: tv(estado[props.view.estado]) },
    { key: tv('pend.election'), value: `${props.view.eleccion.nombre} (${dia(props.view.eleccion.fecha)})` },
    { key: tv('pend.name'), value: props.view.nombre },
    { key: tv('pend.run'), value: props.view.run },
    { key: tv('pend.comuna'), value: props.view.comunaVotacion },
    { key: tv('pend.created'), value: formatDate(props.view.createdAt) },
  ]
  return (
    <>
      <Show
        when={props.view.estado === 'pendiente'}
        fallback={
          <Suspense>
            <Resuelta view={props.view} eleccion={props.eleccion} />
          </Suspense>
        }
      >
        <Pendiente view={props.view} eleccion={props.eleccion} onView={props.onView} />
      </Show>
      <h2>{tv('pend.details')}</h2>
      <SummaryList rows={rows()} />
    </>
  )
}

/** The election described by the public endpoint, for the primaries' date of the document rule. */
export async function eleccionActual(): Promise<Eleccion | undefined> {
  const answer = await callApi<EleccionActual>('GET', API.eleccion)
  return answer.ok ? (answer.body.eleccion ?? undefined) : undefined
}

/**
 * `/constancias/votacion/:code`: "Solicitud Pendiente" with the code, right after sending, from
 * the e-mail's link, or when the citizen asks again.
 */
export function Solicitud(props: { code: string }) {
  const [carga, setCarga] = createSignal<Carga>({ kind: 'loading' })
  const [eleccion, setEleccion] = createSignal<Eleccion | undefined>()
  // The outcome of a resolved request names its own page.
  usePageTitle(() => tv('pend.title'))
  createEffect(
    on(
      () => props.code,
      async (code) => {
        const known = recalled(code)
        setCarga(known ? { kind: 'ready', view: known } : { kind: 'loading' })
        const [answer, found] = await Promise.all([
          callApi<SolicitudView>('GET', API.solicitud(code)),
          eleccionActual(),
        ])
        setEleccion(found)
        if (answer.ok) {
          remember(answer.body)
          setCarga({ kind: 'ready', view: answer.body })
        } else if (known) return
        else if (answer.status === 0) setCarga({ kind: 'offline' })
        else if (answer.status === 401) setCarga({ kind: 'signin' })
        else setCarga({ kind: 'notFound' })
      },
    ),
  )
  const ready = () => {
    const current = carga()
    return current.kind === 'ready' ? current.view : undefined
  }
  return (
    <>
      <A href={paths.info} class="back-link">
        {tv('info.title')}
      </A>
      <Switch fallback={<p role="status">{tv('pend.loading')}</p>}>
        <Match when={ready()}>
          {(view) => (
            <SolicitudVista
              view={view()}
              eleccion={eleccion()}
              onView={(corregida) => {
                remember(corregida)
                setCarga({ kind: 'ready', view: corregida })
              }}
            />
          )}
        </Match>
        <Match when={carga().kind === 'signin'}>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tv('gate.signin.title')}
          </h1>
          <p>{tv('pend.signin')}</p>
          <ClaveUnicaButton returnTo={paths.solicitud(props.code)} label={tv('info.login')} />
        </Match>
        <Match when={carga().kind === 'notFound'}>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tv('pend.title')}
          </h1>
          <p>{tv('pend.notFound')}</p>
        </Match>
        <Match when={carga().kind === 'offline'}>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tv('pend.title')}
          </h1>
          <p>{tv('pend.offline', { code: props.code })}</p>
        </Match>
      </Switch>
    </>
  )
}
