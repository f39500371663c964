import { type ComponentProps, lazy, Suspense } from 'solid-js'

const Lista = lazy(async () => {
  const m = await import('./denuncia/lista.ts')
  await m.ready
  return { default: m.MisDenuncias }
})

/**
 * The citizen's reports for "Mis trámites", with their state and a link to each; `fallback` when
 * there are none. Tiny: the list and its words load apart, and only this part waits for them.
 *
 * @example
 * <MisDenuncias fallback={<Empty />} />
 */
export function MisDenuncias(props: ComponentProps<typeof import('./denuncia/Lista.tsx').MisDenuncias>) {
  return (
    <Suspense>
      <Lista {...props} />
    </Suspense>
  )
}
