import { createSignal, onCleanup, onMount, Show } from 'solid-js'
import { callApi } from '../../forms/api.ts'
import { casoApi, type VistaCaso } from '../casos/api.ts'
import type { EstadoEnvio } from './api.ts'
import { tdn } from './i18n/index.ts'

/** How often a page waiting for the Fiscalía's RUC asks again. */
const CADA_MS = 2_000

/**
 * The report's way to the Fiscalía: "enviando" while the delivery waits for the RUC — asked again
 * every 2 s while the tab is shown, through the delivery's own endpoint (which records no read of
 * the person) — then the Fiscalía and the RUC. Announced politely as it changes.
 */
export function Envio(props: { numero: string; inicial: VistaCaso['envio']; onRuc?: () => void }) {
  const [envio, setEnvio] = createSignal(props.inicial)
  const esperando = () => envio()?.ruc === null
  const preguntar = async () => {
    if (!esperando() || document.visibilityState !== 'visible') return
    const result = await callApi<EstadoEnvio>('GET', `${casoApi(props.numero)}/envio`)
    if (!result.ok || !result.body.envio) return
    setEnvio(result.body.envio)
    if (result.body.envio.ruc) props.onRuc?.()
  }
  onMount(() => {
    const timer = setInterval(() => void preguntar(), CADA_MS)
    onCleanup(() => clearInterval(timer))
  })
  return (
    <Show when={envio()}>
      {(e) => (
        <section aria-labelledby="envio-title">
          <h2 id="envio-title" class="heading-m">
            {tdn('dn.envio.title')}
          </h2>
          <div aria-live="polite">
            <Show
              when={e().ruc}
              fallback={
                <p class="dn-enviando">
                  {e().ultimoError
                    ? tdn('dn.envio.reintentando', {
                        fiscalia: e().fiscalia,
                        intentos: e().intentos,
                        error: e().ultimoError ?? '',
                      })
                    : tdn('dn.envio.enviando', { fiscalia: e().fiscalia })}
                </p>
              }
            >
              {(ruc) => (
                <p class="dn-enviada">{tdn('dn.envio.recibida', { fiscalia: e().fiscalia, ruc: ruc() })}</p>
              )}
            </Show>
          </div>
        </section>
      )}
    </Show>
  )
}
