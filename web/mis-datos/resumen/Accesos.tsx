import { For, Show } from 'solid-js'
import type { Acceso } from '../api.ts'
import { tm } from '../i18n/index.ts'
import { momento, nombreFinalidad, nombreTipo } from '../palabras.ts'

/**
 * "Quién vio mis datos": every staff read of the citizen's data, newest first, as a table (date,
 * officer, unit, record, purpose); on a phone it scrolls sideways inside its own focusable box
 * rather than the page.
 */
export function Accesos(props: { accesos: Acceso[] }) {
  return (
    <Show when={props.accesos.length > 0} fallback={<p class="inset">{tm('md.accesos.empty')}</p>}>
      {/* A box that scrolls takes focus, so the keyboard can scroll it too (WCAG 2.1.1). */}
      <section class="md-tabla" aria-labelledby="md-accesos-caption" tabindex="0">
        <table class="md-tabla__table">
          <caption id="md-accesos-caption" class="visually-hidden">
            {tm('md.accesos.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{tm('md.accesos.fecha')}</th>
              <th scope="col">{tm('md.accesos.funcionario')}</th>
              <th scope="col">{tm('md.accesos.unidad')}</th>
              <th scope="col">{tm('md.accesos.registro')}</th>
              <th scope="col">{tm('md.accesos.finalidad')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.accesos}>
              {(acceso) => (
                <tr>
                  <td>
                    <time datetime={acceso.at}>{momento(acceso.at)}</time>
                  </td>
                  <td>{acceso.funcionario}</td>
                  <td>{acceso.unidad ?? tm('md.accesos.sinUnidad')}</td>
                  <td>
                    {nombreTipo(acceso.registro.tipo)}
                    <Show when={acceso.registro.code}>
                      {(code) => <span class="md-code"> {code()}</span>}
                    </Show>
                  </td>
                  <td>{nombreFinalidad(acceso.finalidad)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </Show>
  )
}
