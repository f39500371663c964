import { createSignal, Match, Switch } from 'solid-js'
import { Radios } from '../components/Radios.tsx'
import { TextField } from '../components/TextField.tsx'
import { callApi } from '../forms/api.ts'
import { tcd } from './i18n/index.ts'
import { reportesUrl } from './rutas.ts'

const MOTIVOS = ['ofensivo', 'datos_personales', 'falso', 'otro'] as const

export { ready } from './i18n/index.ts'

/**
 * The report's small form (why, and an optional detail) that anyone may send, loaded when a reader
 * presses «Reportar» (Memorial.tsx): the memorial's first visit does not carry the form kit. The
 * API takes one report per reader, so sending twice is harmless.
 */
export function Reportar(props: { id: string; cerrar: () => void }) {
  const [motivo, setMotivo] = createSignal('')
  const [detalle, setDetalle] = createSignal('')
  const [error, setError] = createSignal<string | undefined>()
  const [estado, setEstado] = createSignal<'editando' | 'enviando' | 'enviado'>('editando')
  const idCampo = (campo: string) => `reporte-${props.id}-${campo}`
  const enviar = async (event: SubmitEvent) => {
    event.preventDefault()
    if (!motivo()) return setError(tcd('cond.reportar.elegir'))
    setError(undefined)
    setEstado('enviando')
    const body = detalle().trim() ? { motivo: motivo(), detalle: detalle().trim() } : { motivo: motivo() }
    const answer = await callApi('POST', reportesUrl(props.id), body)
    if (answer.ok) return setEstado('enviado')
    setEstado('editando')
    setError(answer.error?.message ?? tcd('cond.reportar.error'))
  }
  return (
    <Switch>
      <Match when={estado() === 'enviado'}>
        <p class="hint" role="status">
          {tcd('cond.reportar.gracias')}
        </p>
      </Match>
      <Match when={true}>
        <form class="reporte" novalidate onSubmit={(event) => void enviar(event)}>
          <Radios
            id={idCampo('motivo')}
            legend={tcd('cond.reportar.legend')}
            error={error()}
            options={MOTIVOS.map((value) => ({ value, label: tcd(`cond.reportar.${value}`) }))}
            value={motivo()}
            onChange={setMotivo}
          />
          <TextField
            id={idCampo('detalle')}
            label={tcd('cond.reportar.detalle')}
            value={detalle()}
            onInput={setDetalle}
            multiline
            maxLength={500}
          />
          <div class="button-group">
            <button type="submit" class="button" disabled={estado() === 'enviando'}>
              {tcd('cond.reportar.enviar')}
            </button>
            <button type="button" class="link-button" onClick={() => props.cerrar()}>
              {tcd('cond.reportar.cancelar')}
            </button>
          </div>
        </form>
      </Match>
    </Switch>
  )
}
