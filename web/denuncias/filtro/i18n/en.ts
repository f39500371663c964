import type { FiltroMessages } from './es.ts'

/** English words of the denuncias' start page and screener, loaded on demand. */
export const messages: FiltroMessages = {
  'inicio.title': 'Report a crime',
  'inicio.lead':
    'Report online a theft, a robbery without violence, a fraud, damage to property or animal cruelty. The Comisaría Virtual staff will review it within 24 hours and send it to the Carabineros unit of your home address, which will forward it to the Fiscalía (public prosecutor).',
  'inicio.puede.title': 'What you can report here',
  'inicio.puede':
    'Theft, snatch theft, theft of vehicle accessories, theft by someone you trusted, keeping something found, not returning what was lent or entrusted, fraud, damage to property and animal cruelty.',
  'inicio.no.title': 'When not to use this service',
  'inicio.no.peligro': 'If someone is in danger or the crime is happening now: call 133.',
  'inicio.no.otros':
    'If there was violence or threats against a person, domestic violence, or the victim is a child: we will tell you where to go.',
  'inicio.no.una':
    'An offence is reported only once: if you already reported it to Carabineros, the PDI or the Fiscalía, do not report it again.',
  'inicio.necesita.title': 'What you need',
  'inicio.necesita.cuenta': 'Your ClaveÚnica, or your Comisaría Virtual account with a verified e-mail.',
  'inicio.necesita.hecho': 'When and where it happened, and what happened.',
  'inicio.necesita.datos':
    'Whatever identifies what was taken: serial numbers, a phone’s IMEI, the vehicle’s plate.',
  'inicio.salir':
    'If you need to leave this page at once, use “Exit quickly” above or press the Esc key twice.',
  'inicio.ingresar': 'To report a crime you must sign in.',
  'inicio.cuenta': 'Sign in',
  'inicio.signedIn': 'Signed in as {name}.',
  'inicio.staff': 'You are signed in as staff: reports are made by citizens with their own account.',
  'inicio.compartido': 'I am using a shared device, or one someone else may look at',
  'inicio.compartido.hint':
    'We will keep nothing on this device: no draft and no pending submission. If you close or reload the page, what you typed is lost.',
  'inicio.start': 'Start',
  'pregunta.caption': 'Before you start · Question {n} of {total}',
  'pregunta.peligro': 'Is anyone in danger now, or is the crime happening right now?',
  'pregunta.violencia': 'Was there violence or threats against anyone?',
  'pregunta.violencia.hint':
    'For example, a blow, a weapon, a threat or a push to take something from you. Having something snatched by surprise, without being attacked, does not count as violence.',
  'pregunta.familia': 'Is it domestic violence?',
  'pregunta.familia.hint':
    'Abuse or threats from your partner, a former partner, or someone in your family or household.',
  'pregunta.nino': 'Is the victim a child?',
  'pregunta.nino.hint': 'Someone under 18.',
  'pregunta.autor': 'Do you know who did it, and are they there now?',
  'pregunta.autor.hint': 'For example, they are still at the place, or you can see them.',
  'pregunta.si': 'Yes',
  'pregunta.no': 'No',
  'llame.title': 'Call 133',
  'derivar.title': 'This cannot be reported online',
  'derivar.donde': 'Where to go',
  'derivar.violencia':
    'When there is violence or threats against a person, Carabineros must act at once and take your statement in person.',
  'derivar.violencia.1': 'If you are in danger, call 133.',
  'derivar.violencia.2':
    'Go to the nearest police station or to the PDI (134), or report it to the Fiscalía: 600 333 0000.',
  'derivar.violencia.3': 'If you are injured, go to a health centre: they will record your injuries.',
  'derivar.familia':
    'Domestic violence has its own channels, which can ask for protection measures for you from the first day.',
  'derivar.familia.1': 'Carabineros’ Fono Familia: 149, 24 hours a day.',
  'derivar.familia.2': 'Fono 1455: advice on violence against women.',
  'derivar.familia.3': 'The Fiscalía (600 333 0000) or the family court of your comuna.',
  'derivar.nino':
    'When the victim is a child, what happened must be told to specialists, and only once (Law 21,057).',
  'derivar.nino.1': 'Carabineros’ Fono Niños: 147, 24 hours a day.',
  'derivar.nino.2': 'The Oficina Local de la Niñez (formerly OPD) of your comuna.',
  'derivar.nino.3': 'The Fiscalía: 600 333 0000.',
  'derivar.autor':
    'If the person who did it is there now, Carabineros can act at once: do not wait for an online report.',
  'derivar.autor.1': 'Call 133.',
  'derivar.autor.2': 'Or go to the nearest police station with what you know about that person.',
  'derivar.peligro': 'If you are in danger, call 133.',
  'derivar.volver': 'Change my answer',
}
