import { createSignal, For, Match, onMount, Show, Switch } from 'solid-js'
import { type DocumentPayload, type Verification, verifyDocument } from '../../worker/documents/signing.ts'
import type { ErrorBody } from '../../worker/errors.ts'
import { ErrorSummary } from '../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { Escaner, preloadDecoder } from '../escaner/index.tsx'
import { formatDate, locale } from '../i18n/index.ts'
import { fieldLabel } from '../i18n/server-catalog.ts'
import { tf } from './i18n/index.ts'
import { kidOf, publicKeys } from './keys.ts'
import './verificar.css'

export { ready } from './i18n/index.ts'

/** What anyone may learn of a document by its code (`GET /api/verificar/:code`). */
interface Estado {
  code: string
  tipo: string
  valido: boolean
  estado: string
  eleccion: { nombre: string; fecha: string }
  validadaAt: string | null
  run: string
}

type Resultado =
  | { via: 'codigo'; estado: Estado }
  | { via: 'qr'; firma: Verification | 'sin_claves'; estado?: Estado; documento?: DocumentPayload }

const CODE = /^[A-Z0-9]{10}$/
const normalise = (text: string) => text.trim().toUpperCase().replace(/[\s-]/g, '')

async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  try {
    const response = await fetch(url, {
      ...init,
      headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) },
    })
    return { status: response.status, body: await response.json().catch(() => undefined) }
  } catch {
    return { status: 0, body: undefined }
  }
}

const messageOf = (body: unknown) =>
  typeof body === 'object' && body !== null && 'message' in body ? (body as ErrorBody).message : undefined

/** The signed token in a scanned or pasted QR text: the address's fragment, or the token itself. */
function tokenIn(text: string): string | undefined {
  const found = /CV1\.[\w-]+\.[\w-]+/.exec(text)
  return found?.[0]
}

function estadoText(estado: string): string {
  switch (estado) {
    case 'validada':
    case 'pendiente':
    case 'rechazada':
    case 'vencida':
      return tf(`vf.estado.${estado}`)
    default:
      return estado
  }
}

/** VALID or NOT VALID, unmistakably: large, colour, an icon and the word. */
function Veredicto(props: { valido: boolean; detalle: string }) {
  return (
    <div class={props.valido ? 'vf-result vf-result--ok' : 'vf-result vf-result--bad'} role="status">
      <svg class="vf-result__icon" viewBox="0 0 48 48" width="56" height="56" aria-hidden="true">
        <circle cx="24" cy="24" r="22" fill="#fff" />
        <Show
          when={props.valido}
          fallback={
            <path d="M15 15 L33 33 M33 15 L15 33" stroke="#b10e1e" stroke-width="6" stroke-linecap="round" />
          }
        >
          <path
            d="M13 25 L21 33 L35 16"
            fill="none"
            stroke="#00703c"
            stroke-width="6"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </Show>
      </svg>
      <div>
        <p class="vf-result__word">{props.valido ? tf('vf.valid') : tf('vf.invalid')}</p>
        <p class="vf-result__detail">{props.detalle}</p>
      </div>
    </div>
  )
}

function Filas(props: { rows: { key: string; value: string }[] }) {
  return (
    <dl class="summary summary--plain">
      <For each={props.rows.filter((row) => row.value !== '')}>
        {(row) => (
          <div class="summary__row">
            <dt>{row.key}</dt>
            <dd>{row.value}</dd>
          </div>
        )}
      </For>
    </dl>
  )
}

function Detalle(props: { resultado: Resultado }) {
  const r = () => props.resultado
  const estado = () => r().estado
  const documento = () => {
    const current = r()
    return current.via === 'qr' ? current.documento : undefined
  }
  const firma = () => {
    const current = r()
    return current.via === 'qr' ? current.firma : undefined
  }
  const firmaOk = () => {
    const f = firma()
    return f === undefined || (f !== 'sin_claves' && f.valid)
  }
  const valido = () => firmaOk() && (estado()?.valido ?? (firma() !== undefined && firmaOk()))
  const detalle = () => {
    const f = firma()
    if (f === 'sin_claves') return tf('vf.firma.sinClaves')
    if (f && !f.valid) return tf(`vf.firma.${f.reason}`)
    const e = estado()
    if (!e) return tf('vf.sinConexion')
    if (!e.valido) return `${estadoText(e.estado)}. ${tf('vf.invalid.body')}`
    return f ? `${tf('vf.valid.body')} ${tf('vf.firma.ok')}` : tf('vf.valid.body')
  }
  const validadaAt = () => {
    const at = estado()?.validadaAt
    if (at) return formatDate(at)
    const doc = documento()
    return doc && !estado() ? formatDate(new Date(doc.i * 1000).toISOString()) : ''
  }
  const tipo = () => {
    const kind = estado()?.tipo ?? documento()?.t ?? ''
    return kind === 'constancia_voto' ? tf('vf.tipo.constancia_voto') : kind
  }
  return (
    <>
      <Veredicto valido={valido()} detalle={detalle()} />
      <Show when={firmaOk()}>
        <Filas
          rows={[
            { key: tf('vf.tipo'), value: tipo() },
            { key: tf('vf.codigo'), value: estado()?.code ?? documento()?.c ?? '' },
            { key: tf('vf.nombre'), value: documento()?.n ?? '' },
            { key: tf('vf.run'), value: estado()?.run ?? documento()?.r ?? '' },
            {
              key: tf('vf.eleccion'),
              value: estado() ? `${estado()?.eleccion.nombre ?? ''} (${estado()?.eleccion.fecha ?? ''})` : '',
            },
            { key: tf('vf.validadaAt'), value: validadaAt() },
            { key: tf('vf.estado'), value: estado() ? estadoText(estado()?.estado ?? '') : '' },
          ]}
        />
      </Show>
    </>
  )
}

/**
 * `/verificar`: public verification, no login. Opened from a document's QR code
 * (`/verificar#CV1.<payload>.<signature>`), it checks the signature here, in the browser, against
 * the portal's published keys (kept on the device, so it works offline), then asks the server
 * for the document's current state. Without a fragment: a form for the printed code, or a pasted
 * QR text.
 */
export function Verificar() {
  const [texto, setTexto] = createSignal('')
  const [error, setError] = createSignal<string | undefined>()
  const [attempt, setAttempt] = createSignal(0)
  const [busy, setBusy] = createSignal(false)
  const [resultado, setResultado] = createSignal<Resultado | undefined>()
  usePageTitle(
    () => tf('vf.title'),
    () => error() !== undefined,
  )

  const fail = (message: string) => {
    setError(message)
    setAttempt((n) => n + 1)
  }

  const porQr = async (token: string) => {
    const keys = await publicKeys(kidOf(token))
    const firma: Verification | 'sin_claves' =
      keys.length === 0 ? 'sin_claves' : await verifyDocument(token, keys)
    const documento = firma !== 'sin_claves' && firma.valid ? firma.payload : undefined
    // The signature alone says who and what; the server says whether it still stands.
    setResultado({ via: 'qr', firma, documento })
    if (!documento) return
    const answer = await getJson('/api/verificar', { method: 'POST', body: JSON.stringify({ token }) })
    const body = answer.body as { firmaValida?: boolean; estado?: Estado } | undefined
    if (answer.status === 200 && body?.firmaValida && body.estado) {
      setResultado({ via: 'qr', firma, documento, estado: body.estado })
    }
  }

  const porCodigo = async (code: string) => {
    const answer = await getJson(`/api/verificar/${encodeURIComponent(code)}`)
    if (answer.status === 200) return setResultado({ via: 'codigo', estado: answer.body as Estado })
    if (answer.status === 404) return fail(tf('vf.notFound'))
    if (answer.status === 400) return fail(tf('vf.malformed'))
    if (answer.status === 0) return fail(tf('vf.offline'))
    fail(messageOf(answer.body) ?? tf('vf.offline'))
  }

  const onSubmit = async (event?: SubmitEvent) => {
    event?.preventDefault()
    if (busy()) return
    setError(undefined)
    const value = texto()
    const token = tokenIn(value)
    const code = normalise(value)
    if (!token && code === '') return fail(tf('vf.required'))
    if (!token && !CODE.test(code)) return fail(tf('vf.malformed'))
    setBusy(true)
    try {
      await (token ? porQr(token) : porCodigo(code))
    } finally {
      setBusy(false)
    }
  }

  const otro = () => {
    setResultado(undefined)
    setTexto('')
    setError(undefined)
    if (location.hash) history.replaceState(history.state, '', location.pathname)
  }

  onMount(() => {
    preloadDecoder()
    const token = tokenIn(decodeURIComponent(location.hash))
    if (token) {
      setBusy(true)
      void porQr(token).finally(() => setBusy(false))
    }
  })

  return (
    <>
      <Show when={error() !== undefined && attempt()} keyed>
        <ErrorSummary errors={[{ field: 'code', message: error() ?? '' }]} />
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tf('vf.title')}
      </h1>
      <Switch>
        <Match when={resultado()}>
          {(found) => (
            <>
              <Detalle resultado={found()} />
              <p>
                <button type="button" class="button button--secondary" onClick={otro}>
                  {tf('vf.otro')}
                </button>
              </p>
            </>
          )}
        </Match>
        <Match when={busy() && !resultado()}>
          <p role="status">{tf('vf.checking')}</p>
        </Match>
        <Match when={!resultado()}>
          <p class="lead">{tf('vf.lead')}</p>
          {/* A scanned QR text takes the same path as a pasted one. */}
          <Escaner
            onCode={(text) => {
              setTexto(text)
              void onSubmit()
            }}
          />
          <form novalidate onSubmit={(event) => void onSubmit(event)}>
            <div class={error() ? 'form-group form-group--error' : 'form-group'}>
              <label class="label" for="code">
                {fieldLabel(locale(), 'code')}
              </label>
              <div id="code-hint" class="hint">
                {tf('vf.code.hint')}
              </div>
              <Show when={error()}>
                <p id="code-error" class="error-message">
                  {error()}
                </p>
              </Show>
              <input
                id="code"
                name="code"
                class={error() ? 'input input--20 input--error' : 'input input--20'}
                value={texto()}
                onInput={(event) => setTexto(event.currentTarget.value)}
                autocomplete="off"
                autocapitalize="characters"
                spellcheck={false}
                aria-describedby={error() ? 'code-hint code-error' : 'code-hint'}
                aria-invalid={error() ? 'true' : undefined}
              />
            </div>
            <button type="submit" class="button" disabled={busy()}>
              {busy() ? tf('vf.checking') : tf('vf.submit')}
            </button>
          </form>
        </Match>
      </Switch>
    </>
  )
}
