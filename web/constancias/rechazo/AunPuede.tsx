import { Show } from 'solid-js'
import { oldestAcceptedExpiry } from '../../../core/constancias-voto/documento.ts'
import { dia, diaHora, type Eleccion, type SolicitudView } from '../constancias.tsx'
import { tv } from './i18n/index.ts'

export { ready } from './i18n/index.ts'

/**
 * What a citizen whose request was rejected can still do that day: go in person, while the window
 * is open, to a unit with the code and the identity document (an officer can validate a rejected
 * request: decision 0081); else, or for another excuse, the Juzgado. `eleccion` is the election
 * as the server last described it (its state, its primaries); without it, the device's clock
 * judges the window, and the server judges it again at the unit.
 */
export function AunPuede(props: { view: SolicitudView; eleccion: Eleccion | undefined }) {
  const fin = () => diaHora(props.view.eleccion.ventanaFin)
  const descrita = () => (props.eleccion?.id === props.view.eleccion.id ? props.eleccion : undefined)
  const abierta = () => {
    const e = descrita()
    return e ? e.estado === 'abierta' : Date.now() <= Date.parse(props.view.eleccion.ventanaFin)
  }
  return (
    <section aria-labelledby="aun-puede">
      <h2 id="aun-puede">{tv('aun.title')}</h2>
      <Show when={abierta()} fallback={<p>{tv('aun.closed', fin())}</p>}>
        <p>
          <strong>{tv('aun.go', { ...fin(), code: props.view.code })}</strong>
        </p>
        <p>
          <Show when={descrita()} fallback={tv('aun.document.generic')}>
            {(e) =>
              tv('aun.document', {
                primarias: dia(e().fechaPrimarias),
                desde: dia(oldestAcceptedExpiry(e().fechaPrimarias)),
              })
            }
          </Show>
        </p>
        <p>{tv('aun.officer')}</p>
      </Show>
      <p>{tv('aun.juzgado')}</p>
    </section>
  )
}
