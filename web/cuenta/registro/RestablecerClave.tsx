import { NewPassword } from '../../components/NewPassword.tsx'
import { t } from '../../i18n/index.ts'
import { tr } from './i18n/index.ts'

export { ready } from './i18n/index.ts'

/** `/restablecer-clave#<token>`: the link of the password-reset e-mail. */
export function RestablecerClave() {
  return (
    <NewPassword
      title={tr('newPassword.title')}
      doneTitle={tr('newPassword.done.title')}
      doneBody={tr('newPassword.done.body')}
      again={{ href: '/recuperar-clave', label: tr('reset.again') }}
      next={{ href: '/ingresar', label: t('account.signIn') }}
    />
  )
}
