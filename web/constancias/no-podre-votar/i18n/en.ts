import type { GuiaMessages } from './es.ts'

/**
 * English words of the guide «¿No podrá votar?», loaded on demand. Chilean institutions and
 * procedures keep their Spanish names, as voters will meet them at the court or the police unit.
 */
export const messages: GuiaMessages = {
  'guia.caption': 'Unable to vote?',
  'pregunta.domicilio': 'Where is your electoral address registered?',
  'pregunta.domicilio.hint':
    'It is the one in the Electoral Register of the Servicio Electoral (Servel). Two or three questions tell you what will justify your absence.',
  'pregunta.domicilio.chile': 'In Chile',
  'pregunta.domicilio.extranjero': 'Abroad',
  'pregunta.donde': 'Where will you be on election day?',
  'pregunta.donde.extranjero': 'Outside Chile',
  'pregunta.donde.lejos': 'In Chile, more than 200 kilometres from my polling place',
  'pregunta.donde.cerca': 'In Chile, 200 kilometres or less from my polling place',
  'pregunta.motivo': 'Why will you be unable to vote?',
  'pregunta.motivo.enfermedad': 'I will be ill',
  'pregunta.motivo.otro': 'Another serious impediment',
  'pregunta.motivo.otro.hint': 'For example, an accident, a disaster or a duty in the election.',

  'respuesta.hacer': 'What to do',
  'respuesta.despues': 'What happens next',
  'respuesta.ley': 'Legal basis:',
  'respuesta.empezar': 'Start again',
  'despues.juzgado':
    'If you do not vote, the Servicio Electoral may report you to the Juzgado de Policía Local within a year of the election. The court summons you, usually by e-mail, and there you present your excuse with your proof. If the judge does not accept it, the fine is 0.5 to 1.5 Unidades Tributarias Mensuales (UTM), paid to the municipality.',

  'voluntario.titulo': 'For you, voting is voluntary',
  'voluntario.clave':
    'With your electoral address abroad, voting is voluntary: you have nothing to justify and there is no fine for not voting.',
  'voluntario.hacer.1': 'You need no Carabineros constancia and no certificate.',
  'voluntario.hacer.2':
    'If you want to vote, Servel tells you where. From abroad you vote in presidential elections, presidential primaries and national plebiscites.',
  'voluntario.ley':
    'Ley N° 21.524, which amended article 15 of the Constitution: voting is compulsory for voters whose electoral address is in Chile.',
  'voluntario.despues':
    'Nothing: the fine for not voting applies to voters whose electoral address is in Chile.',

  'fuera.titulo': 'Outside Chile: keep your travel certificate',
  'fuera.clave':
    'Carabineros gives no constancia for being abroad. What proves your absence is the PDI’s travel certificate (certificado de viajes), its record of your entries into and exits from Chile.',
  'fuera.hacer.1':
    'Do not ask for the voting constancia: it is only for voters in Chile more than 200 kilometres from their polling place.',
  'fuera.hacer.2':
    'Ask the Policía de Investigaciones (PDI) for your travel certificate, which shows that you were outside Chile on election day.',
  'fuera.hacer.3': 'Keep your tickets too: the judge may take them into account.',
  'fuera.ley':
    'Article 139 bis of Ley N° 18.700, added by Ley N° 21.779: whoever is absent from the country on election day is exempt from the fine.',

  'enfermedad.titulo': 'Ill: a medical certificate for the judge',
  'enfermedad.clave':
    'If you are ill on election day, what proves your excuse is a medical certificate. Carabineros gives no constancia for illness.',
  'enfermedad.hacer.1':
    'Ask whoever treats you for a medical certificate covering election day (sick leave or rest that includes it also counts).',
  'enfermedad.hacer.2': 'Keep it: you will present it when the Juzgado de Policía Local summons you.',
  'enfermedad.ley':
    'Article 139 bis of Ley N° 18.700, added by Ley N° 21.779: whoever is ill on election day is exempt from the fine.',

  'lejos.titulo': 'More than 200 kilometres away: the voting constancia',
  'lejos.clave':
    'If on election day you are more than 200 kilometres from your polling place, Carabineros records it: you ask online with ClaveÚnica and have it validated that same day at a Carabineros unit.',
  'lejos.hacer.1':
    'Ask for it on the Comisaría Virtual on election day, from 00:00 to 23:59 (mainland Chile time).',
  'lejos.hacer.2':
    'That same day, go to the Carabineros unit nearest to where you are, with the code and your identity card or passport: without that validation, the constancia is no proof before the Juzgado de Policía Local.',
  'lejos.hacer.3':
    'Without ClaveÚnica or internet, ask at the unit for the assisted constancia (Constancia Asistida).',
  'lejos.pedir': 'Ask for the voting constancia',
  'lejos.unidades': 'See the nearest Carabineros units',
  'lejos.ley':
    'Article 139 bis of Ley N° 18.700, added by Ley N° 21.779: whoever is in a place more than two hundred kilometres from the polling place on election day is exempt from the fine.',
  'lejos.despues':
    'Once validated, the constancia reaches your e-mail as a PDF. Keep it: if the Juzgado de Policía Local summons you, it is your proof. If the judge does not accept the excuse, the fine is 0.5 to 1.5 UTM.',

  'otro.titulo': 'Another serious impediment: the judge weighs the proof',
  'otro.clave':
    'Another serious impediment is justified before the Juzgado de Policía Local, with documents that prove it. Carabineros gives no constancia for these reasons.',
  'otro.hacer.1':
    'Gather documents from that day showing what kept you from voting: certificates, work records or tickets, among others.',
  'otro.hacer.2':
    'The judge weighs the proof by the rules of sound judgement (sana crítica): the more precise and the closer to the date, the better.',
  'otro.hacer.3':
    'Also exempt are those who served in the election, such as polling station members, and people with a rated and certified disability or a disability pension: keep the document that proves it.',
  'otro.ley':
    'Article 139 bis of Ley N° 18.700, added by Ley N° 21.779: whoever proves another serious impediment before the competent local police judge is exempt.',
}
