import { useNavigate } from '@solidjs/router'
import { NewPassword } from '../components/NewPassword.tsx'
import { t } from '../i18n/index.ts'
import { ts } from './i18n/index.ts'

/**
 * `/funcionarios/activar#<token>`: the invitation an administrator sent. The new staff member
 * chooses a password, then signs in, where they enrol their authenticator app.
 */
export function Activar() {
  const navigate = useNavigate()
  return (
    <NewPassword
      title={ts('staff.activate.title')}
      doneTitle={ts('staff.activate.done')}
      doneBody={ts('staff.login.activated')}
      onSaved={() => navigate('/funcionarios/ingresar', { state: { activated: true } })}
      next={{ href: '/funcionarios/ingresar', label: t('account.signIn') }}
    />
  )
}
