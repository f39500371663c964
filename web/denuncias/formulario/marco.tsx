import { useNavigate } from '@solidjs/router'
import { createSignal, type JSX } from 'solid-js'
import type { FieldError } from '../../../worker/errors.ts'
import { MarcoPaso } from '../../components/MarcoPaso.tsx'
import { locale, t } from '../../i18n/index.ts'
import { compartido } from '../dispositivo.ts'
import { td } from './i18n/index.ts'
import { draft, type PasoForm, pasosDe, problemas } from './respuestas.ts'

/** Where a page of the form lives. */
export const rutaDe = (id: string) => `/denuncias/${id}`
/** The screener's last question: what comes before the form's first page. */
const ANTES = '/denuncias/autor'

/**
 * One page of the form: its place among the pages the offence asks, its problems (shown after the
 * first Continue, and re-worded with the language), and Continue, which goes on only when they
 * are none. Every move replaces the tab's history entry (the quick exit then leaves no trace).
 */
export function usePaso(paso: PasoForm) {
  const navigate = useNavigate()
  const [tried, setTried] = createSignal(0)
  const lista = () => pasosDe(draft.values())
  const index = () => lista().findIndex((p) => p.id === paso.id)
  const errors = (): FieldError[] => (tried() > 0 ? problemas(paso, draft.values(), locale()) : [])
  const anterior = () => {
    const previo = lista()[index() - 1]
    return previo ? rutaDe(previo.id) : ANTES
  }
  const siguiente = () => {
    const next = lista()[index() + 1]
    if (next) navigate(rutaDe(next.id), { replace: true })
  }
  return {
    errors,
    tried,
    anterior,
    numero: () => index() + 1,
    total: () => lista().length,
    siguiente,
    /** An attempt to go on: the page's problems show from now on. */
    intentar: () => setTried((n) => n + 1),
    continuar: (event: SubmitEvent) => {
      event.preventDefault()
      setTried((n) => n + 1)
      if (problemas(paso, draft.values(), locale()).length === 0) siguiente()
    },
  }
}

/**
 * The frame of a page of the form: back, the error summary, the step, its question as the page's
 * heading (unless the field itself is the heading), the page's fields, Continue, and where the
 * answers are kept.
 */
export function Marco(props: {
  paso: ReturnType<typeof usePaso>
  titulo: string
  /** The field is the heading (one question, one field): the frame draws no h1 of its own. */
  campoEsTitulo?: boolean
  boton?: string
  ocupado?: boolean
  /** Problems the page shows beside its own (the server's, on the declaration). */
  errores?: FieldError[]
  /** The attempt they belong to, when the page counts its own: the summary takes focus on each. */
  intento?: number
  hrefFor?: (field: string) => string | undefined
  onSubmit?: (event: SubmitEvent) => void
  children: JSX.Element
}) {
  return (
    <MarcoPaso
      atras={props.paso.anterior()}
      reemplazar
      paso={td('caption', { n: props.paso.numero(), total: props.paso.total() })}
      nota={compartido() ? td('nota.memoria') : t('form.draftNote')}
      titulo={props.titulo}
      campoEsTitulo={props.campoEsTitulo}
      boton={props.boton}
      ocupado={props.ocupado}
      errores={[...(props.errores ?? []), ...props.paso.errors()]}
      intento={props.intento ?? props.paso.tried()}
      hrefFor={props.hrefFor}
      onSubmit={props.onSubmit ?? props.paso.continuar}
    >
      {props.children}
    </MarcoPaso>
  )
}
