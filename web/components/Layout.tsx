import { A } from '@solidjs/router'
import { createSignal, ErrorBoundary, type JSX, lazy, onCleanup, Show, Suspense } from 'solid-js'
import { AccountBar, SignInLink } from '../cuenta/AccountNav.tsx'
import { t } from '../i18n/index.ts'
import { outboxLoaded } from '../offline/outbox-start.ts'
import { UpdatePrompt } from '../pwa/UpdatePrompt.tsx'
import { LanguageSwitch } from './LanguageSwitch.tsx'

function OfflineNotice() {
  const [online, setOnline] = createSignal(navigator.onLine)
  const update = () => setOnline(navigator.onLine)
  window.addEventListener('online', update)
  window.addEventListener('offline', update)
  onCleanup(() => {
    window.removeEventListener('online', update)
    window.removeEventListener('offline', update)
  })
  return (
    <div role="status">
      {online() ? null : (
        <div class="banner">
          <p class="container">{t('app.offline')}</p>
        </div>
      )}
    </div>
  )
}

/**
 * "N envíos pendientes" (offline/OutboxBanner.tsx), in the outbox's chunk: once that has loaded
 * (offline/outbox-start.ts), the import resolves at once, offline too.
 */
const OutboxBanner = lazy(() =>
  import('../offline/OutboxBanner.tsx').then((m) => ({ default: m.OutboxBanner })),
)

/**
 * A page whose code did not load: with no network, a service never opened on this device (only the
 * shell is precached, decision 0074) — said as such; otherwise a failed load.
 */
function LoadFailed() {
  return (
    <>
      <h1>{t(navigator.onLine ? 'app.loadFailed' : 'app.notOnDevice')}</h1>
      <button type="button" class="button" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </>
  )
}

/** The frame of every page: skip link, header with language switch, banners, main, footer. */
export function Layout(props: { children?: JSX.Element }) {
  let main: HTMLElement | undefined
  const skip = (event: MouseEvent) => {
    event.preventDefault()
    main?.focus()
  }
  return (
    <div class="page">
      <a class="skip-link" href="#main" on:click={skip}>
        {t('app.skip')}
      </a>
      <header class="header">
        <div class="container header__inner">
          <A href="/" class="header__brand">
            <img class="header__logo" src="/icons/logo.svg" alt="" width="36" height="36" />
            <span>
              {t('app.name')}
              <span class="header__tagline">{t('app.tagline')}</span>
            </span>
          </A>
          <div class="header__tools">
            <LanguageSwitch />
            <SignInLink />
          </div>
        </div>
        <AccountBar />
      </header>
      <UpdatePrompt />
      <OfflineNotice />
      <Show when={outboxLoaded()}>
        <Suspense>
          <OutboxBanner />
        </Suspense>
      </Show>
      <main id="main" class="container" tabindex="-1" ref={main}>
        <ErrorBoundary fallback={<LoadFailed />}>
          <Suspense>{props.children}</Suspense>
        </ErrorBoundary>
      </main>
      <footer class="footer">
        <div class="container">
          <p>
            <strong>{t('app.emergency')}</strong>
          </p>
          {/* Not on información anónima's pages, which keep nothing (they hide it: web/informacion). */}
          <p class="footer__borradores">{t('app.footer')}</p>
          <ul class="footer__links">
            <li>
              <A href="/envios">{t('outbox.view')}</A>
            </li>
            <li>
              <A href="/funcionarios">{t('app.staff')}</A>
            </li>
          </ul>
        </div>
      </footer>
    </div>
  )
}
