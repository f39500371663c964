/**
 * "Mis datos": the words that no other kind of record shares, of travel permits, issued or refused
 * (their service, fields, states, values), es/en/ht together, loaded when such a record is shown
 * (`palabrasDe` in ../../palabras.ts).
 */
export const palabras = {
  es: {
    'md.servicio.permisos': 'Permisos de desplazamiento',
    'md.campo.tipoPermiso': 'Tipo de permiso',
    'md.campo.inicio': 'Desde',
    'md.campo.fin': 'Hasta',
    'md.campo.motivoRevocacion': 'Motivo de la revocación',
    'md.estado.vigente': 'Vigente',
    'md.estado.revocado': 'Revocado',
  },
  en: {
    'md.servicio.permisos': 'Travel permits',
    'md.campo.tipoPermiso': 'Type of permit',
    'md.campo.inicio': 'From',
    'md.campo.fin': 'Until',
    'md.campo.motivoRevocacion': 'Reason for the revocation',
    'md.estado.vigente': 'In force',
    'md.estado.revocado': 'Revoked',
  },
  ht: {
    'md.servicio.permisos': 'Pèmi deplasman',
    'md.campo.tipoPermiso': 'Kalite pèmi',
    'md.campo.inicio': 'Depi',
    'md.campo.fin': 'Jiska',
    'md.campo.motivoRevocacion': 'Rezon revokasyon an',
    'md.estado.vigente': 'Valab',
    'md.estado.revocado': 'Revoke',
  },
}
