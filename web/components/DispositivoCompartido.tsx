import type { Accessor } from 'solid-js'
import { me } from '../cuenta/session.ts'
import { tdc } from './dispositivo-compartido/i18n/index.ts'

export { ready } from './dispositivo-compartido/i18n/index.ts'

/**
 * "Estoy en un dispositivo compartido" (issue 15, point 7): ticked, the form's draft is kept off
 * this device's storage and what it held is erased at once; the answers stay in the page and, for
 * a signed-in citizen, on the account (web/offline/draft.ts, decision 0034). Await `ready` with
 * the form's own words, so that it is in place before the first field.
 *
 * @example
 * <DispositivoCompartido draft={draft} />
 */
export function DispositivoCompartido(props: {
  draft: { shared: Accessor<boolean>; setShared: (on: boolean) => void }
}) {
  const hint = () => (me()?.kind === 'citizen' ? tdc('dc.hint.cuenta') : tdc('dc.hint.pagina'))
  return (
    <div class="form-group">
      <div class="checkbox">
        <input
          class="checkbox__input"
          type="checkbox"
          id="dispositivo-compartido"
          aria-describedby="dispositivo-compartido-hint"
          checked={props.draft.shared()}
          onChange={(event) => props.draft.setShared(event.currentTarget.checked)}
        />
        <label class="checkbox__label" for="dispositivo-compartido">
          {tdc('dc.label')}
        </label>
        <p id="dispositivo-compartido-hint" class="hint">
          {hint()}
        </p>
      </div>
    </div>
  )
}
