import type { Capacidad } from '../../core/capacidades.ts'
import { formatRun } from '../../core/run.ts'
import type { Actor } from './actor.ts'

/** What the PWA knows of the signed-in user. */
export interface Me {
  /**
   * The account's id: what the PWA records as the owner of a submission it queues, and sends back
   * as `Outbox-Owner` when it replays it (decision 0028).
   */
  id: string
  kind: Actor['kind']
  role: Actor['role']
  name: string
  givenNames: string
  familyNames: string
  /** As people write it: 44.444.444-4. */
  run: string | null
  runProof: Actor['runProof']
  email: string | null
  unidadCode: string | null
  /** What a staff member may do (the staff screens show what it allows); none for citizens. */
  capacidades: readonly Capacidad[]
  assurance: Actor['assurance']
}

/**
 * The signed-in user as the API shows them to themselves.
 *
 * @example
 * c.json({ user: describe(actor) })
 */
export function describe(actor: Omit<Actor, 'sessionHash'>): Me {
  return {
    id: actor.userId,
    kind: actor.kind,
    role: actor.role,
    name: `${actor.givenNames} ${actor.familyNames}`.trim(),
    givenNames: actor.givenNames,
    familyNames: actor.familyNames,
    run: actor.run ? formatRun(actor.run) : null,
    runProof: actor.runProof,
    email: actor.email,
    unidadCode: actor.unidadCode,
    capacidades: actor.capacidades,
    assurance: actor.assurance,
  }
}
