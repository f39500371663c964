import { A, useNavigate } from '@solidjs/router'
import { StaffCreateInput } from '../../worker/identity/staff-schemas.ts'
import { FormErrorSummary, SubmitButton } from '../components/FieldChrome.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { Radios } from '../components/Radios.tsx'
import { Select } from '../components/Select.tsx'
import { TextField } from '../components/TextField.tsx'
import { callApi } from '../forms/api.ts'
import { createForm } from '../forms/form.ts'
import { problemsOf } from '../forms/problemas.ts'
import { t } from '../i18n/index.ts'
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
          <FormErrorSummary form={form} />
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {ts('staff.new.title')}
          </h1>
          <p>{ts('staff.new.lead')}</p>
          <form novalidate onSubmit={form.onSubmit(send)}>
            <TextField
              {...form.field('email')}
              type="email"
              hint={ts('staff.new.email.hint')}
              autocomplete="off"
              inputClass="input--30"
            />
            <TextField {...form.field('nombres')} autocomplete="off" inputClass="input--20" />
            <TextField {...form.field('apellidos')} autocomplete="off" inputClass="input--20" />
            <Radios {...form.field('role')} options={roleOptions()} />
            <Select
              {...form.field('unidadCode')}
              hint={ts('staff.new.unidad.hint')}
              placeholder={ts('staff.new.unidad.choose')}
              groups={unidadGroups(unidades())}
            />
            <SubmitButton form={form} label={ts('staff.new.submit')} busyLabel={t('form.sending')} />
          </form>
        </>
      )}
    </StaffGate>
  )
}
