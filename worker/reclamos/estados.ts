import { sql } from 'drizzle-orm'
import { TIPOS_RECLAMO } from '../../core/reclamos/tipos.ts'
import { casos, reclamos } from '../../db/schema/index.ts'
import { ganchosDeTipo } from '../casos/ganchos.ts'
import type { ServicioDeCasos } from '../casos/maquina.ts'
import { invalidField } from '../errors.ts'
import { detalleDeOficina } from './desenlace.ts'
import { accionDeOficina } from './oficina.ts'

const porTipo = ganchosDeTipo(reclamos, reclamos.casoId, reclamos.tipo)

/** A complaint's states (issue 18), in the order one normally goes through them. */
export const ESTADOS_RECLAMO = [
  'recibido',
  'en_analisis',
  'informacion_solicitada',
  'respondido',
  'derivado',
] as const
export type EstadoReclamo = (typeof ESTADOS_RECLAMO)[number]

const ABIERTOS = ['recibido', 'en_analisis', 'informacion_solicitada'] as const
const TERMINALES = ['respondido', 'derivado'] as const

/**
 * The complaint as a case. The complaints office (`reclamos.atender`) holds it from receipt to
 * answer: both of the machine's capabilities are the office's, and the case's `unidad_code` stays
 * null, so no unit — least of all the one complained about — ever has it in its queue or its reach
 * (worker/casos/alcance.ts needs the case's unit to be the officer's). Its due date is the legal
 * one, 20 working days (worker/reclamos/service.ts), kept through every step: asking the citizen
 * does not stop the clock of the answer.
 *
 * The office asks the unit concerned for its account (`pedir_descargo`; the unit answers with
 * `recibir_descargo`: worker/reclamos/descargos.ts), both staff-only notes in the history that
 * change no state; `respondido` is reached by `contestar` (the written answer, signed and e-mailed:
 * worker/reclamos/oficina.ts) and `derivado` by `remitir` (to the Fiscalía or the Inspección
 * General, where and why). The office works per region when its member's unit has one
 * (decision 0053); the queue counts working days left (`plazoHabil`).
 * From either end the complainant may say whether it satisfied them (`valorar`, once per answer)
 * and reopen it once within 30 calendar days (`reabrir`: back to `en_analisis`, on a new legal
 * term: decision 0056).
 */
export const RECLAMO: ServicioDeCasos<EstadoReclamo> = {
  servicio: 'reclamo',
  cifras: 'reclamos',
  capacidades: { triar: 'reclamos.atender', unidad: 'reclamos.atender' },
  porRegion: true,
  plazoHabil: true,
  // Taken by the office within a working day or so; the legal due date is the answer's.
  plazoTriajeHoras: 48,
  pagina: (numero) => `/reclamos/${numero}`,
  maquina: {
    estados: ESTADOS_RECLAMO,
    inicial: 'recibido',
    terminales: TERMINALES,
    aceptaInformacion: ABIERTOS,
    finDeTriaje: ['informacion_solicitada', 'respondido', 'derivado'],
    // No unit ever holds a complaint: this state is where it leaves the office.
    enUnidad: 'derivado',
    colaPorDefecto: { triar: ABIERTOS, unidad: [] },
    pasos: {
      analizar: {
        desde: ['recibido'],
        hacia: 'en_analisis',
        quien: 'triar',
        vence: 'mantener',
        ciudadano: true,
      },
      pedir_informacion: {
        desde: ['recibido', 'en_analisis'],
        hacia: 'informacion_solicitada',
        quien: 'triar',
        vence: 'mantener',
        ciudadano: true,
      },
      responder: {
        desde: ['informacion_solicitada'],
        hacia: 'en_analisis',
        quien: 'ciudadano',
        vence: 'mantener',
        ciudadano: true,
      },
      agregar_informacion: {
        desde: ABIERTOS,
        hacia: null,
        quien: 'ciudadano',
        vence: 'mantener',
        ciudadano: true,
      },
      pedir_descargo: {
        desde: ABIERTOS,
        hacia: null,
        quien: 'triar',
        vence: 'mantener',
        ciudadano: false,
        soloPersonal: true,
      },
      // The unit's account may arrive after the answer: it is kept all the same.
      recibir_descargo: {
        desde: ESTADOS_RECLAMO,
        hacia: null,
        quien: 'unidad',
        vence: 'mantener',
        ciudadano: false,
        soloPersonal: true,
      },
      // Its own e-mail, with the signed answer attached (worker/reclamos/oficina.ts).
      contestar: {
        desde: ABIERTOS,
        hacia: 'respondido',
        quien: 'triar',
        vence: 'ninguno',
        ciudadano: true,
        correoPropio: true,
      },
      remitir: { desde: ABIERTOS, hacia: 'derivado', quien: 'triar', vence: 'ninguno', ciudadano: true },
      // The complainant's word on the answer: a note, not mailed back to them (worker/reclamos/ciudadano.ts).
      valorar: {
        desde: TERMINALES,
        hacia: null,
        quien: 'ciudadano',
        vence: 'mantener',
        ciudadano: false,
      },
      // Once, within 30 days: back to the office's queue on a new legal term (decision 0056).
      reabrir: {
        desde: TERMINALES,
        hacia: 'en_analisis',
        quien: 'ciudadano',
        vence: 'legal',
        ciudadano: true,
      },
    },
    motivosCierre: {},
  },
  palabras: {
    es: {
      suTramite: 'Su reclamo',
      tramite: 'Reclamo',
      estados: {
        recibido: 'Recibido',
        en_analisis: 'En análisis',
        informacion_solicitada: 'Se necesita información',
        respondido: 'Respondido',
        derivado: 'Derivado',
      },
      motivos: {},
    },
    en: {
      suTramite: 'Your complaint',
      tramite: 'Complaint',
      estados: {
        recibido: 'Received',
        en_analisis: 'Being reviewed',
        informacion_solicitada: 'Information needed',
        respondido: 'Answered',
        derivado: 'Referred',
      },
      motivos: {},
    },
    ht: {
      suTramite: 'Plent ou',
      tramite: 'Plent',
      estados: {
        recibido: 'Resevwa',
        en_analisis: 'Y ap analize l',
        informacion_solicitada: 'Nou bezwen plis enfòmasyon',
        respondido: 'Reponn',
        derivado: 'Voye bay yon lòt enstitisyon',
      },
      motivos: {},
    },
  },
  ganchos: {
    // The complainant's kind stands (decision 0060): the office does not reclassify a complaint.
    reclasificar: async () => {
      throw invalidField('tipo', 'invalid_option')
    },
    // Each queue row's kind, the queue's filter by kind and the figures' counts per kind.
    tipoDeCaso: porTipo.tipoDeCaso,
    filtroTipo: (tipo) => {
      if (!(TIPOS_RECLAMO as readonly string[]).includes(tipo)) throw invalidField('tipo', 'invalid_option')
      return porTipo.filtroTipo(tipo)
    },
    // Never sent to the Fiscalía through the denuncias' channel.
    contenidoParaFiscalia: async () => ({}),
    accionPropia: accionDeOficina,
    detalle: detalleDeOficina,
    reabierto: () =>
      sql`exists (select 1 from ${reclamos} where ${reclamos.casoId} = ${casos.id} and ${reclamos.reabiertoAt} is not null)`,
  },
}
