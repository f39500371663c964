import { Navigate, useLocation } from '@solidjs/router'
import { Match, Switch } from 'solid-js'
import { NotFound } from '../../../components/NotFound.tsx'
import { rutas, slug } from '../comun.ts'
import { borrador } from './borrador.ts'
import { OtraIgual } from './OtraIgual.tsx'
import { Pregunta } from './Pregunta.tsx'
import { Revisar } from './Revisar.tsx'
import { TIPOS, type TipoCertificado } from './respuestas.ts'
import { ConSesion } from './Sesion.tsx'

/**
 * `/constancias/<tipo>/<paso>`: a page of a type's form, for a signed-in citizen — `formulario`
 * (the way in: its first question), a question by its id, `revisar`, or `otra/<código>` («Otra
 * igual»). One form for the nine types: the pages are the type's questions, as data.
 */
export function Paso(props: { tipo: TipoCertificado; paso: string }) {
  const location = useLocation()
  const tipo = () => TIPOS[props.tipo]
  const draft = () => borrador(props.tipo)
  const campo = () => tipo().campos.find((candidate) => slug(candidate.id) === props.paso)
  const otra = () => /^otra\/([A-Za-z0-9]{4,20})$/.exec(props.paso)?.[1]
  const cambiar = () => new URLSearchParams(location.search).has('cambiar')
  const primera = () => tipo().campos[0]?.id ?? 'revisar'
  return (
    <ConSesion tipo={props.tipo} draft={draft()}>
      <Switch fallback={<NotFound />}>
        <Match when={props.paso === 'formulario'}>
          <Navigate href={rutas.paso(props.tipo, primera())} />
        </Match>
        <Match when={props.paso === 'revisar'}>
          <Revisar tipo={tipo()} draft={draft()} />
        </Match>
        <Match when={campo()} keyed>
          {(found) => <Pregunta tipo={tipo()} campo={found} draft={draft()} cambiar={cambiar()} />}
        </Match>
        <Match when={otra()}>
          {(codigo) => <OtraIgual tipo={tipo()} codigo={codigo()} draft={draft()} />}
        </Match>
      </Switch>
    </ConSesion>
  )
}
