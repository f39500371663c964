import { A } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { t } from '../i18n/index.ts'
import { me, signOut } from './session.ts'

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

/**
 * The header's second row while someone is signed in: their name, their pages ("Mis trámites" and
 * "Mis datos" for a citizen; the name leads an officer to their area), and "Cerrar sesión".
 */
export function AccountBar() {
  const [busy, setBusy] = createSignal(false)
  const [failed, setFailed] = createSignal(false)
  const leave = async () => {
    setBusy(true)
    setFailed(false)
    if (!(await signOut())) {
      setBusy(false)
      setFailed(true)
    }
  }
  return (
    <Show when={me()}>
      {(user) => (
        <div class="account">
          <nav class="container account__inner" aria-label={t('account.nav')}>
            <Show
              when={user().kind !== 'staff'}
              fallback={
                <A href="/funcionarios" class="account__name">
                  {user().name}
                </A>
              }
            >
              <span class="account__name">{user().name}</span>
              <A href="/mis-tramites" class="account__link">
                {t('account.myRequests')}
              </A>
              <A href="/mis-datos" class="account__link">
                {t('account.myData')}
              </A>
            </Show>
            <button type="button" class="account__button" disabled={busy()} onClick={() => void leave()}>
              {busy() ? t('account.signingOut') : t('account.signOut')}
            </button>
            <p class="account__error" role="alert">
              {failed() ? t('account.signOutFailed') : ''}
            </p>
          </nav>
        </div>
      )}
    </Show>
  )
}
