import { useNavigate } from '@solidjs/router'
import { createSignal, type JSX } from 'solid-js'
import type { FieldError } from '../../worker/errors.ts'
import { type Locale, locale, t } from '../i18n/index.ts'
import { MarcoPaso } from './MarcoPaso.tsx'

/** A form of one question per page, as its pages' frame needs it. */
export interface FormularioPasos<V> {
  /** The pages' ids, in order. */
  pasos: readonly { id: string }[]
  /** Where a page lives. */
  ruta: (id: string) => string
  /** The answers as typed now. */
  values: () => V
  /** A page's problems, in the API's words. */
  problemas: (id: string, values: V, locale: Locale) => FieldError[]
  /** «Paso n de total» in the service's words. */
  caption: (n: number, total: number) => string
}

/**
 * One page of a form of one question per page: its place among the pages, its problems (shown after
 * the first Continue, re-worded with the language), and Continue, which goes on only when they are
 * none. The family reunification's form uses it; the complaint's and the denuncia's have their own
 * copies of the idea (web/reclamos/formulario/marco.tsx), to fold into this one.
 *
 * @example
 * const paso = usePasoDe(formulario, 'relacion')
 */
export function usePasoDe<V>(form: FormularioPasos<V>, id: string) {
  const navigate = useNavigate()
  const [tried, setTried] = createSignal(0)
  const index = form.pasos.findIndex((p) => p.id === id)
  const errors = (): FieldError[] => (tried() > 0 ? form.problemas(id, form.values(), locale()) : [])
  return {
    errors,
    tried,
    anterior: () => form.ruta(form.pasos[index - 1]?.id ?? ''),
    caption: () => form.caption(index + 1, form.pasos.length),
    /** An attempt to go on: the page's problems show from now on. */
    intentar: () => setTried((n) => n + 1),
    continuar: (event: SubmitEvent) => {
      event.preventDefault()
      setTried((n) => n + 1)
      const next = form.pasos[index + 1]
      if (next && form.problemas(id, form.values(), locale()).length === 0) navigate(form.ruta(next.id))
    },
  }
}
export type PasoDe = ReturnType<typeof usePasoDe>

/**
 * The frame of such a page (MarcoPaso) with its step, its problems and the draft's note.
 *
 * @example
 * <MarcoDe paso={paso} titulo="¿A quién busca?">…</MarcoDe>
 */
export function MarcoDe(props: {
  paso: PasoDe
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
      paso={props.paso.caption()}
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
