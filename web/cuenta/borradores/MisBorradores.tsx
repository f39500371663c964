import { type JSX, lazy, Suspense } from 'solid-js'

const Lista = lazy(async () => {
  const m = await import('./pages.ts')
  await m.ready
  return { default: m.Borradores }
})

/**
 * The citizen's forms begun and not sent, kept on the account (decision 0034), for "Mis trámites";
 * `fallback` when there are none. Tiny: the list and its words load apart.
 *
 * @example
 * <MisBorradores fallback={<p>{tc('mine.empty')}</p>} />
 */
export function MisBorradores(props: { fallback: JSX.Element }) {
  return (
    <Suspense>
      <Lista fallback={props.fallback} />
    </Suspense>
  )
}
