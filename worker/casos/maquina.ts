import type { SQL } from 'drizzle-orm'
import type { Capacidad } from '../../core/capacidades.ts'
import type { SERVICIOS_CON_CASO } from '../../db/schema/index.ts'
import type { Locale } from '../i18n/index.ts'
import type { Actor } from '../identity/actor.ts'
import type { Database, FileStore, SigningKeys } from '../ports.ts'
import type { ServiceContext } from '../service.ts'
import type { Write } from '../writes.ts'
import type { AccionInput } from './schema.ts'

export type ServicioConCaso = (typeof SERVICIOS_CON_CASO)[number]

/**
 * A case service's entry in worker/cifras/registro.ts: its events are a case's milestones
 * (`recibida`, `triada`, `derivada`, `enviada`, `cerrada`), counted by `cambiarEstado`.
 */
export type CifrasDeCasos = 'denuncias' | 'reclamos' | 'reencuentros'

/**
 * What can happen to a case, the same words for every service. Each service's machine says which
 * it allows, from which states, to which, and by whom; the writes of each are worker/casos's.
 */
export const ACCIONES = [
  /** The citizen's submission (abrirCaso). */
  'abrir',
  /** An analyst takes it. */
  'analizar',
  /** Staff ask the citizen a question; the case waits for the answer. */
  'pedir_informacion',
  /** The citizen answers the question. */
  'responder',
  /** The citizen adds information unasked. */
  'agregar_informacion',
  /** Staff change its type (a service's hook checks and writes it). */
  'reclasificar',
  /** Staff close it as a repeat of another case, which is told in its own history. */
  'marcar_duplicado',
  /** The other half of `marcar_duplicado`: the note in the original's history. */
  'vincular_duplicado',
  /** Staff close it with a reason. */
  'cerrar',
  /** Staff send it to a unit. */
  'derivar',
  /** A unit's officer sends it to the Fiscalía (delivered in the background). */
  'enviar_fiscalia',
  /** The Fiscalía answered a RUC. */
  'recibir_ruc',
  /** Staff ask a unit for its account of the facts (a complaint's descargo; staff only). */
  'pedir_descargo',
  /** The unit gives its account (staff only; worker/reclamos/descargos.ts). */
  'recibir_descargo',
  /** Staff answer the citizen in writing: a signed answer, e-mailed. */
  'contestar',
  /** Staff refer it outside Carabineros' reach (the Fiscalía, the Inspección General): where and why. */
  'remitir',
  /** The citizen says whether the answer satisfied them (a note in the history). */
  'valorar',
  /** The citizen reopens an answered case (a complaint: once, within 30 days). */
  'reabrir',
  /** Staff add a note to the case (staff only; a family search's). */
  'anotar',
  /** Staff reached the person sought (a family search: staff only, decision 0064). */
  'contactar',
  /** Staff record what the person found chose to share (a family search's end). */
  'registrar_consentimiento',
  /** Staff end a search without contact: not found, or died (staff-side outcome). */
  'concluir',
  /** Staff told the requester of a death in person (staff only). */
  'informar_en_persona',
] as const
export type Accion = (typeof ACCIONES)[number]

/** Who may take a step: staff with the service's triage or unit capability, the citizen, the system. */
export type Quien = 'triar' | 'unidad' | 'ciudadano' | 'sistema'

/**
 * What a step does to the case's due date (`vence_at`, the queue's age target). `legal`: a new
 * term the service computes in working days (holidays are read, not known here), given with the
 * change (`Cambio.venceAt`).
 */
export type Plazo = 'mantener' | 'ninguno' | 'legal' | { horas: number }

/** One step of a machine. */
export interface Paso<E extends string> {
  desde: readonly E[]
  /** The state after it; `null`: the case stays where it is (a note in its history). */
  hacia: E | null
  quien: Quien
  vence: Plazo
  /** Shown to the citizen in the history, and e-mailed to them. */
  ciudadano: boolean
  /** The service's hook e-mails the citizen itself (a signed answer attached): no change e-mail. */
  correoPropio?: boolean
  /**
   * Never shown to the citizen, whichever page reads the history (a complaint's request to the
   * unit and the unit's account: decision 0053) — stronger than `ciudadano: false`, which only
   * keeps a step out of the citizen's e-mail and case page.
   */
  soloPersonal?: boolean
}

/** A close reason, and the detail it needs (the earlier número, where to go instead). */
export type MotivoCierre = { requiere?: 'numero_anterior' | 'donde_acudir' }

/**
 * A service's state machine, as data: its states, which end the case, when the citizen may still
 * add information, which steps it allows from where and by whom.
 */
export interface Maquina<E extends string = string> {
  estados: readonly E[]
  inicial: E
  terminales: readonly E[]
  /** States in which the citizen may add information unasked. */
  aceptaInformacion: readonly E[]
  /** Reaching one of these for the first time ends the triage (`casos.triada_at`). */
  finDeTriaje: readonly E[]
  /** The unit holds the case in this state (a unit's queue, its officers' reach). */
  enUnidad: E
  /** The states a queue shows when none is asked for: the analysts' and a unit's. */
  colaPorDefecto: { triar: readonly E[]; unidad: readonly E[] }
  pasos: Partial<Record<Accion, Paso<E>>>
  motivosCierre: Record<string, MotivoCierre>
}

/** What a service says in the citizen's words: its name, and each state's. */
export interface Palabras<E extends string = string> {
  /** "Su denuncia", "Your report". */
  suTramite: string
  /** "Denuncia". */
  tramite: string
  estados: Record<E, string>
  /** Each close reason, as the citizen reads it after "Cerrada:". */
  motivos: Record<string, string>
}

/** A case as the service's hooks see it: the casos columns they may need. */
export interface CasoDelServicio {
  id: string
  numero: string
  servicio: ServicioConCaso
  estado: string
  comunaCut: string | null
  unidadCode: string | null
  createdAt: Date
}

/** Another case that may be of the same fact, and why: what the service's keys matched. */
export interface PosibleDuplicado {
  numero: string
  estado: string
  unidadCode: string | null
  creadoAt: string
  /** Each key both share, by kind (`imei`, `patente`…: the service's) and value. */
  coincidencias: { tipo: string; valor: string }[]
}

/**
 * What a service plugs into the case pieces: the rest is the same for all. Its own table (what
 * the request says) is read and written only through these.
 */
export interface Ganchos {
  /**
   * Checks a new type and returns the writes that store it with the one it replaces; throws a
   * field error (`tipo`) for an unknown type.
   */
  reclasificar(
    ctx: ServiceContext,
    caso: CasoDelServicio,
    tipo: string,
  ): Promise<{ anterior: string | null; writes: Write[] }>
  /** A condition over `casos` that keeps the cases of one type (the queue's filter); none: no such filter. */
  filtroTipo?(tipo: string): SQL
  /**
   * A case's type as an expression over `casos` (a subquery into the service's table): shown on
   * each row of the queue and counted in the figures; none: the service has no types.
   */
  tipoDeCaso?(): SQL<string | null>
  /**
   * A condition over `casos` that keeps the cases with a likely duplicate, whoever reported it
   * (the same plate, the same IMEI, the same place and hour): the queue's filter and each row's
   * mark; none: the service does not look for them.
   */
  filtroPosibleDuplicado?(): SQL
  /**
   * The other cases {@link Ganchos.filtroPosibleDuplicado} finds for one case, with what matched:
   * listed on the case's page for staff, linked, to mark one as the original.
   */
  posiblesDuplicados?(db: Database, caso: CasoDelServicio): Promise<PosibleDuplicado[]>
  /**
   * A condition over `casos` true for a case its citizen reopened (a complaint: decision 0056):
   * each queue row's `reabierto` mark; none: the service's cases are never reopened.
   */
  reabierto?(): SQL
  /** What the Fiscalía receives about the case besides its number, unit and comuna. */
  contenidoParaFiscalia(db: Database, caso: CasoDelServicio): Promise<Record<string, unknown>>
  /** What staff see of the request when they open the case (its type, narrative…). */
  detalle?(db: Database, caso: CasoDelServicio): Promise<Record<string, unknown>>
  /**
   * The writes and history detail of the actions only a service knows how to carry out
   * (`pedir_descargo`, `contestar`, `remitir`): the case's change itself is worker/casos's. None:
   * the service has no such action (its machine has no step for it either).
   */
  accionPropia?(
    ctx: AccionContext,
    caso: CasoDelServicio,
    input: AccionPropiaInput,
  ): Promise<{ writes: Write[]; detalle: Record<string, string> }>
}

/** What a service's own action may use besides the request's context: who acts and the signing keys, files and address. */
export type AccionContext = ServiceContext & {
  actor: Pick<Actor, 'userId'>
  keys: SigningKeys
  files: FileStore
  publicUrl: string
  /** The language of the citizen's e-mails. */
  locale: Locale
  correo: string | null
}

/** The input of a service's own action (worker/casos/schema.ts's AccionInput of those names). */
export type AccionPropiaInput = Extract<
  AccionInput,
  {
    accion:
      | 'pedir_descargo'
      | 'contestar'
      | 'remitir'
      | 'anotar'
      | 'contactar'
      | 'registrar_consentimiento'
      | 'concluir'
      | 'informar_en_persona'
  }
>

/** A service whose requests are cases: its machine, who works it, its words, its hooks. */
export interface ServicioDeCasos<E extends string = string> {
  servicio: ServicioConCaso
  /** Its figures' entry in worker/cifras/registro.ts. */
  cifras: CifrasDeCasos
  capacidades: { triar: Capacidad; unidad: Capacidad }
  /**
   * Worked per region: a triage member whose unit lies in a region reaches that region's cases
   * only (worker/casos/alcance.ts's enSuRegion; the complaints office, decision 0053).
   */
  porRegion?: boolean
  /**
   * Its due date is a legal term in working days: the queue shows each case's working days left
   * and puts the overdue first, then the fewest days left (decision 0053).
   */
  plazoHabil?: boolean
  maquina: Maquina<E>
  /**
   * The citizen reads the case only through the service's own view, which tells them less than
   * the shared one (a family search: decision 0064); the shared case page answers 404.
   */
  vistaPropia?: boolean
  /** States the citizen reads as another (a family search's `contactado` reads `en_busqueda`). */
  estadoCiudadano?: Partial<Record<E, E>>
  /** The citizen's page of a case (linked from every e-mail). */
  pagina(numero: string): string
  /** The triage target of a new case, in hours. */
  plazoTriajeHoras: number
  palabras: Record<Locale, Palabras<E>>
  ganchos: Ganchos
}

/**
 * A case's state as its citizen reads it: the service's own word for it where it hides one.
 *
 * @example
 * estadoParaCiudadano(REENCUENTRO, 'contactado') // 'en_busqueda'
 */
export function estadoParaCiudadano(
  servicio: Pick<ServicioDeCasos, 'estadoCiudadano'>,
  estado: string,
): string {
  return servicio.estadoCiudadano?.[estado] ?? estado
}

/**
 * The step of an action in a machine, if the machine has it and allows it from `estado`.
 *
 * @example
 * pasoPermitido(DENUNCIA.maquina, 'derivar', 'en_analisis') // { desde: […], hacia: 'derivada', … }
 */
export function pasoPermitido<E extends string>(
  maquina: Maquina<E>,
  accion: Accion,
  estado: string,
): Paso<E> | undefined {
  const paso = maquina.pasos[accion]
  return paso?.desde.some((desde) => desde === estado) ? paso : undefined
}

/**
 * The due date after a step; `legal` is the one the service computed for it (none given: refused,
 * a step that needs one cannot be taken without it).
 *
 * @example
 * vencimiento({ horas: 24 }, null, now) // now + 24 h
 * vencimiento('legal', actual, now, venceReclamo(now, feriados)) // the new legal term
 */
export function vencimiento(plazo: Plazo, actual: Date | null, now: Date, legal?: Date): Date | null {
  if (plazo === 'mantener') return actual
  if (plazo === 'ninguno') return null
  if (plazo === 'legal') {
    if (!legal) throw new Error('a step with a legal term needs the term computed by its service')
    return legal
  }
  return new Date(now.getTime() + plazo.horas * 3_600_000)
}
