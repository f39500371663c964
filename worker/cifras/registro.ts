/**
 * The services whose figures are kept as rollups, and what each counts: its events, and for each
 * event the rows it comes from (table, instant, comuna, scope). This one declaration drives the
 * writes' counters (`contar`), the reads (`leerCifras`), the rebuild from the rows
 * (`npm run cifras:rebuild`) and the recount the tests compare with. A new service adds an entry.
 */

/** Where an event's rows are: a SQL fragment per part, over one table. */
export interface FuenteEvento {
  tabla: string
  /** The instant of the event, in ms. */
  instante: string
  comuna: string
  /** Rows that are this event (beyond `instante is not null`). */
  donde?: string
}

export interface ServicioCifras {
  /** What the per-comuna counter covers: Chile's day, or the whole scope (an election). */
  comunaPor: 'dia' | 'ambito'
  /** The scope column (an election's id), or none. */
  ambito: string | null
  eventos: Record<string, FuenteEvento>
}

export const SERVICIOS_CIFRAS = {
  permisos: {
    comunaPor: 'dia',
    ambito: null,
    eventos: {
      emitido: { tabla: 'permisos', instante: 'created_at', comuna: 'comuna_cut' },
      revocado: { tabla: 'permisos', instante: 'revocado_at', comuna: 'comuna_cut' },
      rechazado: { tabla: 'permisos_rechazados', instante: 'at', comuna: 'comuna_cut' },
    },
  },
  constancias_voto: {
    comunaPor: 'ambito',
    ambito: 'eleccion_id',
    eventos: {
      solicitada: { tabla: 'constancias_voto', instante: 'created_at', comuna: 'comuna_votacion_cut' },
      validada: {
        tabla: 'constancias_voto',
        instante: 'resolved_at',
        comuna: 'comuna_votacion_cut',
        donde: "estado = 'validada'",
      },
      rechazada: {
        tabla: 'constancias_voto',
        instante: 'resolved_at',
        comuna: 'comuna_votacion_cut',
        donde: "estado = 'rechazada'",
      },
    },
  },
  // Denuncias by the comuna where the offence happened. The later events (en_analisis, derivada…)
  // are the case machinery's (worker/casos), which adds them here.
  denuncia: {
    comunaPor: 'dia',
    ambito: null,
    eventos: {
      recibida: { tabla: 'denuncias', instante: 'created_at', comuna: 'comuna_cut' },
    },
  },
} as const satisfies Record<string, ServicioCifras>

export type Servicio = keyof typeof SERVICIOS_CIFRAS
export type Evento<S extends Servicio> = keyof (typeof SERVICIOS_CIFRAS)[S]['eventos'] & string
