import { useNavigate } from '@solidjs/router'
import { onMount, Show } from 'solid-js'
import { QuestionPage } from '../../components/QuestionPage.tsx'
import { me } from '../../cuenta/session.ts'
import { paths } from '../api.ts'
import { nombreCampo, valor } from '../palabras.ts'
import { draft, elegido, inputDe, MAX_EXPLICACION, RectificacionInput, ValorInput } from './form.ts'
import { tco } from './i18n/index.ts'

/** The browser's help for the value of each field a citizen may correct. */
const AUTOCOMPLETE: Record<string, string> = {
  email: 'email',
  telefono: 'tel',
  nombres: 'given-name',
  apellidos: 'family-name',
}

/**
 * The later questions need a field chosen: without one (a bookmark, another tab) they go back to
 * it; so do another citizen's answers on a shared device (when who is signed in is known here).
 */
function useEleccion(): void {
  const navigate = useNavigate()
  onMount(async () => {
    const r = draft.values()
    const user = me()
    if (user && r.titular !== '' && r.titular !== (user.run ?? '')) await draft.discard()
    if (!elegido(draft.values())) navigate(paths.correccion, { replace: true })
  })
}

/** Step 2: the correct value, the field's current one as its hint. */
export function Valor() {
  useEleccion()
  const r = () => draft.values()
  return (
    <Show when={elegido(r())}>
      <QuestionPage
        draft={draft}
        schema={ValorInput(r().registroTipo, r().campo)}
        toInput={(values) => ({ valor: values.valor })}
        field="valor"
        caption={tco('co.caption')}
        label={tco('co.valor.label', { campo: nombreCampo(r().campo) })}
        hint={tco('co.valor.hint', { actual: valor(r().campo, r().actual) })}
        step={2}
        steps={3}
        back={paths.correccion}
        next={paths.explicacion}
        autocomplete={AUTOCOMPLETE[r().campo] ?? 'off'}
        type={r().campo === 'email' ? 'email' : 'text'}
      />
    </Show>
  )
}

/** Step 3: an explanation, if the citizen wants to give one. */
export function Explicacion() {
  useEleccion()
  return (
    <Show when={elegido(draft.values())}>
      <QuestionPage
        draft={draft}
        schema={RectificacionInput}
        toInput={inputDe}
        field="explicacion"
        caption={tco('co.caption')}
        label={tco('co.explicacion.label')}
        hint={tco('co.explicacion.hint')}
        step={3}
        steps={3}
        back={paths.valor}
        next={paths.revisar}
        multiline
        maxLength={MAX_EXPLICACION}
      />
    </Show>
  )
}
