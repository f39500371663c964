/**
 * How long each kind of record is kept (Ley 21.719, principle of proportionality). The reasons
 * are in docs/decisions/0024-retention.md; the catalog (db/catalog.ts) names the rule of each
 * table, the maintenance job applies it, and the privacy notices quote these figures. No imports:
 * the citizen's pages read it too.
 */
export const RETENCION = {
  /** A citizen's account after its last sign-in, once nothing still kept depends on it. */
  cuentaInactivaAnos: 5,
  /** A disabled staff account, then pseudonymised (what they did keeps naming their unit). */
  funcionarioRetiradoAnos: 5,
  /** An election constancia (validated or rejected) and its validation, after the election day. */
  constanciaVotoAnos: 2,
  /** A constancia never validated, after its window closed: it never had legal effect. */
  constanciaVencidaDias: 30,
  /** A permit, after it ended. */
  permisoMeses: 12,
  /** Who was refused a permit on a registry's answer, and the answer, after the refusal. */
  permisoRechazadoMeses: 6,
  /** The audit log (who did what, who read what), after the entry. */
  auditoriaAnos: 5,
  /** The network address in an audit entry, after the entry. */
  direccionRedDias: 365,
  /** A condolence message a moderator rejected or withdrew, after the decision (time for the author to ask why). */
  condolenciaOcultaDias: 30,
  /** A condolence message, after it was received (its reports go with it). */
  condolenciaAnos: 5,
  /** A reader's report of a condolence message, after it was made. */
  condolenciaReporteDias: 180,
  /** A health or prison registry restriction, after it ended. */
  restriccionTerminadaDias: 30,
  /** A citizen's request about their data, after it was answered. */
  solicitudDatosAnos: 2,
  /**
   * A case (a denuncia, a complaint, a family search) after it closed: five years, the statute of
   * limitations of a simple offence (Código Penal, art. 94), within which it may be asked about.
   */
  casoAnos: 5,
  /**
   * A constancia (lost documents, visitation, alimony…) after it was issued: as long as a case,
   * the statute of limitations of a simple offence (Código Penal, art. 94) — a false declaration
   * in it (art. 210) may be prosecuted that long, and a court may ask for it.
   */
  certificadoAnos: 5,
  /** An upload that stopped before its last part (the device that began it may still finish it). */
  subidaAbandonadaDias: 1,
  /** A whole file never sent with a request: a draft's evidence, kept while the draft may be sent. */
  archivoSinEnviarDias: 30,
  /** The legal term to answer a rectification: 30 calendar days (Ley 19.628 as amended, art. 11). */
  respuestaSolicitudDias: 30,
  /**
   * A form's draft kept for a signed-in citizen, after it was last saved: a month to come back to
   * it, on this device or another (docs/decisions/0034-drafts-on-the-account.md).
   */
  borradorDias: 30,
  /**
   * A commendation, after it was sent: long enough for a unit's yearly recognitions and an
   * officer's service record to cite it; its count stays in the rollups.
   */
  felicitacionAnos: 5,
  /** Información anónima: a tip, counted from the day it arrived (the next slice may tie it to its triage). */
  informacionAnos: 5,
} as const

/** The calendar arithmetic of a clock, in UTC (a day's difference does not matter at these scales). */
export function addCalendar(from: Date, amount: { dias?: number; meses?: number; anos?: number }): Date {
  const d = new Date(from.getTime())
  if (amount.anos) d.setUTCFullYear(d.getUTCFullYear() + amount.anos)
  if (amount.meses) d.setUTCMonth(d.getUTCMonth() + amount.meses)
  if (amount.dias) d.setUTCDate(d.getUTCDate() + amount.dias)
  return d
}
