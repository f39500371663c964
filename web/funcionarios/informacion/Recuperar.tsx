import { createSignal } from 'solid-js'
import { TextField } from '../../components/TextField.tsx'
import { tin } from './i18n/index.ts'
import { recuperar } from './llavero.ts'

/**
 * «Recuperar su clave en este equipo»: a recovery file made at enrolment and its passphrase put
 * the analyst's key back on this device (respaldo.ts); `onRecuperada` once it is here.
 *
 * @example
 * <Recuperar userId={user.id} onRecuperada={recargar} />
 */
export function Recuperar(props: { userId: string; onRecuperada: () => void }) {
  const [archivo, setArchivo] = createSignal<File | undefined>()
  const [frase, setFrase] = createSignal('')
  const [error, setError] = createSignal<string | undefined>()
  const [ocupado, setOcupado] = createSignal(false)
  const enviar = async (event: SubmitEvent) => {
    event.preventDefault()
    const elegido = archivo()
    setOcupado(true)
    const bien = elegido ? await recuperar(props.userId, await elegido.text(), frase()) : false
    setOcupado(false)
    if (!bien) return setError(tin('in.rec.mal'))
    setError(undefined)
    props.onRecuperada()
  }
  return (
    <form novalidate onSubmit={(event) => void enviar(event)}>
      <h2>{tin('in.rec.title')}</h2>
      <p>{tin('in.rec.lead')}</p>
      <p class="error-message" role="alert">
        {error() ?? ''}
      </p>
      <div class="form-group">
        <label class="label" for="archivoRecuperacion">
          {tin('in.rec.archivo')}
        </label>
        <input
          id="archivoRecuperacion"
          type="file"
          accept="application/json,.json"
          onChange={(event) => setArchivo(event.currentTarget.files?.[0])}
        />
      </div>
      <TextField
        id="fraseRecuperacion"
        label={tin('in.rec.frase')}
        type="password"
        autocomplete="off"
        value={frase()}
        onInput={setFrase}
      />
      <button type="submit" class="button button--secondary" disabled={ocupado()}>
        {tin('in.rec.submit')}
      </button>
    </form>
  )
}
