import { render } from 'solid-js/web'
import { App } from './app.tsx'
import { startSession } from './cuenta/session.ts'
import { startI18n } from './i18n/index.ts'
import { sinRastro } from './informacion/sin-rastro.ts'
import { startOutbox } from './offline/outbox-start.ts'
import { registerServiceWorker } from './pwa/register.ts'

const root = document.getElementById('app')
if (root) {
  // The catalogue of the visitor's language loads before the first paint: no flash of Spanish.
  await startI18n()
  root.textContent = ''
  render(() => <App />, root)
  // Información anónima's pages open nothing on the device: no outbox, no session, no service
  // worker (decision 0045). Any other page starts them as usual.
  if (!sinRastro()) startDevice()
}

function startDevice() {
  startOutbox()
  startSession()
  // After the page has loaded, so precaching never competes with what the visitor is waiting for.
  if (document.readyState === 'complete') void registerServiceWorker()
  else window.addEventListener('load', () => void registerServiceWorker(), { once: true })
}
