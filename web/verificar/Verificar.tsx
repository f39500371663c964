import { createSignal, Match, onMount, Show, Switch } from 'solid-js'
import type { DocumentPayload, Verification } from '../../worker/documents/signing.ts'
import { documentTokenIn } from '../../worker/documents/signing.ts'
import { ErrorSummary } from '../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { SummaryList } from '../components/SummaryList.tsx'
import { Escaner, preloadDecoder } from '../escaner/index.tsx'
import { formatDate, formatDay } from '../i18n/dates.ts'
import { locale } from '../i18n/index.ts'
import { fieldLabel } from '../i18n/server-catalog.ts'
import { consultarCodigo, consultarToken, firmaDe, messageOf } from './consulta.ts'
import { createEntrada } from './entrada.ts'
import { ready as ownReady, tf } from './i18n/index.ts'
import { PermisoResultado, ready as permisoReady } from './permiso/PermisoResultado.tsx'
import {
  conServidor,
  esPermisoPublico,
  porFirma,
  porServidor,
  type ResultadoPermiso,
} from './permiso/veredicto.ts'
import { Veredicto } from './Veredicto.tsx'

/** The page's words and a permit's verification's, to await before the first render. */
export const ready: Promise<void> = Promise.all([ownReady, permisoReady]).then(() => undefined)

/** What anyone may learn of a document by its code (`GET /api/verificar/:code`). */
interface Estado {
  code: string
  tipo: string
  valido: boolean
  estado: string
  /** An election constancia's; a denuncia has none. */
  eleccion?: { nombre: string; fecha: string }
  validadaAt?: string | null
  /** A denuncia's: when it was received (its number says only that it exists, when, its state). */
  recibidaAt?: string
  /** A constancia's (issue 16): its type, when it was issued and annulled, its holder. */
  certificado?: { tipo: string; nombre: string }
  emitidaAt?: string
  anuladaAt?: string | null
  nombre?: string
  /** Absent once the document's clock ran out and its personal data was removed (`depurada`). */
  run?: string
  /** When its personal data was removed. */
  depuradaAt?: string
}

type Resultado =
  | { via: 'codigo'; estado: Estado }
  | { via: 'qr'; firma: Verification | 'sin_claves'; estado?: Estado; documento?: DocumentPayload }
  | { via: 'permiso'; permiso: ResultadoPermiso; consultando: boolean }
type Documento = Exclude<Resultado, { via: 'permiso' }>

function estadoText(estado: string): string {
  switch (estado) {
    case 'validada':
    case 'pendiente':
    case 'rechazada':
    case 'vencida':
    case 'depurada':
    case 'recibida':
    case 'en_analisis':
    case 'informacion_solicitada':
    case 'derivada':
    case 'enviada_fiscalia':
    case 'cerrada':
    case 'emitida':
    case 'anulada':
    case 'recibido':
    case 'respondido':
    case 'derivado':
      return tf(`vf.estado.${estado}`)
    default:
      return estado
  }
}

function Detalle(props: { resultado: Documento }) {
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
    const body =
      e.tipo === 'denuncia'
        ? tf('vf.denuncia.body')
        : e.tipo === 'reclamo'
          ? tf('vf.reclamo.body')
          : e.tipo === 'certificado'
            ? tf('vf.certificado.body')
            : tf('vf.valid.body')
    return f ? `${body} ${tf('vf.firma.ok')}` : body
  }
  const validadaAt = () => {
    const at = estado()?.validadaAt
    if (at) return formatDate(at)
    const doc = documento()
    return doc && !estado() ? formatDate(new Date(doc.i * 1000).toISOString()) : ''
  }
  const kind = () => estado()?.tipo ?? documento()?.t ?? ''
  // A constancia is issued, not validated: its signing instant is when.
  const emitidaAt = () => {
    const at = estado()?.emitidaAt
    if (at) return formatDate(at)
    const doc = documento()
    return doc && kind() === 'certificado' ? formatDate(new Date(doc.i * 1000).toISOString()) : ''
  }
  const tipo = () => {
    if (kind() === 'denuncia') return tf('vf.tipo.denuncia')
    if (kind() === 'reclamo') return tf('vf.tipo.reclamo')
    if (kind() === 'certificado') return estado()?.certificado?.nombre ?? tf('vf.tipo.certificado')
    return kind() === 'constancia_voto' ? tf('vf.tipo.constancia_voto') : kind()
  }
  // Its clock ran out: it was issued, but who it named is gone, here too (not from the QR either).
  const depurada = () => (firmaOk() && estado()?.estado === 'depurada' ? estado() : undefined)
  return (
    <>
      <Show
        when={depurada()}
        fallback={
          <Veredicto
            tono={valido() ? 'ok' : 'bad'}
            icono={valido() ? 'check' : 'cross'}
            palabra={valido() ? tf('vf.valid') : tf('vf.invalid')}
            detalle={detalle()}
          />
        }
      >
        {(found) => (
          <Veredicto
            tono="neutral"
            icono="clock"
            palabra={tf('vf.depurada')}
            detalle={tf('vf.depurada.body', { fecha: formatDay(found().depuradaAt ?? '') })}
          />
        )}
      </Show>
      <Show when={firmaOk()}>
        <SummaryList
          rows={[
            { key: tf('vf.tipo'), value: tipo() },
            { key: tf('vf.codigo'), value: estado()?.code ?? documento()?.c ?? '' },
            { key: tf('vf.nombre'), value: depurada() ? '' : (estado()?.nombre ?? documento()?.n ?? '') },
            { key: tf('vf.run'), value: depurada() ? '' : (estado()?.run ?? documento()?.r ?? '') },
            {
              key: tf('vf.eleccion'),
              value: estado()?.eleccion
                ? `${estado()?.eleccion?.nombre ?? ''} (${estado()?.eleccion?.fecha ?? ''})`
                : '',
            },
            {
              key: tf('vf.validadaAt'),
              value: ['denuncia', 'reclamo', 'certificado'].includes(kind()) ? '' : validadaAt(),
            },
            { key: tf('vf.emitidaAt'), value: emitidaAt() },
            {
              key: tf('vf.anuladaAt'),
              value: estado()?.anuladaAt ? formatDate(estado()?.anuladaAt ?? '') : '',
            },
            {
              key: tf('vf.recibidaAt'),
              value: estado()?.recibidaAt ? formatDate(estado()?.recibidaAt ?? '') : '',
            },
            { key: tf('vf.estado'), value: estado() ? estadoText(estado()?.estado ?? '') : '' },
          ].filter((row) => row.value !== '')}
        />
      </Show>
    </>
  )
}

/** A permit's verification, or another document's. */
function Respuesta(props: { resultado: Resultado }) {
  return (
    <Switch>
      <Match when={props.resultado.via === 'permiso' ? props.resultado : undefined}>
        {(found) => <PermisoResultado resultado={found().permiso} consultando={found().consultando} />}
      </Match>
      <Match when={props.resultado.via !== 'permiso' ? props.resultado : undefined}>
        {(found) => <Detalle resultado={found()} />}
      </Match>
    </Switch>
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
  const { texto, setTexto, error, attempt, busy, fail, running, verificar, reset } = createEntrada()
  const [resultado, setResultado] = createSignal<Resultado | undefined>()
  usePageTitle(
    () => tf('vf.title'),
    () => error() !== undefined,
  )

  const porQr = async (token: string) => {
    const firma = await firmaDe(token)
    const documento = firma !== 'sin_claves' && firma.valid ? firma.payload : undefined
    if (documento?.t === 'permiso') {
      const local = porFirma(firma, new Date())
      setResultado({ via: 'permiso', permiso: local, consultando: true })
      const permiso = conServidor(local, await consultarToken(token), new Date())
      return setResultado({ via: 'permiso', permiso, consultando: false })
    }
    // The signature alone says who and what; the server says whether it still stands.
    setResultado({ via: 'qr', firma, documento })
    if (!documento) return
    const answer = await consultarToken(token)
    const body = answer.body as { firmaValida?: boolean; estado?: Estado } | undefined
    if (answer.status === 200 && body?.firmaValida && body.estado) {
      setResultado({ via: 'qr', firma, documento, estado: body.estado })
    }
  }

  const porCodigo = async (code: string) => {
    const answer = await consultarCodigo(code)
    if (answer.status === 200 && esPermisoPublico(answer.body)) {
      return setResultado({
        via: 'permiso',
        permiso: porServidor(answer.body, new Date()),
        consultando: false,
      })
    }
    if (answer.status === 200) return setResultado({ via: 'codigo', estado: answer.body as Estado })
    if (answer.status === 404) return fail(tf('vf.notFound'))
    if (answer.status === 400) return fail(tf('vf.malformed'))
    if (answer.status === 0) return fail(tf('vf.offline'))
    fail(messageOf(answer.body) ?? tf('vf.offline'))
  }

  const onSubmit = async (event?: SubmitEvent) => {
    event?.preventDefault()
    await verificar({
      token: porQr,
      code: porCodigo,
      label: fieldLabel(locale(), 'code'),
      malformed: tf('vf.malformed'),
    })
  }

  const otro = () => {
    setResultado(undefined)
    reset()
    if (location.hash) history.replaceState(history.state, '', location.pathname)
  }

  onMount(() => {
    preloadDecoder()
    const token = documentTokenIn(location.hash)
    if (token) void running(() => porQr(token))
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
              <Respuesta resultado={found()} />
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
