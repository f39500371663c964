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

/**
 * A case service's milestones (worker/casos): each an instant on its `casos` row, in the case's
 * comuna; `cerrada` counts the cases closed in `cerrado` (`cerrado_at` is also set when the
 * Fiscalía takes a denuncia: the clock of its retention).
 *
 * @example
 * eventosDeCasos('denuncia', 'cerrada').eventos.triada // { tabla: 'casos', instante: 'triada_at', … }
 */
function eventosDeCasos<S extends string, C extends string>(servicio: S, cerrado: C) {
  const de = `servicio = '${servicio}'` as const
  return {
    comunaPor: 'dia',
    ambito: null,
    eventos: {
      recibida: { tabla: 'casos', instante: 'created_at', comuna: 'comuna_cut', donde: de },
      triada: { tabla: 'casos', instante: 'triada_at', comuna: 'comuna_cut', donde: de },
      derivada: { tabla: 'casos', instante: 'derivada_at', comuna: 'comuna_cut', donde: de },
      enviada: { tabla: 'casos', instante: 'enviada_at', comuna: 'comuna_cut', donde: de },
      cerrada: {
        tabla: 'casos',
        instante: 'cerrado_at',
        comuna: 'comuna_cut',
        donde: `${de} and estado = '${cerrado}'` as const,
      },
    },
  } as const
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
  // A case's milestones (worker/casos), each an instant on its `casos` row, in the case's comuna.
  denuncias: eventosDeCasos('denuncia', 'cerrada'),
  // A complaint's milestones, and the complainant's word on each answer (worker/reclamos/ciudadano.ts).
  reclamos: {
    ...eventosDeCasos('reclamo', 'respondido'),
    eventos: {
      ...eventosDeCasos('reclamo', 'respondido').eventos,
      satisfecho: {
        tabla: 'reclamos_valoraciones',
        instante: 'at',
        comuna: 'comuna_cut',
        donde: 'satisfecho = 1',
      },
      insatisfecho: {
        tabla: 'reclamos_valoraciones',
        instante: 'at',
        comuna: 'comuna_cut',
        donde: 'satisfecho = 0',
      },
    },
  },
  // A family search's milestones (worker/reencuentro): its end is `concluida`, whatever the outcome.
  reencuentros: eventosDeCasos('reencuentro', 'concluida'),
  // Complaints received per unit concerned and per kind (decision 0061): the scope is the unit or
  // the kind, the per-comuna counter the complaint's day, so a window's figures read a row per
  // unit (or kind), comuna and day, whatever the volume behind them.
  reclamos_unidad: {
    comunaPor: 'dia',
    ambito: 'unidad_code',
    eventos: { recibido: { tabla: 'reclamos', instante: 'created_at', comuna: 'comuna_cut' } },
  },
  reclamos_tipo: {
    comunaPor: 'dia',
    ambito: 'tipo',
    eventos: { recibido: { tabla: 'reclamos', instante: 'created_at', comuna: 'comuna_cut' } },
  },
  // Constancias (worker/certificados), read by type: the scope is the type. A type that asks no
  // place counts under the comuna `-` (db/schema/certificados.ts).
  certificados: {
    comunaPor: 'dia',
    ambito: 'tipo',
    eventos: {
      emitida: { tabla: 'certificados', instante: 'created_at', comuna: 'comuna_cut' },
      anulada: { tabla: 'certificados', instante: 'anulada_at', comuna: 'comuna_cut' },
    },
  },
  // Commendations (worker/felicitaciones), read by unit: the scope is the unit, its comuna the
  // unit's, and the per-comuna counter the whole scope (all time), so a unit's count is one row.
  felicitaciones: {
    comunaPor: 'ambito',
    ambito: 'unidad_code',
    eventos: { recibida: { tabla: 'felicitaciones', instante: 'created_at', comuna: 'comuna_cut' } },
  },
} as const satisfies Record<string, ServicioCifras>

export type Servicio = keyof typeof SERVICIOS_CIFRAS
export type Evento<S extends Servicio> = keyof (typeof SERVICIOS_CIFRAS)[S]['eventos'] & string
