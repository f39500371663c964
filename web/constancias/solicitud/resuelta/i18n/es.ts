/**
 * Spanish words of a request no longer pending (validated, refused or expired): the reference for
 * en.ts and ht.ts.
 */
export const messages = {
  'done.validada.title': 'Constancia validada',
  'done.validada.body':
    'Carabineros validó su constancia. La Constancia Digital fue enviada en formato PDF a su correo electrónico.',
  'done.validada.pdf': 'Descargar la constancia (PDF)',
  'done.rechazada.title': 'Solicitud rechazada',
  'done.rechazada.body': 'Carabineros rechazó esta solicitud.',
  'done.rechazada.reason': 'Motivo: {motivo}',
  'done.vencida.title': 'Solicitud vencida',
  'done.vencida.body':
    'Esta solicitud no fue validada en una unidad de Carabineros durante el día de la elección, por lo que no tiene validez legal.',
}

export type ResueltaMessageKey = keyof typeof messages
export type ResueltaMessages = Record<ResueltaMessageKey, string>
