import { type Component, createSignal, onCleanup, Show } from 'solid-js'
import type { ServicioAviso } from './aviso-privacidad/servicios.ts'

export type { ServicioAviso }

/**
 * The privacy notice shown before a citizen's form is sent (its check-your-answers page, or the
 * registration form above its button): what is collected, why, on what legal basis, for how long,
 * who receives it, the citizen's rights and where to complain. One component and one table
 * (aviso-privacidad/servicios.ts) for every form.
 *
 * Its words and table load as the notice comes into view, or as soon as the citizen starts on the
 * page (the first focus: filling in a field, tabbing to a link): a form's first visit stays within
 * the 35 kB budget, and the notice is in place, not appearing under the pointer, by the time the
 * citizen reaches the button below it.
 *
 * @example
 * <AvisoPrivacidad servicio="permiso" />
 */
export function AvisoPrivacidad(props: { servicio: ServicioAviso }) {
  const [aviso, setAviso] = createSignal<Component<{ servicio: ServicioAviso }>>()
  const load = async () => {
    observer.disconnect()
    document.removeEventListener('focusin', load)
    if (aviso()) return
    const m = await import('./aviso-privacidad/Aviso.tsx')
    await m.ready
    setAviso(() => m.Aviso)
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) void load()
  })
  document.addEventListener('focusin', load)
  onCleanup(() => {
    observer.disconnect()
    document.removeEventListener('focusin', load)
  })
  return (
    <div ref={(slot) => observer.observe(slot)}>
      <Show when={aviso()} keyed>
        {(Aviso) => <Aviso servicio={props.servicio} />}
      </Show>
    </div>
  )
}
