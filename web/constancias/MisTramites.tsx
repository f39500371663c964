import { type JSX, lazy, Suspense } from 'solid-js'

const Lista = lazy(async () => {
  const m = await import('./mis-tramites/pages.ts')
  await m.ready
  return { default: m.MisConstancias }
})

/**
 * The citizen's election constancias for "Mis trámites", with their state and a link to each;
 * `fallback` when there are none. Tiny: the list and its words load apart, and only this part
 * waits for them.
 *
 * @example
 * <MisConstancias fallback={<p>{tc('mine.empty')}</p>} />
 */
export function MisConstancias(props: { fallback: JSX.Element }) {
  return (
    <Suspense>
      <Lista fallback={props.fallback} />
    </Suspense>
  )
}
