import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import type { AvisoKey } from './i18n/es.ts'
import { tav } from './i18n/index.ts'
import { AVISOS, type ServicioAviso } from './servicios.ts'

export { ready } from './i18n/index.ts'

/** The parts of the longer layer, in order, each a heading and a paragraph. */
const PARTES = ['datos', 'finalidad', 'base', 'plazo', 'destinatarios'] as const

/**
 * A service's privacy notice, layered: a short summary always visible, and the rest behind
 * "Más información sobre sus datos" (a native `<details>`: keyboard and screen readers know it).
 */
export function Aviso(props: { servicio: ServicioAviso }) {
  const aviso = () => AVISOS[props.servicio]
  const texto = (parte: string) => tav(`av.${props.servicio}.${parte}` as AvisoKey, aviso().cifras)
  const Usar = () => (
    <Show when={aviso().derechos === 'mis-datos'} fallback={<p>{tav('av.usar.unidad')}</p>}>
      <p>
        {tav('av.usar.misDatos')} <A href="/mis-datos">{tav('av.misDatos')}</A>.
      </p>
    </Show>
  )
  return (
    <section class="aviso" aria-labelledby="aviso-privacidad">
      <h2 id="aviso-privacidad" class="heading-m">
        {tav('av.title')}
      </h2>
      <p>{texto('resumen')}</p>
      <Usar />
      <details class="aviso__mas">
        <summary class="aviso__summary">
          <span>{tav('av.more')}</span>
        </summary>
        <div class="aviso__detalle">
          <For each={PARTES}>
            {(parte) => (
              <>
                <h3 class="heading-s">{tav(`av.h.${parte}`)}</h3>
                <p>{texto(parte)}</p>
              </>
            )}
          </For>
          <h3 class="heading-s">{tav('av.h.derechos')}</h3>
          <p>{tav('av.derechos')}</p>
          <Usar />
          <p>{tav('av.reclamo')}</p>
          <p>{tav('av.responsable')}</p>
        </div>
      </details>
    </section>
  )
}
