import type { ServicioDeCasos } from '../casos/maquina.ts'
import { ganchosDenuncia } from './ganchos.ts'

/** A denuncia's states (issue 15), in the order a report normally goes through them. */
export const ESTADOS_DENUNCIA = [
  'recibida',
  'en_analisis',
  'informacion_solicitada',
  'derivada',
  'enviada_fiscalia',
  'cerrada',
] as const
export type EstadoDenuncia = (typeof ESTADOS_DENUNCIA)[number]

const ANTES_DE_LA_UNIDAD = ['recibida', 'en_analisis', 'informacion_solicitada'] as const

/**
 * The denuncia as a case: a report is received, analysed by the virtual station (which may ask
 * the citizen for information, reclassify it, close it or derive it to the unit with jurisdiction
 * over the complainant's home), and the unit sends it to the Fiscalía, which answers a RUC. The
 * citizen may add information until then. Triage is due 24 hours after the report (issue 15).
 *
 * Its hooks (ganchos.ts) read and write its own table: the stored type, the queue's type filter,
 * what the Fiscalía receives, what staff see.
 */
export const DENUNCIA: ServicioDeCasos<EstadoDenuncia> = {
  servicio: 'denuncia',
  cifras: 'denuncias',
  capacidades: { triar: 'denuncias.triar', unidad: 'denuncias.unidad' },
  plazoTriajeHoras: 24,
  pagina: (numero) => `/denuncias/${numero}`,
  maquina: {
    estados: ESTADOS_DENUNCIA,
    inicial: 'recibida',
    terminales: ['enviada_fiscalia', 'cerrada'],
    aceptaInformacion: [...ANTES_DE_LA_UNIDAD, 'derivada'],
    finDeTriaje: ['informacion_solicitada', 'derivada', 'cerrada'],
    enUnidad: 'derivada',
    colaPorDefecto: { triar: ['recibida', 'en_analisis'], unidad: ['derivada'] },
    pasos: {
      analizar: {
        desde: ['recibida'],
        hacia: 'en_analisis',
        quien: 'triar',
        vence: 'mantener',
        ciudadano: true,
      },
      pedir_informacion: {
        desde: ['recibida', 'en_analisis'],
        hacia: 'informacion_solicitada',
        quien: 'triar',
        // The case waits for the citizen, not for staff.
        vence: 'ninguno',
        ciudadano: true,
      },
      responder: {
        desde: ['informacion_solicitada'],
        hacia: 'en_analisis',
        quien: 'ciudadano',
        vence: { horas: 24 },
        ciudadano: true,
      },
      agregar_informacion: {
        desde: [...ANTES_DE_LA_UNIDAD, 'derivada'],
        hacia: null,
        quien: 'ciudadano',
        vence: 'mantener',
        ciudadano: true,
      },
      reclasificar: {
        desde: [...ANTES_DE_LA_UNIDAD, 'derivada'],
        hacia: null,
        quien: 'triar',
        vence: 'mantener',
        ciudadano: true,
      },
      marcar_duplicado: {
        desde: ANTES_DE_LA_UNIDAD,
        hacia: 'cerrada',
        quien: 'triar',
        vence: 'ninguno',
        ciudadano: true,
      },
      // On the original, whatever its state (it may be closed or sent already): a note for staff.
      vincular_duplicado: {
        desde: ESTADOS_DENUNCIA,
        hacia: null,
        quien: 'triar',
        vence: 'mantener',
        ciudadano: false,
      },
      cerrar: {
        desde: ANTES_DE_LA_UNIDAD,
        hacia: 'cerrada',
        quien: 'triar',
        vence: 'ninguno',
        ciudadano: true,
      },
      // Derived again when the first unit was the wrong one.
      derivar: {
        desde: ['recibida', 'en_analisis', 'derivada'],
        hacia: 'derivada',
        quien: 'triar',
        vence: { horas: 24 },
        ciudadano: true,
      },
      enviar_fiscalia: {
        desde: ['derivada'],
        hacia: null,
        quien: 'unidad',
        vence: 'mantener',
        ciudadano: false,
      },
      recibir_ruc: {
        desde: ['derivada'],
        hacia: 'enviada_fiscalia',
        quien: 'sistema',
        vence: 'ninguno',
        ciudadano: true,
      },
    },
    motivosCierre: {
      no_constituye_delito: {},
      ya_denunciada: { requiere: 'numero_anterior' },
      fuera_de_competencia: { requiere: 'donde_acudir' },
    },
  },
  palabras: {
    es: {
      suTramite: 'Su denuncia',
      tramite: 'Denuncia',
      estados: {
        recibida: 'Recibida',
        en_analisis: 'En análisis',
        informacion_solicitada: 'Se necesita información',
        derivada: 'Derivada a una unidad policial',
        enviada_fiscalia: 'Enviada a la Fiscalía',
        cerrada: 'Cerrada',
      },
      motivos: {
        no_constituye_delito: 'los hechos no constituyen delito',
        ya_denunciada: 'el hecho ya fue denunciado',
        fuera_de_competencia: 'no corresponde a este servicio',
      },
    },
    en: {
      suTramite: 'Your report',
      tramite: 'Report',
      estados: {
        recibida: 'Received',
        en_analisis: 'Being reviewed',
        informacion_solicitada: 'Information needed',
        derivada: 'Sent to a police unit',
        enviada_fiscalia: 'Sent to the prosecutor’s office (Fiscalía)',
        cerrada: 'Closed',
      },
      motivos: {
        no_constituye_delito: 'the facts are not an offence',
        ya_denunciada: 'the facts were already reported',
        fuera_de_competencia: 'this service does not deal with it',
      },
    },
    ht: {
      suTramite: 'Denonsyasyon ou',
      tramite: 'Denonsyasyon',
      estados: {
        recibida: 'Resevwa',
        en_analisis: 'Y ap analize l',
        informacion_solicitada: 'Nou bezwen plis enfòmasyon',
        derivada: 'Voye bay yon inite polis',
        enviada_fiscalia: 'Voye bay biwo pwosekitè a (Fiscalía)',
        cerrada: 'Fèmen',
      },
      motivos: {
        no_constituye_delito: 'sa k pase a pa yon krim',
        ya_denunciada: 'yo te deja denonse fè sa a',
        fuera_de_competencia: 'se pa sèvis sa a ki okipe sa',
      },
    },
  },
  ganchos: ganchosDenuncia,
}
