import type { Capacidad } from '../../core/capacidades.ts'

/** Who is calling: a signed-in citizen or staff member, as the session found them. */
export interface Actor {
  userId: string
  kind: 'citizen' | 'staff'
  role: 'citizen' | 'officer' | 'supervisor' | 'admin'
  /**
   * The police unit a staff member belongs to: a capability scoped to a unit (`denuncias.unidad`)
   * reaches that unit's work only (decision 0029).
   */
  unidadCode: string | null
  /**
   * The region of that unit (its comuna's), as the session read it: a complaints office member's
   * reach (decision 0053) — with none, national. Absent where no session was read.
   */
  regionCode?: string | null
  /** What a staff member may do, as granted (core/capacidades.ts); none for citizens. */
  capacidades: readonly Capacidad[]
  /** Canonical RUN (`44444444-4`) and how it was proven. */
  run: string | null
  runProof: 'claveunica' | 'self' | 'staff' | null
  givenNames: string
  familyNames: string
  email: string | null
  assurance: 'password' | 'claveunica' | 'mfa'
  /**
   * When the session began, that is when its person last authenticated (a sign-in starts a new
   * session): what a change asking for a fresh sign-in checks. Absent where no session was read.
   */
  signedInAt?: Date
  /** The hash of the session token, to end this session. */
  sessionHash: string
}
