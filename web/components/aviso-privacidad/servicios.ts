import { RETENCION } from '../../../core/retention.ts'

/** The forms that show a privacy notice before they are sent. */
export type ServicioAviso =
  | 'constancia_voto'
  | 'permiso'
  | 'condolencia'
  | 'cuenta'
  | 'rectificacion'
  | 'denuncia'
  | 'certificado'
  | 'felicitacion'

/** What a notice says of one service, besides its words (`av.<servicio>.*` in i18n/). */
export interface Aviso {
  /** The figures its words quote, all from RETENCION: the notice can never promise another clock. */
  cifras: Record<string, number>
  /**
   * Where the citizen uses their rights: "Mis datos" (whatever is tied to their account), or any
   * police unit (a condolence message belongs to no account).
   */
  derechos: 'mis-datos' | 'unidad'
}

/**
 * The privacy notice of every form, in one table (Ley 21.719, duty of information, art. 14 ter):
 * one row per service. The words of each part (summary, data, purpose, legal basis, clock,
 * recipients) are `av.<servicio>.<parte>` in the notices' catalogues.
 */
export const AVISOS: Record<ServicioAviso, Aviso> = {
  constancia_voto: {
    cifras: {
      anos: RETENCION.constanciaVotoAnos,
      dias: RETENCION.constanciaVencidaDias,
      borrador: RETENCION.borradorDias,
    },
    derechos: 'mis-datos',
  },
  permiso: {
    cifras: {
      meses: RETENCION.permisoMeses,
      rechazo: RETENCION.permisoRechazadoMeses,
      borrador: RETENCION.borradorDias,
    },
    derechos: 'mis-datos',
  },
  condolencia: {
    cifras: { anos: RETENCION.condolenciaAnos, dias: RETENCION.condolenciaOcultaDias },
    // Written from a citizen's account since issue 19: its rights are used in "Mis datos".
    derechos: 'mis-datos',
  },
  cuenta: {
    cifras: { anos: RETENCION.cuentaInactivaAnos, auditoria: RETENCION.auditoriaAnos },
    derechos: 'mis-datos',
  },
  rectificacion: {
    cifras: {
      anos: RETENCION.solicitudDatosAnos,
      dias: RETENCION.respuestaSolicitudDias,
      borrador: RETENCION.borradorDias,
    },
    derechos: 'mis-datos',
  },
  denuncia: {
    cifras: { anos: RETENCION.casoAnos },
    derechos: 'mis-datos',
  },
  certificado: {
    cifras: { anos: RETENCION.certificadoAnos },
    derechos: 'mis-datos',
  },
  felicitacion: {
    cifras: { anos: RETENCION.felicitacionAnos, borrador: RETENCION.borradorDias },
    derechos: 'mis-datos',
  },
}
