/**
 * Spanish words of the citizen's election constancias in “Mis trámites”: the reference for en.ts
 * and ht.ts.
 */
export const messages = {
  'state.pendiente': 'Pendiente',
  'state.validada': 'Validada',
  'state.rechazada': 'Rechazada',
  'state.vencida': 'Vencida',
  'mine.title': 'Constancias Votación',
  'mine.loading': 'Cargando sus solicitudes…',
  'mine.failed': 'No se pudieron cargar sus solicitudes.',
  'mine.code': 'Código {code}',
  'mine.motivo': 'Motivo del rechazo: {motivo}',
}

export type MisTramitesMessageKey = keyof typeof messages
export type MisTramitesMessages = Record<MisTramitesMessageKey, string>
