import { A } from '@solidjs/router'
import { createSignal, Match, onMount, Show, Switch } from 'solid-js'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { TextField } from '../../components/TextField.tsx'
import { Escaner, preloadDecoder } from '../../escaner/index.tsx'
import { consultarCodigo, consultarToken, firmaDe, messageOf } from '../../verificar/consulta.ts'
import { ultimoContacto } from '../../verificar/contacto.ts'
import { createEntrada } from '../../verificar/entrada.ts'
import { publicKeys } from '../../verificar/keys.ts'
import { PermisoResultado } from '../../verificar/permiso/PermisoResultado.tsx'
import {
  conServidor,
  esPermisoPublico,
  porFirma,
  porServidor,
  type ResultadoPermiso,
} from '../../verificar/permiso/veredicto.ts'
import { StaffGate } from '../StaffGate.tsx'
import { tfp } from './i18n/index.ts'

/** The verdict of a scanned or pasted token: the signature here, then the server if it answers. */
async function porToken(token: string, show: (r: ResultadoPermiso, consultando: boolean) => void) {
  const local = porFirma(await firmaDe(token), new Date())
  // A forged token stays forged, and another document is not a permit: nothing to ask.
  if (local.veredicto === 'falsificado' || local.veredicto === 'otro_documento') return show(local, false)
  show(local, true)
  show(conServidor(local, await consultarToken(token), new Date()), false)
}

/**
 * `/funcionarios/verificar`: an officer at a checkpoint scans a permit's QR code (or types its
 * code, or pastes the QR's text). The signature is checked on the phone against the published keys
 * it keeps, so the verdict comes with the network gone; the server is asked next, for revocations.
 * Offline the page says that its answer is the signature's alone. It opens offline too (the
 * service worker keeps the staff chunks once loaded): checking a signature needs no session.
 */
export function VerificarPermiso() {
  const { texto, setTexto, error, attempt, busy, fail, verificar, reset } = createEntrada()
  const [resultado, setResultado] = createSignal<ResultadoPermiso | undefined>()
  const [consultando, setConsultando] = createSignal(false)
  usePageTitle(
    () => tfp('fp.verificar.title'),
    () => error() !== undefined,
  )

  onMount(() => {
    preloadDecoder()
    // The keys on the device now, so that a check works later without a connection.
    void publicKeys(undefined)
  })

  const porCodigo = async (code: string) => {
    const answer = await consultarCodigo(code)
    if (answer.status === 200) {
      return setResultado(
        esPermisoPublico(answer.body)
          ? porServidor(answer.body, new Date())
          : { veredicto: 'otro_documento' },
      )
    }
    if (answer.status === 404) return fail(tfp('fp.verificar.notFound'))
    if (answer.status === 400) return fail(tfp('fp.verificar.malformed'))
    if (answer.status === 0) return fail(tfp('fp.verificar.codigoOffline'))
    fail(messageOf(answer.body) ?? tfp('fp.verificar.codigoOffline'))
  }

  const show = (r: ResultadoPermiso, asking: boolean) => {
    setResultado(r)
    setConsultando(asking)
  }
  const onVerificar = () =>
    verificar({
      token: (token) => porToken(token, show),
      code: porCodigo,
      label: tfp('fp.verificar.campo'),
      malformed: tfp('fp.verificar.malformed'),
    })

  const otro = () => {
    setResultado(undefined)
    reset()
  }

  const contenido = (enLinea: boolean) => (
    <>
      <Show when={enLinea}>
        <A href="/funcionarios" class="back-link">
          {tfp('fp.back')}
        </A>
      </Show>
      <Show when={error() !== undefined && attempt()} keyed>
        <ErrorSummary errors={[{ field: 'code', message: error() ?? '' }]} />
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tfp('fp.verificar.title')}
      </h1>
      <Switch>
        <Match when={resultado()}>
          {(found) => (
            <>
              <PermisoResultado
                resultado={found()}
                consultando={consultando()}
                ultimoContacto={ultimoContacto()}
              />
              <p>
                <button type="button" class="button" onClick={otro}>
                  {tfp('fp.verificar.otro')}
                </button>
              </p>
            </>
          )}
        </Match>
        <Match when={busy()}>
          <p role="status">{tfp('fp.verificar.checking')}</p>
        </Match>
        <Match when={!resultado()}>
          <Show when={!enLinea}>
            <p class="inset">{tfp('fp.verificar.offline')}</p>
          </Show>
          <p class="lead">{tfp('fp.verificar.lead')}</p>
          <Escaner
            label={tfp('fp.verificar.escanear')}
            onCode={(text) => {
              setTexto(text)
              void onVerificar()
            }}
          />
          <form
            novalidate
            onSubmit={(event) => {
              event.preventDefault()
              void onVerificar()
            }}
          >
            <TextField
              id="code"
              label={tfp('fp.verificar.campo')}
              hint={tfp('fp.verificar.hint')}
              error={error()}
              value={texto()}
              onInput={setTexto}
              autocomplete="off"
              inputClass="input--20"
            />
            <button type="submit" class="button" disabled={busy()}>
              {tfp('fp.verificar.submit')}
            </button>
          </form>
        </Match>
      </Switch>
    </>
  )

  return (
    <StaffGate
      capacidad="permisos.fiscalizar"
      title={tfp('fp.verificar.title')}
      offline={() => contenido(false)}
    >
      {() => contenido(true)}
    </StaffGate>
  )
}
