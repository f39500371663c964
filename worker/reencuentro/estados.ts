import type { ServicioDeCasos } from '../casos/maquina.ts'
import { invalidField } from '../errors.ts'
import { accionDeReencuentro, detalleDeReencuentro } from './equipo.ts'

/** A family search's states (issue 19), in order. `contactado` is the team's only (decision 0064). */
export const ESTADOS_REENCUENTRO = ['recibida', 'en_busqueda', 'contactado', 'concluida'] as const
export type EstadoReencuentro = (typeof ESTADOS_REENCUENTRO)[number]

const ABIERTOS = ['recibida', 'en_busqueda', 'contactado'] as const
const BUSCANDO = ['en_busqueda', 'contactado'] as const

/** The team's steps that never reach the requester: a note, the contact, a death told in person. */
const SOLO_EQUIPO = { vence: 'mantener', ciudadano: false, soloPersonal: true, quien: 'triar' } as const

/**
 * The family search as a case (decision 0064). The reencuentro team (`reencuentro.buscar`, granted
 * per person) holds it from receipt to its end; no unit ever does (`unidad_code` stays null). The
 * requester reads three states only — «Recibida», «En búsqueda», «Concluida» — through the
 * service's own view (worker/reencuentro/ver.ts; `vistaPropia`: the shared case page refuses it),
 * and `contactado` reads «En búsqueda» to them everywhere (`estadoCiudadano`). Both ends
 * (`registrar_consentimiento`, `concluir`) reach `concluida` and send the same change e-mail, so
 * nothing the requester receives tells a refusal from a search without result, or a death; the
 * outcome and the details are the team's (the service's table, staff-only history entries).
 */
export const REENCUENTRO: ServicioDeCasos<EstadoReencuentro> = {
  servicio: 'reencuentro',
  cifras: 'reencuentros',
  capacidades: { triar: 'reencuentro.buscar', unidad: 'reencuentro.buscar' },
  // A humanitarian search has no legal term: the queue shows each request's age.
  plazoTriajeHoras: 72,
  pagina: (numero) => `/reencuentro/${numero}`,
  vistaPropia: true,
  estadoCiudadano: { contactado: 'en_busqueda' },
  maquina: {
    estados: ESTADOS_REENCUENTRO,
    inicial: 'recibida',
    terminales: ['concluida'],
    aceptaInformacion: [],
    finDeTriaje: ['en_busqueda', 'contactado', 'concluida'],
    // No unit ever holds a search: this state is where it leaves the team.
    enUnidad: 'concluida',
    colaPorDefecto: { triar: ABIERTOS, unidad: [] },
    pasos: {
      analizar: {
        desde: ['recibida'],
        hacia: 'en_busqueda',
        quien: 'triar',
        vence: 'ninguno',
        ciudadano: true,
      },
      anotar: { ...SOLO_EQUIPO, desde: ESTADOS_REENCUENTRO, hacia: null },
      contactar: { ...SOLO_EQUIPO, desde: BUSCANDO, hacia: 'contactado' },
      registrar_consentimiento: {
        desde: ['contactado'],
        hacia: 'concluida',
        quien: 'triar',
        vence: 'ninguno',
        ciudadano: true,
      },
      concluir: { desde: BUSCANDO, hacia: 'concluida', quien: 'triar', vence: 'ninguno', ciudadano: true },
      informar_en_persona: { ...SOLO_EQUIPO, desde: ['concluida'], hacia: null },
    },
    motivosCierre: {},
  },
  palabras: {
    es: {
      suTramite: 'Su solicitud de reencuentro familiar',
      tramite: 'Reencuentro familiar',
      estados: {
        recibida: 'Recibida',
        en_busqueda: 'En búsqueda',
        contactado: 'En búsqueda',
        concluida: 'Concluida',
      },
      motivos: {},
    },
    en: {
      suTramite: 'Your family reunification request',
      tramite: 'Family reunification',
      estados: {
        recibida: 'Received',
        en_busqueda: 'Searching',
        contactado: 'Searching',
        concluida: 'Concluded',
      },
      motivos: {},
    },
    ht: {
      suTramite: 'Demann pou retwouve fanmi ou',
      tramite: 'Retwouve fanmi',
      estados: {
        recibida: 'Resevwa',
        en_busqueda: 'Y ap chèche',
        contactado: 'Y ap chèche',
        concluida: 'Fini',
      },
      motivos: {},
    },
  },
  ganchos: {
    // A search has no types.
    reclasificar: async () => {
      throw invalidField('tipo', 'invalid_option')
    },
    // Never sent to the Fiscalía.
    contenidoParaFiscalia: async () => ({}),
    accionPropia: accionDeReencuentro,
    detalle: detalleDeReencuentro,
  },
}
