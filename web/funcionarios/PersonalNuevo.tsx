import { A, useNavigate } from '@solidjs/router'
import { Show } from 'solid-js'
import { StaffCreateInput } from '../../worker/identity/staff-schemas.ts'
import { ErrorSummary } from '../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { Radios } from '../components/Radios.tsx'
import { Select } from '../components/Select.tsx'
import { TextField } from '../components/TextField.tsx'
import { callApi } from '../forms/api.ts'
import { createForm } from '../forms/form.ts'
import { problemsOf } from '../forms/problemas.ts'
import { locale, t } from '../i18n/index.ts'
import { fieldLabel } from '../i18n/server-catalog.ts'
import { ts } from './i18n/index.ts'
import { PERSONAL_PATH, type StaffNotice } from './Personal.tsx'
import { StaffGate } from './StaffGate.tsx'
import { roleOptions, unidadGroups, useUnidades } from './staff.ts'

/** `/funcionarios/personal/nuevo`: an administrator creates a staff account; an invitation goes out. */
export function PersonalNuevo() {
  const navigate = useNavigate()
  const unidades = useUnidades()
  const form = createForm(StaffCreateInput, {
    email: '',
    nombres: '',
    apellidos: '',
    role: '',
    unidadCode: '',
  })
  usePageTitle(
    () => ts('staff.new.title'),
    () => form.errors().length > 0,
  )
  const send = async (values: {
    email: string
    nombres: string
    apellidos: string
    role: string
    unidadCode: string
  }) => {
    const result = await callApi('POST', '/api/admin/staff', values)
    if (!result.ok) {
      if (result.error?.code === 'conflict')
        return form.fail([{ field: 'email', message: ts('staff.new.conflict') }])
      return form.fail(problemsOf(result))
    }
    const notice: StaffNotice = {
      kind: 'created',
      name: `${values.nombres.trim()} ${values.apellidos.trim()}`,
      email: values.email.trim().toLowerCase(),
    }
    navigate(PERSONAL_PATH, { state: { notice } })
  }
  return (
    <StaffGate capacidad="personal.administrar" title={ts('staff.new.title')}>
      {() => (
        <>
          <A href={PERSONAL_PATH} class="back-link">
            {t('form.back')}
          </A>
          <Show when={form.attempt()} keyed>
            <ErrorSummary errors={form.errors()} hrefFor={form.hrefFor} />
          </Show>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {ts('staff.new.title')}
          </h1>
          <p>{ts('staff.new.lead')}</p>
          <form novalidate onSubmit={form.onSubmit(send)}>
            <TextField
              id="email"
              type="email"
              label={fieldLabel(locale(), 'email')}
              hint={ts('staff.new.email.hint')}
              error={form.error('email')}
              value={form.values().email}
              onInput={form.set('email')}
              autocomplete="off"
              inputClass="input--30"
            />
            <TextField
              id="nombres"
              label={fieldLabel(locale(), 'nombres')}
              error={form.error('nombres')}
              value={form.values().nombres}
              onInput={form.set('nombres')}
              autocomplete="off"
              inputClass="input--20"
            />
            <TextField
              id="apellidos"
              label={fieldLabel(locale(), 'apellidos')}
              error={form.error('apellidos')}
              value={form.values().apellidos}
              onInput={form.set('apellidos')}
              autocomplete="off"
              inputClass="input--20"
            />
            <Radios
              id="role"
              legend={fieldLabel(locale(), 'role')}
              error={form.error('role')}
              options={roleOptions()}
              value={form.values().role}
              onChange={form.set('role')}
            />
            <Select
              id="unidadCode"
              label={fieldLabel(locale(), 'unidadCode')}
              hint={ts('staff.new.unidad.hint')}
              placeholder={ts('staff.new.unidad.choose')}
              error={form.error('unidadCode')}
              groups={unidadGroups(unidades())}
              value={form.values().unidadCode}
              onChange={form.set('unidadCode')}
            />
            <button type="submit" class="button" disabled={form.busy()}>
              {form.busy() ? t('form.sending') : ts('staff.new.submit')}
            </button>
          </form>
        </>
      )}
    </StaffGate>
  )
}
