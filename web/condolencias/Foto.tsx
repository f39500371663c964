import { Show } from 'solid-js'
import { tcd } from './i18n/index.ts'
import type { Foto as FotoApi } from './rutas.ts'

/**
 * A memorial's photo at the phone's size: the browser picks from the three widths by `sizes`, so a
 * phone on a slow link downloads the 320 px one.
 */
export function Foto(props: { foto: FotoApi | null; nombre: string; sizes: string; class: string }) {
  return (
    <Show when={props.foto}>
      {(foto) => (
        <img
          class={props.class}
          src={foto().src}
          srcset={foto().srcset}
          sizes={props.sizes}
          alt={tcd('cond.foto', { nombre: props.nombre })}
          loading="lazy"
          decoding="async"
        />
      )}
    </Show>
  )
}

/** «12 mensajes», «1 mensaje», «Sin mensajes todavía». */
export function cuantosMensajes(n: number): string {
  return n === 0
    ? tcd('cond.mensajes.cero')
    : n === 1
      ? tcd('cond.mensajes.uno')
      : tcd('cond.mensajes', { n })
}
