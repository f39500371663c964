import { type ComponentProps, lazy, Suspense } from 'solid-js'

const Lista = lazy(async () => {
  const m = await import('./lista.ts')
  await m.ready
  return { default: m.MisFelicitaciones }
})

/**
 * The citizen's commendations for "Mis trámites"; `fallback` when there are none. Tiny: the list
 * and its words load apart, and only this part waits for them.
 *
 * @example
 * <MisFelicitaciones fallback={<Empty />} />
 */
export function MisFelicitaciones(props: ComponentProps<typeof import('./Lista.tsx').MisFelicitaciones>) {
  return (
    <Suspense>
      <Lista {...props} />
    </Suspense>
  )
}
