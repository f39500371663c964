import type { InformacionMessages } from './es.ts'

/**
 * English words of the Constancias screens (the information page), loaded on demand. Chilean
 * institutions and procedures keep their Spanish names, as citizens will meet them at the police
 * unit.
 */
export const messages: InformacionMessages = {
  warning: 'Important',
  'info.caption': 'Constancias',
  'info.title': 'Voting constancia (Constancias Votación)',
  'info.lead':
    'Digital constancia for being, on election day, in a place more than two hundred kilometres from your polling place.',
  'info.guia': 'Abroad, ill or another reason? See what will justify your absence',
  'info.when.title': 'When you can do it',
  'info.when.body': 'The service is open from 00:00 to 23:59 on election day (mainland Chile time).',
  'info.when.open': 'Today, {fecha}, it is open until {hora}.',
  'info.when.next': 'It opens on {fecha} at {hora}.',
  'info.when.closed': 'It closed on {fecha} at {hora}.',
  'info.when.none': 'No elections are scheduled.',
  'info.when.unknown': 'With no connection we cannot confirm when it is open.',
  'info.when.loading': 'Checking the opening hours…',
  'info.election': '{nombre}, {fecha}.',
  'info.start.title': 'How to get the constancia',
  'info.start.step1': 'Sign in with your ClaveÚnica, which securely proves who you are.',
  'info.start.step2': 'Read and accept the mandatory legal notice.',
  'info.start.step3': 'Confirm your details and give your date of birth, e-mail address and contact phone.',
  'info.start.step4':
    'Declare that you are more than 200 kilometres from your polling place and press “Send request”.',
  'info.start.step5':
    'On the same day, go to the nearest Carabineros police unit with the code and your identity card or passport, to have the constancia validated.',
  'info.login': 'Sign in with ClaveÚnica',
  'info.continue': 'Continue',
  'info.signedIn': 'You are signed in with ClaveÚnica as {name}.',
  'info.selfAccount':
    'You signed in with a Comisaría Virtual account. This service requires signing in with ClaveÚnica: your own account is not enough.',
  'info.rechazada': 'Carabineros refused your request {code}. Reason: {motivo}',
  'info.rechazada.ver': 'See your request {code}',
  'info.notOpen': 'Outside those hours, requests cannot be made.',
  'info.important.title': 'Important information',
  'info.a.title': 'Compulsory voting and penalties',
  'info.a.1':
    'Voting is compulsory in presidential, parliamentary, regional and municipal elections and in plebiscites.',
  'info.a.2':
    'Anyone who does not vote and does not prove a valid excuse is fined 0.5 to 1.5 Unidades Tributarias Mensuales (UTM), imposed by the local Juzgado de Policía Local, for the municipality.',
  'info.b.title': 'Valid excuses (no penalty)',
  'info.b.lead':
    'Under article 139 bis of Law No. 18,700, added by Law No. 21,779, citizens are exempt from the fine who on election day:',
  'info.b.1': 'Are ill.',
  'info.b.2': 'Are abroad, or in a place more than two hundred kilometres from their polling place.',
  'info.b.3': 'Carried out the duties this law assigns.',
  'info.b.4':
    'Hold the disability rating and certificate of article 13 of Law No. 20,422, which sets rules on equal opportunities and social inclusion of people with disabilities. This may also be proven by receiving a disability pension from any pension scheme, according to the records of the National Information System on Safety and Health at Work of the Superintendency of Social Security.',
  'info.b.5':
    'Are affected by another serious impediment duly proven before the competent local police judge, who weighs the evidence according to the rules of sound judgement.',
  'info.c.title': 'Excuses before the competent judge',
  'info.c.carabineros':
    'Carabineros de Chile only receives and validates constancias for being in a place more than two hundred kilometres from the polling place.',
  'info.c.juzgado':
    'Excuses for illness, absence from the country, disability or serious impediment must be presented directly to the Juzgado de Policía Local of the corresponding comuna.',
  'info.c.juez':
    'The judge will assess the documents provided (medical certificates, tickets, work records, among others) and decide according to law and sound judgement.',
  'info.d.title': 'Leave from work and election holiday',
  'info.d.1': 'Employers must give three hours of leave to vote, under Law No. 21,693 (2024).',
  'info.d.2':
    'Election day is a mandatory public holiday (feriado legal irrenunciable) for retail and non-essential services.',
  'info.e.title': 'Sale and consumption of alcohol',
  'info.e.1':
    'The so-called “Ley Seca” was abolished in 2024. There is no general ban on selling or drinking alcohol during elections, except municipal bylaws that set local time restrictions.',
  'info.asistida.title': 'Cannot do it online?',
  'info.asistida.body':
    'If you have no internet connection, cannot recover your ClaveÚnica or do not know how to use the platform, go to the nearest Carabineros police unit with your identity card or passport and ask for the Constancia Asistida: an officer will do it with you, on election day, from 00:00 to 23:59.',
}
