import { A, useLocation } from '@solidjs/router'
import { Show } from 'solid-js'
import { tw } from './i18n/index.ts'
import { everyOutboxItem, mine } from './outbox-client.ts'

const waits = (item: { state: string }) => item.state === 'pending'
/** This citizen's own items that wait for them to sign in again (or anyone's, signed out). */
const signInCount = () =>
  everyOutboxItem().filter((item) => waits(item) && item.awaitsSignIn && mine(item)).length
/** Another signed-in account's items: counted, never described. */
const othersWaiting = () => everyOutboxItem().filter((item) => waits(item) && !mine(item)).length

export { ready } from './i18n/index.ts'

/**
 * What waits on a sign-in (decision 0028): this citizen's own submissions, whose session ended —
 * with a link to sign in that comes back here — and, without a word of what they hold, another
 * account's. Its own chunk: the banner and `/envios` load it only when something waits so.
 *
 * @example
 * <Show when={waiting()}><Waiting /></Show>
 */
export function Waiting() {
  const location = useLocation()
  // Always a path of this page; /ingresar reads it through safeReturnTo (worker/identity/return-to.ts)
  // like any returnTo, so it cannot lead off the portal. Importing that here would cost every first
  // visit a preload list in the shell.
  const signIn = () => `/ingresar?returnTo=${encodeURIComponent(location.pathname + location.search)}`
  return (
    <>
      <Show when={signInCount() > 0}>
        <p data-waiting="sign-in">
          <strong>
            {tw(signInCount() === 1 ? 'wait.signIn.one' : 'wait.signIn.other', { n: signInCount() })}
          </strong>{' '}
          <A href={signIn()}>{tw('wait.signIn.link')}</A>
        </p>
      </Show>
      <Show when={othersWaiting() > 0}>
        <p data-waiting="other-account">{tw('wait.others')}</p>
      </Show>
    </>
  )
}
