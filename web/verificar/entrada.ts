import { createSignal } from 'solid-js'
import { obligatorio } from '../i18n/index.ts'
import { entrada } from './consulta.ts'

/**
 * A verifier's input (typed, pasted or scanned) and what became of it: the problem to show, a
 * counter to key the error summary on, whether a check is running. `verificar` reads the text as
 * a QR code's token or a printed code and runs the matching check, one at a time.
 *
 * @example
 * const input = createEntrada()
 * void input.verificar({ token: porQr, code: porCodigo, label: 'Código', malformed: tf('vf.malformed') })
 */
export function createEntrada() {
  const [texto, setTexto] = createSignal('')
  const [error, setError] = createSignal<string | undefined>()
  const [attempt, setAttempt] = createSignal(0)
  const [busy, setBusy] = createSignal(false)
  const fail = (message: string) => {
    setError(message)
    setAttempt((n) => n + 1)
  }
  /** Runs `check` with the busy flag up (also for a check that does not come from the input). */
  const running = async (check: () => Promise<unknown>) => {
    setBusy(true)
    try {
      await check()
    } finally {
      setBusy(false)
    }
  }
  const verificar = async (checks: {
    token: (token: string) => Promise<unknown>
    code: (code: string) => Promise<unknown>
    /** The field's label, for the one message of an empty field. */
    label: string
    malformed: string
  }) => {
    if (busy()) return
    setError(undefined)
    const leido = entrada(texto())
    if ('problema' in leido)
      return fail(leido.problema === 'required' ? obligatorio(checks.label) : checks.malformed)
    await running(() => ('token' in leido ? checks.token(leido.token) : checks.code(leido.code)))
  }
  const reset = () => {
    setTexto('')
    setError(undefined)
  }
  return { texto, setTexto, error, attempt, busy, fail, running, verificar, reset }
}
