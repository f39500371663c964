import { A, useNavigate } from '@solidjs/router'
import { createEffect, createSignal, Show } from 'solid-js'
import { Checkbox } from '../../components/Checkbox.tsx'
import { DateInput } from '../../components/DateInput.tsx'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { focusOnArrival } from '../../components/screen.tsx'
import { TextField } from '../../components/TextField.tsx'
import { locale, t } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import type { Ficha } from '../constancias.tsx'
import { paths } from '../constancias.tsx'
import { ConFicha } from '../tramite/Tramite.tsx'
import { PhoneField } from './Campos.tsx'
import { birthDateProblem, errorFor, loadValidar, problemsOf, registroRows } from './comun.ts'
import { draft, empty, type Respuestas, serverProblems, setServerProblems } from './form.ts'
import { tv } from './i18n/index.ts'

function Formulario(props: { ficha: Ficha }) {
  const navigate = useNavigate()
  // Errors show after the first Continue, and follow the answers (and the language) from then on.
  const [checked, setChecked] = createSignal(serverProblems().length > 0 ? 1 : 0)
  const errors = () => (checked() > 0 ? problemsOf(draft.values(), serverProblems()) : [])
  const error = (field: string) => errorFor(errors(), field)
  usePageTitle(
    () => tv('form.title'),
    () => errors().length > 0,
  )
  focusOnArrival(draft.ready, () => serverProblems().length > 0)
  // The answers are this citizen's, for the election open now: a draft another citizen left on a
  // shared device is dropped, and an older draft is moved to today's election.
  createEffect(() => {
    if (!draft.loaded()) return
    const { run, eleccionId } = draft.values()
    const { registro, eleccion } = props.ficha
    // No owner yet: answers brought back from a refused submission made on this very page.
    if (run === '') draft.update('run', registro.run)
    else if (run !== registro.run) draft.replace({ ...empty, run: registro.run, eleccionId: eleccion.id })
    if (eleccionId !== eleccion.id) draft.update('eleccionId', eleccion.id)
  })
  const set = (field: keyof Respuestas) => (value: string) => {
    draft.update(field, value)
    // The server's verdict was on the old value.
    const touched = field === 'dia' || field === 'mes' || field === 'anio' ? 'fechaNacimiento' : field
    if (serverProblems().some((p) => p.field === touched))
      setServerProblems(serverProblems().filter((p) => p.field !== touched))
  }
  const [checking, setChecking] = createSignal(false)
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (checking()) return
    await loadValidar()
    if (problemsOf(draft.values(), serverProblems()).length > 0) return setChecked((n) => n + 1)
    setChecking(true)
    const problem = await birthDateProblem(draft.values()).finally(() => setChecking(false))
    if (problem) {
      setServerProblems([problem])
      return setChecked((n) => n + 1)
    }
    navigate(paths.review)
  }
  const values = () => draft.values()
  return (
    <>
      <A href={paths.aviso} class="back-link">
        {t('form.back')}
      </A>
      <Show when={errors().length > 0 ? checked() : undefined} keyed>
        <ErrorSummary errors={errors()} />
      </Show>
      <span class="caption">{tv('info.title')}</span>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tv('form.title')}
      </h1>
      <p>{tv('form.lead')}</p>
      <h2>{tv('form.registry')}</h2>
      <SummaryList rows={registroRows(props.ficha.registro)} />
      <p class="hint">{tv('form.registry.note')}</p>
      <h2>{tv('form.yours')}</h2>
      <p>{tv('form.yours.why')}</p>
      <Show when={draft.loaded()}>
        <form novalidate onSubmit={(event) => void onSubmit(event)} on:focusin={() => void loadValidar()}>
          <DateInput
            id="fechaNacimiento"
            legend={fieldLabel(locale(), 'fechaNacimiento')}
            hint={tv('form.birth.hint')}
            error={error('fechaNacimiento')}
            partes={['dia', 'mes', 'anio']}
            words={{ dia: tv('form.day'), mes: tv('form.month'), anio: tv('form.year') }}
            value={values()}
            onInput={(part, value) => set(part)(value)}
            autocomplete="bday"
          />
          <TextField
            id="email"
            type="email"
            label={fieldLabel(locale(), 'email')}
            hint={tv('form.email.hint')}
            error={error('email')}
            value={values().email}
            onInput={set('email')}
            autocomplete="email"
          />
          <TextField
            id="emailConfirmacion"
            type="email"
            label={fieldLabel(locale(), 'emailConfirmacion')}
            hint={tv('form.emailConfirm.hint')}
            error={error('emailConfirmacion')}
            value={values().emailConfirmacion}
            onInput={set('emailConfirmacion')}
            autocomplete="email"
          />
          <PhoneField
            id="telefono"
            label={fieldLabel(locale(), 'telefono')}
            hint={tv('form.phone.hint')}
            error={error('telefono')}
            value={values().telefono}
            onInput={set('telefono')}
            autocomplete="tel"
            inputClass="input--20"
          />
          <Checkbox
            id="declaracion"
            legend={tv('form.declaration.legend')}
            label={fieldLabel(locale(), 'declaracion')}
            hint={tv('form.declaration.hint')}
            error={error('declaracion')}
            checked={values().declaracion === 'si'}
            onChange={(on) => set('declaracion')(on ? 'si' : '')}
          />
          <button type="submit" class="button" disabled={checking()}>
            {checking() ? tv('form.checking') : tv('form.continue')}
          </button>
        </form>
      </Show>
      <p class="hint">{t('form.draftNote')}</p>
    </>
  )
}

/** `/constancias/votacion/formulario`: the registries' data and the fields the citizen completes. */
export function Datos() {
  return <ConFicha>{(ficha) => <Formulario ficha={ficha} />}</ConFicha>
}
