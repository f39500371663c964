import { type Component, createSignal, onCleanup, Show } from 'solid-js'
import type { ServicioAviso } from './aviso-privacidad/servicios.ts'

export type { ServicioAviso }

/**
 * The privacy notice shown before a citizen's form is sent (its check-your-answers page, or the
 * registration form above its button): what is collected, why, on what legal basis, for how long,
 * who receives it, the citizen's rights and where to complain. One component and one table
 * (aviso-privacidad/servicios.ts) for every form.
 *
 * Its words and table load as the notice comes into view: a form's first visit stays within the
 * 35 kB budget, and a citizen reaches the button only past the notice.
 *
 * @example
 * <AvisoPrivacidad servicio="permiso" />
 */
export function AvisoPrivacidad(props: { servicio: ServicioAviso }) {
  const [aviso, setAviso] = createSignal<Component<{ servicio: ServicioAviso }>>()
  const observer = new IntersectionObserver(async (entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return
    observer.disconnect()
    const m = await import('./aviso-privacidad/Aviso.tsx')
    await m.ready
    setAviso(() => m.Aviso)
  })
  onCleanup(() => observer.disconnect())
  return (
    <div ref={(slot) => observer.observe(slot)}>
      <Show when={aviso()} keyed>
        {(Aviso) => <Aviso servicio={props.servicio} />}
      </Show>
    </div>
  )
}
