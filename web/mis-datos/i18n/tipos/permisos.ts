/**
 * The words of a travel permit's and a refused permit's records on 'Mis datos' that no other kind shares, in the three languages:
 * loaded when a record of that kind is shown (`../../palabras.ts`, `palabrasDe`).
 */
export const palabras = {
  es: {
    'md.campo.tipoPermiso': 'Tipo de permiso',
    'md.campo.inicio': 'Desde',
    'md.campo.fin': 'Hasta',
    'md.campo.motivoRevocacion': 'Motivo de la revocación',
    'md.estado.vigente': 'Vigente',
    'md.estado.revocado': 'Revocado',
  },
  en: {
    'md.campo.tipoPermiso': 'Type of permit',
    'md.campo.inicio': 'From',
    'md.campo.fin': 'Until',
    'md.campo.motivoRevocacion': 'Reason for the revocation',
    'md.estado.vigente': 'In force',
    'md.estado.revocado': 'Revoked',
  },
  ht: {
    'md.campo.tipoPermiso': 'Kalite pèmi',
    'md.campo.inicio': 'Depi',
    'md.campo.fin': 'Jiska',
    'md.campo.motivoRevocacion': 'Rezon revokasyon an',
    'md.estado.vigente': 'Valab',
    'md.estado.revocado': 'Revoke',
  },
}
