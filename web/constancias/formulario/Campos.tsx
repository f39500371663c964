import { type ComponentProps, onMount } from 'solid-js'
import { TextField } from '../../components/TextField.tsx'

/**
 * The shared TextField as a telephone input (`type="tel"`: the phone's dial pad, with "+"), which
 * the shared component does not offer.
 */
export function PhoneField(props: Omit<ComponentProps<typeof TextField>, 'type' | 'inputMode'>) {
  let box: HTMLDivElement | undefined
  onMount(() => box?.querySelector('input')?.setAttribute('type', 'tel'))
  return (
    <div ref={box}>
      <TextField {...props} />
    </div>
  )
}
