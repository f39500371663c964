import type { InicioMessageKey } from './es.ts'

/** English words of the complaints' start page. */
export const messages: Record<InicioMessageKey, string> = {
  'inicio.title': 'Complaint about how Carabineros treated you',
  'inicio.lead':
    'If a Carabineros officer treated you badly, did not help you or acted improperly, you can complain here.',
  'inicio.confidencial.title': 'Your identity is kept confidential',
  'inicio.confidencial':
    'Your complaint goes to the Complaints Office, not to the unit you complain about. If the office asks that unit for its account, the unit sees the facts, never your name, RUN or contact details.',
  'inicio.plazo.title': 'When you will get an answer',
  'inicio.plazo':
    'The office answers within 20 working days (Ley 19.880, art. 24). You will see the due date on your receipt and in My applications.',
  'inicio.necesita.title': 'What you will need',
  'inicio.necesita.cuando': 'when and where it happened',
  'inicio.necesita.quien':
    'the police unit and, if you know them, the officer’s name or rank and the vehicle’s number',
  'inicio.necesita.archivos': 'photos, videos or documents, if you have them (optional)',
  'inicio.delito':
    'If what happened may be a crime, you can also report it; the office will refer your complaint to the Fiscalía when it should.',
  'inicio.ingresar': 'Complaints are made with ClaveÚnica or with your Comisaría Virtual account.',
  'inicio.comenzar': 'Start',
}
