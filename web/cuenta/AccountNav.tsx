import { A } from '@solidjs/router'
import { Show } from 'solid-js'
import { t } from '../i18n/index.ts'
import { me } from './session.ts'

/** In the header's top row, for visitors not signed in: "Ingresar". */
export function SignInLink() {
  return (
    <Show when={me() === null}>
      <A href="/ingresar" class="header__link">
        {t('account.signIn')}
      </A>
    </Show>
  )
}
