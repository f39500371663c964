import type { TiposMessages } from './es.ts'

/** English words of the nine constancias' shared screens. */
export const messages: TiposMessages = {
  'regimen_visitas.nombre': 'Visitation order not complied with',
  'regimen_visitas.desc': 'When a visitation arrangement set by a family court is not complied with.',
  'extravio_documentos.nombre': 'Lost documents',
  'extravio_documentos.desc': 'Loss of an identity card, passport, driving licence or other documents.',
  'extravio_celular.nombre': 'Lost mobile phone',
  'extravio_celular.desc': 'Loss of a mobile phone, so that the carrier blocks it.',
  'placa_patente.nombre': 'Lost or replacement number plate',
  'placa_patente.desc': 'A number plate lost, stolen or damaged, to ask for a replacement.',
  'pension_alimentos.nombre': 'Child support not paid',
  'pension_alimentos.desc': 'Child support (pensión de alimentos) set by a court that was not paid.',
  'abandono_hogar.nombre': 'Leaving the family home',
  'abandono_hogar.desc': 'A member of the household who left the shared home of their own will.',
  'fines_laborales.nombre': 'Constancia for employment purposes',
  'fines_laborales.desc': 'A breach by the other party of a working relationship, employer or employee.',
  'bomberos_lesionados.nombre': 'Firefighters injured on duty',
  'bomberos_lesionados.desc':
    'A firefighter’s injuries on duty, for the claim before the Financial Market Commission (CMF).',
  'permanencia_definitiva.nombre': 'Lost permanent residence certificate',
  'permanencia_definitiva.desc': 'Loss of a foreign resident’s permanent residence certificate.',
}
