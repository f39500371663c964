import { A } from '@solidjs/router'
import { type JSX, Show } from 'solid-js'
import type { Capacidad } from '../../core/capacidades.ts'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { StaffGate } from './StaffGate.tsx'

/**
 * A service's staff screen reached from the staff home: the gate on its capability, the way back
 * (`volver`, in the service's words), its title and lead, then its content.
 *
 * @example
 * <Pantalla capacidad="reclamos.atender" volver={trc('rc.back')} title={() => 'Bandeja'} lead="…" forbidden="…">{() => <Lista />}</Pantalla>
 */
export function Pantalla(props: {
  capacidad: Capacidad | readonly Capacidad[]
  volver: string
  title: () => string
  lead: string
  forbidden: string
  children: () => JSX.Element
}) {
  usePageTitle(props.title)
  return (
    <StaffGate capacidad={props.capacidad} forbidden={props.forbidden} title={props.title()}>
      {() => (
        <>
          <A href="/funcionarios" class="back-link">
            {props.volver}
          </A>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {props.title()}
          </h1>
          <Show when={props.lead}>
            <p class="lead">{props.lead}</p>
          </Show>
          {props.children()}
        </>
      )}
    </StaffGate>
  )
}
