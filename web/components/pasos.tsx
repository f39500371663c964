import { useNavigate } from '@solidjs/router'
import { type Component, createSignal, type JSX } from 'solid-js'
import type { FieldError } from '../../worker/errors.ts'
import { type Locale, locale, t } from '../i18n/index.ts'
import { MarcoPaso } from './MarcoPaso.tsx'

/** A form of one question per page, as its pages' frame needs it (denuncias, reclamos, reencuentro). */
export interface FormularioPasos<V, P extends { id: string } = { id: string }> {
  /** The pages, in order, for the answers given so far (a denuncia's depend on its offence). */
  pasos: (values: V) => readonly P[]
  /** Where a page lives. */
  ruta: (id: string) => string
  /** Where «Volver» goes from the first page (the screener's last question); `ruta('')` else. */
  antes?: string
  /** Every move replaces the tab's history entry (a quick exit then leaves no trace). */
  reemplazar?: boolean
  /** The answers as typed now. */
  values: () => V
  /** A page's problems, in the API's words. */
  problemas: (paso: P, values: V, locale: Locale) => FieldError[]
  /** «Paso n de total» in the service's words. */
  caption: (n: number, total: number) => string
  /** Where the answers are kept, when not the portal's draft note (a shared device's memory). */
  nota?: () => string | undefined
}

/**
 * One page of a form of one question per page: its place among the pages, its problems (shown after
 * the first Continue, re-worded with the language), and Continue, which goes on only when they are
 * none.
 *
 * @example
 * const paso = usePasoDe(formulario, PASOS[1])
 */
export function usePasoDe<V, P extends { id: string }>(form: FormularioPasos<V, P>, paso: P) {
  const navigate = useNavigate()
  const [tried, setTried] = createSignal(0)
  const lista = () => form.pasos(form.values())
  const index = () => lista().findIndex((p) => p.id === paso.id)
  const errors = (): FieldError[] => (tried() > 0 ? form.problemas(paso, form.values(), locale()) : [])
  const siguiente = () => {
    const next = lista()[index() + 1]
    if (next) navigate(form.ruta(next.id), { replace: form.reemplazar })
  }
  return {
    errors,
    tried,
    anterior: () => {
      const previo = lista()[index() - 1]
      return previo ? form.ruta(previo.id) : (form.antes ?? form.ruta(''))
    },
    caption: () => form.caption(index() + 1, lista().length),
    nota: () => form.nota?.() ?? t('form.draftNote'),
    reemplazar: form.reemplazar,
    siguiente,
    /** An attempt to go on: the page's problems show from now on. */
    intentar: () => setTried((n) => n + 1),
    continuar: (event: SubmitEvent) => {
      event.preventDefault()
      setTried((n) => n + 1)
      if (form.problemas(paso, form.values(), locale()).length === 0) siguiente()
    },
  }
}
export type PasoDe = ReturnType<typeof usePasoDe>

/**
 * A form's page for its step: the step made live by `usar` (the form's `usePaso`), shown by the
 * component `paginas` names for it; nothing for a step the table lacks.
 *
 * @example
 * <PaginaDe paso={found} usar={usePaso} paginas={{ tipo: Tipo, relato: Relato, revisar: Revisar }} />
 */
export function PaginaDe<P extends { id: string }, U>(props: {
  paso: P
  usar: (paso: P) => U
  paginas: Record<string, Component<{ paso: U }>>
}) {
  const paso = props.usar(props.paso)
  const Vista = props.paginas[props.paso.id]
  return Vista ? <Vista paso={paso} /> : null
}

/**
 * The frame of such a page (MarcoPaso): back, the error summary, the step, its question as the
 * page's heading (unless the field itself is the heading), the page's fields, Continue, and where
 * the answers are kept.
 *
 * @example
 * <MarcoDe paso={paso} titulo="¿A quién busca?">…</MarcoDe>
 */
export function MarcoDe(props: {
  paso: PasoDe
  titulo: string
  /** The field is the heading (one question, one field): the frame draws no h1 of its own. */
  campoEsTitulo?: boolean
  boton?: string
  ocupado?: boolean
  /** Problems the page shows beside its own (the server's, on the review). */
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
      reemplazar={props.paso.reemplazar}
      paso={props.paso.caption()}
      nota={props.paso.nota()}
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
