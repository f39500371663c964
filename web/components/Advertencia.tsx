import type { JSX } from 'solid-js'
import './advertencia.css'

/**
 * GOV.UK's warning text: a bold sentence behind an exclamation mark, for what the citizen must not
 * miss. Screen readers hear `prefix` ("Importante") instead of the mark. The constancias and
 * información anónima's receipt key show one.
 *
 * @example
 * <Warning prefix="Importante">Esta clave no se puede recuperar.</Warning>
 */
export function Warning(props: { prefix: string; children: JSX.Element }) {
  return (
    <div class="advertencia">
      <span class="advertencia__icono" aria-hidden="true">
        !
      </span>
      <p class="advertencia__texto">
        <span class="visually-hidden">{props.prefix}: </span>
        {props.children}
      </p>
    </div>
  )
}
