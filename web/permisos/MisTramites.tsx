import { type ComponentProps, lazy, Suspense } from 'solid-js'

const Lista = lazy(async () => {
  const m = await import('./permiso/lista.ts')
  await m.ready
  return { default: m.MisPermisos }
})

/**
 * The citizen's permits for "Mis trámites", with their state and a link to each, also with no
 * network (those kept on the device); `fallback` when there are none. Tiny: the list and its words
 * load apart, and only this part waits for them.
 *
 * @example
 * <MisPermisos run={user.run} offline={false} fallback={null} />
 */
export function MisPermisos(props: ComponentProps<typeof import('./permiso/Lista.tsx').MisPermisos>) {
  return (
    <Suspense>
      <Lista {...props} />
    </Suspense>
  )
}
