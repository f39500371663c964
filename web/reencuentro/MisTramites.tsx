import { type ComponentProps, lazy, Suspense } from 'solid-js'

const Lista = lazy(async () => {
  const m = await import('./solicitud/lista.ts')
  await m.ready
  return { default: m.MisReencuentros }
})

/**
 * The citizen's family reunification requests for "Mis trámites", with their state and a link to
 * each; `fallback` when there are none. Tiny: the list and its words load apart.
 *
 * @example
 * <MisReencuentros fallback={<Empty />} />
 */
export function MisReencuentros(
  props: ComponentProps<typeof import('./solicitud/Lista.tsx').MisReencuentros>,
) {
  return (
    <Suspense>
      <Lista {...props} />
    </Suspense>
  )
}
