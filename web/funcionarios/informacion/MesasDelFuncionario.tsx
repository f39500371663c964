import { createResource, createSignal, Show } from 'solid-js'
import { Notice } from '../../components/Notice.tsx'
import { Select } from '../../components/Select.tsx'
import { callApi } from '../../forms/api.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { obligatorio } from '../../i18n/index.ts'
import { INFORMACION_API, MESAS_API, type MesaPublica } from './api.ts'
import { tin } from './i18n/index.ts'

/**
 * On an administrator's screen of one staff member: puts them on an anonymous-tips desk or takes
 * them off (`POST`/`DELETE …/mesas/:mesa/analistas`). Both are safe to repeat. Putting someone on
 * a desk gives them nothing to read: an analyst of the desk must wrap its key for them; taking
 * them off deletes their copies, and an analyst should rotate the key (decision 0044, 6–7).
 *
 * @example
 * <MesasDelFuncionario userId={member.id} name="Ana Soto" />
 */
export function MesasDelFuncionario(props: { userId: string; name: string }) {
  const [mesas] = createResource(async () => {
    const result = await callApi<MesaPublica[]>('GET', MESAS_API)
    return result.ok ? result.body : []
  })
  const [elegida, setElegida] = createSignal('')
  const [error, setError] = createSignal<string | undefined>()
  const [hecho, setHecho] = createSignal<string | undefined>()
  const [ocupado, setOcupado] = createSignal(false)
  const cambiar = async (poner: boolean) => {
    setHecho(undefined)
    const mesa = (mesas() ?? []).find((m) => m.id === elegida())
    if (!mesa) return setError(obligatorio(tin('in.admin.mesa')))
    setError(undefined)
    setOcupado(true)
    const base = `${INFORMACION_API}/mesas/${mesa.id}/analistas`
    const result = poner
      ? await callApi('POST', base, { userId: props.userId })
      : await callApi('DELETE', `${base}/${props.userId}`)
    setOcupado(false)
    if (!result.ok) return setError(problemsOf(result)[0]?.message)
    setHecho(tin(poner ? 'in.admin.puesto' : 'in.admin.quitado', { name: props.name, unidad: mesa.unidad }))
  }
  return (
    <section aria-labelledby="mesas-informacion">
      <h2 id="mesas-informacion" class="heading-m">
        {tin('in.admin.title')}
      </h2>
      <Show when={hecho()}>
        {(texto) => (
          <Notice title={tin('in.admin.hecho')}>
            <p>{texto()}</p>
          </Notice>
        )}
      </Show>
      <p>{tin('in.admin.lead')}</p>
      <Select
        id="mesaInformacion"
        label={tin('in.admin.mesa')}
        placeholder={tin('in.admin.elegir')}
        error={error()}
        options={(mesas() ?? []).map((m) => ({ value: m.id, label: m.unidad }))}
        value={elegida()}
        onChange={setElegida}
      />
      <div class="button-group">
        <button type="button" class="button" disabled={ocupado()} onClick={() => void cambiar(true)}>
          {tin('in.admin.poner')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={ocupado()}
          onClick={() => void cambiar(false)}
        >
          {tin('in.admin.quitar')}
        </button>
      </div>
    </section>
  )
}
