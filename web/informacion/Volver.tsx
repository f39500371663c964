import { createSignal, lazy, Show } from 'solid-js'
import type { FieldError } from '../../worker/errors.ts'
import { ErrorSummary } from '../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { locale, obligatorio } from '../i18n/index.ts'
import type { ReciboDerivado } from './cripto.ts'
import './informacion.css'
import type { Historia } from './volver.ts'
import { tvol } from './volver-i18n/index.ts'
import { problemasDe } from './volver-palabras.ts'

export { ready } from './volver-i18n/index.ts'

// The history, the answer's form and the file picker load once a key opened a tip: a first visit
// to this address (a landing page) pays for the key's form alone (budget.test.ts).
const HistoriaDelTip = lazy(async () => ({ default: (await import('./VolverHistoria.tsx')).HistoriaDelTip }))

/**
 * `/informacion/volver` (`VOLVER_PATH`): the tipster types the receipt key; the page derives from
 * it, on the device, the id it sends and the reply key that opens the desk's questions (decision
 * 0045), pays a proof of work and reads the history (decision 0047). A typo the key's check catches
 * is said as such; any key the server does not know gets the same words, whether or not it was
 * ever a tip's. The key and what it derives stay in this page's memory only — never storage, never
 * the address — and «Terminar» drops them.
 */
export function Volver() {
  const [escrito, setEscrito] = createSignal('')
  const [abierto, setAbierto] = createSignal<{ recibo: ReciboDerivado; historia: Historia } | undefined>()
  const [errores, setErrores] = createSignal<FieldError[]>([])
  const [ocupado, setOcupado] = createSignal(false)
  usePageTitle(
    () => tvol('vol.title'),
    () => errores().length > 0,
  )

  /** Reads the history (again, after an answer); false when it could not. */
  const leer = async (recibo: ReciboDerivado, campo: string): Promise<boolean> => {
    const { consultar } = await import('./volver.ts')
    const r = await consultar(recibo, locale())
    if (!r.ok) {
      setErrores(problemasDe(r, campo))
      return false
    }
    setAbierto({ recibo, historia: r.valor })
    // The key leaves the field once it has opened the tip: what it derives is all the page keeps.
    setEscrito('')
    return true
  }

  const entrar = async (event: SubmitEvent) => {
    event.preventDefault()
    if (ocupado()) return
    if (escrito().trim() === '')
      return setErrores([{ field: 'clave', message: obligatorio(tvol('vol.clave')) }])
    setOcupado(true)
    try {
      const { derivarRecibo, leerRecibo } = await import('./cripto.ts')
      const clave = await leerRecibo(escrito())
      if (!clave) return setErrores([{ field: 'clave', message: tvol('vol.error.typo') }])
      setErrores([])
      await leer(await derivarRecibo(clave), 'clave')
    } finally {
      setOcupado(false)
    }
  }

  // Not the forms kit's errorFor: its chunk (5 kB) would come with it.
  const error = () => errores().find((e) => e.field === 'clave')?.message
  return (
    <>
      <Show when={errores().length > 0 ? errores() : undefined} keyed>
        {(lista) => <ErrorSummary errors={lista} />}
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tvol('vol.title')}
      </h1>
      <Show
        when={abierto()}
        fallback={
          <>
            <p class="lead">{tvol('vol.lead')}</p>
            <div class="inset">
              <p>{tvol('vol.memoria')}</p>
            </div>
            <form novalidate onSubmit={(event) => void entrar(event)}>
              {/* The forms kit's TextField would add its 5 kB to this landing page: one input, by hand. */}
              <div class={error() ? 'form-group form-group--error' : 'form-group'}>
                <label class="label" for="clave">
                  {tvol('vol.clave')}
                </label>
                <div id="clave-hint" class="hint">
                  {tvol('vol.clave.hint')}
                </div>
                <Show when={error()}>
                  <p id="clave-error" class="error-message">
                    {error()}
                  </p>
                </Show>
                <input
                  id="clave"
                  name="clave"
                  type="text"
                  class={error() ? 'input input--error input--recibo' : 'input input--recibo'}
                  value={escrito()}
                  onInput={(event) => setEscrito(event.currentTarget.value)}
                  autocomplete="off"
                  autocapitalize="characters"
                  spellcheck={false}
                  aria-describedby={error() ? 'clave-hint clave-error' : 'clave-hint'}
                  aria-invalid={error() ? 'true' : undefined}
                />
              </div>
              <button type="submit" class="button" disabled={ocupado()}>
                {ocupado() ? tvol('vol.buscando') : tvol('vol.entrar')}
              </button>
            </form>
          </>
        }
      >
        {(a) => (
          <HistoriaDelTip
            recibo={a().recibo}
            historia={a().historia}
            errores={errores()}
            setErrores={setErrores}
            leer={(recibo) => leer(recibo, 'texto')}
            terminar={() => {
              setAbierto(undefined)
              setErrores([])
            }}
          />
        )}
      </Show>
    </>
  )
}
