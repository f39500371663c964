import { safeReturnTo } from '../../worker/identity/return-to.ts'
import { tc } from './i18n/index.ts'

/**
 * ClaveÚnica's own button (its blue, its words), drawn here: no image from elsewhere. Pressing it
 * leaves the app for a full-page round trip through ClaveÚnica, as its integration manual asks
 * (no pop-up, no frame); the server brings the citizen back to `returnTo`.
 */
export function ClaveUnicaButton(props: { returnTo: string }) {
  const go = () => {
    window.location.assign(
      `/auth/claveunica/login?returnTo=${encodeURIComponent(safeReturnTo(props.returnTo, location.origin))}`,
    )
  }
  return (
    <button type="button" class="button-cu" onClick={go}>
      <svg class="button-cu__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
        <circle cx="12" cy="12" r="11" fill="#fff" />
        <circle cx="12" cy="9" r="3.2" fill="#0f69c4" />
        <path d="M6.5 18.5c.8-3 3-4.6 5.5-4.6s4.7 1.6 5.5 4.6" fill="#0f69c4" />
      </svg>
      <span>{tc('login.cu.button')}</span>
    </button>
  )
}
