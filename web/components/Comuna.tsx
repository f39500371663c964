import { createResource, createRoot, type Resource } from 'solid-js'
import { Select } from './Select.tsx'

type Regiones = typeof import('../constancias/solicitud/unidades/comunas.gen.ts')['regiones']
let lista: Resource<Regiones> | undefined

/**
 * The 346 comunas by region: their own chunk, fetched the first time a page shows or names a
 * comuna (not when a form's chunk loads), then kept for the visit.
 */
function regiones(): Regiones | undefined {
  lista ??= createRoot(
    () =>
      createResource(
        async () => (await import('../constancias/solicitud/unidades/comunas.gen.ts')).regiones,
      )[0],
  )
  return lista()
}

/**
 * A comuna's name by its CUT, once the list has loaded (the CUT itself until then).
 *
 * @example
 * nombreComuna('13101') // 'Santiago'
 */
export function nombreComuna(cut: string): string {
  for (const region of regiones() ?? []) {
    const found = region.comunas.find(([code]) => code === cut)
    if (found) return found[1]
  }
  return cut
}

/**
 * A comuna chosen from Chile's list, grouped by region, north to south (a select: 346 options are
 * found faster by typing their first letters than in radios). The denuncia and the constancias ask
 * it so.
 *
 * @example
 * <Comuna id="comunaCut" label="Comuna" placeholder="Elija una comuna" error={…} value={…} onChange={…} />
 */
export function Comuna(props: {
  id: string
  label: string
  hint?: string
  placeholder: string
  error: string | undefined
  value: string
  onChange: (cut: string) => void
  /** One question per page: the label is the page's h1. */
  asHeading?: boolean
  headingRef?: (element: HTMLElement) => void
}) {
  return (
    <Select
      id={props.id}
      asHeading={props.asHeading}
      headingRef={props.headingRef}
      label={props.label}
      hint={props.hint}
      error={props.error}
      placeholder={props.placeholder}
      groups={(regiones() ?? []).map((region) => ({
        label: region.nombre,
        options: region.comunas.map(([cut, nombre]) => ({ value: cut, label: nombre })),
      }))}
      value={props.value}
      onChange={props.onChange}
    />
  )
}
