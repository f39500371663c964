import { A } from '@solidjs/router'
import type { JSX } from 'solid-js'
import type { Capacidad } from '../../../worker/identity/capacidades.ts'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { StaffGate } from '../StaffGate.tsx'
import { trc } from './i18n/index.ts'

/**
 * A complaints screen reached from the staff home: the gate on its capability, the way back, its
 * title and lead, then its content.
 *
 * @example
 * <Pantalla capacidad="reclamos.atender" title={() => 'Bandeja'} lead="…" forbidden="…">{() => <Lista />}</Pantalla>
 */
export function Pantalla(props: {
  capacidad: Capacidad | readonly Capacidad[]
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
            {trc('rc.back')}
          </A>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {props.title()}
          </h1>
          <p class="lead">{props.lead}</p>
          {props.children()}
        </>
      )}
    </StaffGate>
  )
}
