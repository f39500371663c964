import { For, Show } from 'solid-js'
import { SummaryList } from '../../components/SummaryList.tsx'
import type { Acceso } from '../api.ts'
import { tm } from '../i18n/index.ts'
import { momento, nombreFinalidad, nombreTipo, registroLegible } from '../palabras.ts'

/**
 * "Quién vio mis datos": every staff read of the citizen's data, newest first, as a table (date,
 * officer, unit, record, purpose); on a phone, where five columns do not fit, as one short list a
 * read (mis-datos.css shows one or the other, so a screen reader meets it once).
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
      <ul class="md-accesos">
        <For each={props.accesos}>
          {(acceso) => (
            <li>
              <p class="heading-s">
                <time datetime={acceso.at}>{momento(acceso.at)}</time>
              </p>
              <SummaryList
                rows={[
                  { key: tm('md.accesos.funcionario'), value: acceso.funcionario },
                  { key: tm('md.accesos.unidad'), value: acceso.unidad ?? tm('md.accesos.sinUnidad') },
                  {
                    key: tm('md.accesos.registro'),
                    value: registroLegible(acceso.registro.tipo, acceso.registro.code),
                  },
                  { key: tm('md.accesos.finalidad'), value: nombreFinalidad(acceso.finalidad) },
                ]}
              />
            </li>
          )}
        </For>
      </ul>
    </Show>
  )
}
