import { A } from '@solidjs/router'
import { type JSX, Show } from 'solid-js'
import type { Capacidad } from '../../../worker/identity/capacidades.ts'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { palabrasDe } from '../casos/palabras.tsx'
import { StaffGate } from '../StaffGate.tsx'
import { messages } from './i18n/es.ts'
import { tfe } from './i18n/index.ts'

/** These screens' words as the shared case screens read them (web/funcionarios/casos). */
export const pe = palabrasDe('re', messages, tfe)

/**
 * A family reunification screen reached from the staff home: the gate on its capability, the way
 * back, its title and lead, then its content.
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
            {tfe('re.back')}
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
