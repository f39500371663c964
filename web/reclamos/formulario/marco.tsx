import { useNavigate } from '@solidjs/router'
import { createSignal, type JSX } from 'solid-js'
import type { FieldError } from '../../../worker/errors.ts'
import { MarcoPaso } from '../../components/MarcoPaso.tsx'
import { locale, t } from '../../i18n/index.ts'
import { tr } from '../i18n/index.ts'
import { draft, PASOS, type PasoForm, problemas } from './respuestas.ts'

/** Where a page of the form lives. */
export const rutaDe = (id: string) => `/reclamos/${id}`

/**
 * One page of the form: its place among the pages, its problems (shown after the first Continue,
 * re-worded with the language), and Continue, which goes on only when they are none.
 *
 * @example
 * const paso = usePaso(PASOS[0])
 */
export function usePaso(paso: PasoForm) {
  const navigate = useNavigate()
  const [tried, setTried] = createSignal(0)
  const index = PASOS.findIndex((p) => p.id === paso.id)
  const errors = (): FieldError[] => (tried() > 0 ? problemas(paso, draft.values(), locale()) : [])
  return {
    errors,
    tried,
    anterior: () => rutaDe(PASOS[index - 1]?.id ?? ''),
    numero: () => index + 1,
    total: () => PASOS.length,
    /** An attempt to go on: the page's problems show from now on. */
    intentar: () => setTried((n) => n + 1),
    continuar: (event: SubmitEvent) => {
      event.preventDefault()
      setTried((n) => n + 1)
      const next = PASOS[index + 1]
      if (next && problemas(paso, draft.values(), locale()).length === 0) navigate(rutaDe(next.id))
    },
  }
}
export type Paso = ReturnType<typeof usePaso>

/** The frame of a page of the complaint's form (components/MarcoPaso.tsx), with its step and its words. */
export function Marco(props: {
  paso: Paso
  titulo: string
  campoEsTitulo?: boolean
  boton?: string
  ocupado?: boolean
  /** Problems the page shows beside its own (the server's, on the review). */
  errores?: FieldError[]
  hrefFor?: (field: string) => string | undefined
  onSubmit?: (event: SubmitEvent) => void
  children: JSX.Element
}) {
  return (
    <MarcoPaso
      atras={props.paso.anterior()}
      paso={tr('caption', { n: props.paso.numero(), total: props.paso.total() })}
      nota={t('form.draftNote')}
      titulo={props.titulo}
      campoEsTitulo={props.campoEsTitulo}
      boton={props.boton}
      ocupado={props.ocupado}
      errores={[...(props.errores ?? []), ...props.paso.errors()]}
      intento={props.paso.tried()}
      hrefFor={props.hrefFor}
      onSubmit={props.onSubmit ?? props.paso.continuar}
    >
      {props.children}
    </MarcoPaso>
  )
}
