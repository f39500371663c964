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

const Certificados = lazy(async () => {
  const m = await import('./certificados/emitida/lista.ts')
  await m.ready
  return { default: m.MisCertificados }
})

/**
 * The citizen's constancias of the nine types for "Mis trámites", each with «Otra igual»;
 * `fallback` when there are none. Tiny, like {@link MisConstancias}: the list and its words load
 * apart.
 *
 * @example
 * <MisCertificados fallback={<Empty />} />
 */
export function MisCertificados(props: { fallback: JSX.Element }) {
  return (
    <Suspense>
      <Certificados fallback={props.fallback} />
    </Suspense>
  )
}
