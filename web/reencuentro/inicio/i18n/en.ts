import type { InicioMessageKey } from './es.ts'

/** English words of the family reunification's start page and screener. */
export const messages: Record<InicioMessageKey, string> = {
  'inicio.title': 'Family reunification',
  'inicio.lead':
    'If you have lost touch with a relative, for personal reasons or because life took you apart, we can help you look for them so that you can be in contact again.',
  'inicio.como.title': 'How it works',
  'inicio.como':
    'A Carabineros team looks for the person for humanitarian purposes. If we find them, we tell them that you are looking for them and give them your message.',
  'inicio.decide.title': 'The person found decides',
  'inicio.decide':
    'They choose whether to share their contact details with you, to send you a message only, or nothing. We respect their decision: if they do not wish to be contacted, we will tell you that the search has ended, with no further details.',
  'inicio.necesita.title': 'What you will need',
  'inicio.necesita.quien': 'the person’s name and, if you know them, their RUN and approximate year of birth',
  'inicio.necesita.donde': 'the last comuna where you knew of them and the year of your last contact',
  'inicio.necesita.mensaje': 'a message for them',
  'inicio.ingresar': 'Requests are made with ClaveÚnica or with your Comisaría Virtual account.',
  'inicio.comenzar': 'Start',
  'peligro.title': 'Do you think the person may be in danger or missing against their will?',
  'peligro.hint':
    'For example: they went out and did not come back, they have not answered for a short while and that is unlike them, or you fear something has happened to them.',
  'peligro.si': 'Yes',
  'peligro.no': 'No',
  'peligro.continuar': 'Continue',
  'peligro.atras': 'Back',
  'urgente.title': 'Report a presunta desgracia (missing person) today',
  'urgente.lead':
    'If you think the person may be in danger or missing against their will, this is not family reunification: it is a presunta desgracia, and the search starts at once.',
  'urgente.espera': 'There is no need to wait 24 or 48 hours. You can report it as soon as you miss them.',
  'urgente.como.title': 'How to report it',
  'urgente.presencial': 'In person, at any Carabineros station (comisaría, subcomisaría or tenencia).',
  'urgente.telefono': 'By calling Carabineros on 133, at any time.',
  'urgente.pdi': 'You can also call the Investigations Police (PDI) on 134.',
  'urgente.llevar':
    'If you can, bring a recent photo, their RUN, what they were wearing and where and when you last saw them.',
  'urgente.llamar133': 'Call 133',
  'urgente.llamar134': 'Call 134 (PDI)',
  'urgente.otra':
    'If you made a mistake and only lost touch with your relative, you can go back and answer “No”.',
}
