import { type ComponentProps, lazy, Suspense } from 'solid-js'

const Lista = lazy(async () => {
  const m = await import('./reclamo/lista.ts')
  await m.ready
  return { default: m.MisReclamos }
})

/**
 * The citizen's complaints for "Mis trámites", with their state and due date and a link to each;
 * `fallback` when there are none. Tiny: the list and its words load apart.
 *
 * @example
 * <MisReclamos fallback={<Empty />} />
 */
export function MisReclamos(props: ComponentProps<typeof import('./reclamo/Lista.tsx').MisReclamos>) {
  return (
    <Suspense>
      <Lista {...props} />
    </Suspense>
  )
}
