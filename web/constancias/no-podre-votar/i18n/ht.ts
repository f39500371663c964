import type { GuiaMessages } from './es.ts'

/**
 * Haitian Creole words of the guide «¿No podrá votar?», loaded on demand. Chilean institutions
 * keep their Spanish names, as voters will meet them at the court or the police unit.
 */
export const messages: GuiaMessages = {
  'guia.caption': 'Ou pa p ka vote?',
  'pregunta.domicilio': 'Ki kote adrès elektoral ou anrejistre?',
  'pregunta.domicilio.hint':
    'Se adrès ki nan Rejis Elektoral Servicio Electoral (Servel) la. De oswa twa kesyon ap di w kisa ki ka jistifye absans ou.',
  'pregunta.domicilio.chile': 'Nan Chili',
  'pregunta.domicilio.extranjero': 'Lòt bò dlo',
  'pregunta.donde': 'Ki kote w ap ye jou eleksyon an?',
  'pregunta.donde.extranjero': 'Andeyò Chili',
  'pregunta.donde.lejos': 'Nan Chili, a plis pase 200 kilomèt de biwo vòt mwen',
  'pregunta.donde.cerca': 'Nan Chili, a 200 kilomèt oswa mwens de biwo vòt mwen',
  'pregunta.motivo': 'Poukisa ou pa p ka vote?',
  'pregunta.motivo.enfermedad': 'M ap malad',
  'pregunta.motivo.otro': 'Yon lòt gwo anpechman',
  'pregunta.motivo.otro.hint': 'Pa egzanp, yon aksidan, yon dezas oswa yon travay nan eleksyon an.',

  'respuesta.hacer': 'Kisa pou w fè',
  'respuesta.despues': 'Kisa k ap pase apre',
  'respuesta.ley': 'Baz legal:',
  'respuesta.empezar': 'Rekòmanse',
  'despues.juzgado':
    'Si ou pa vote, Servicio Electoral ka denonse w devan Juzgado de Policía Local la nan ane ki vin apre eleksyon an. Tribinal la konvoke w, pi souvan pa imèl, epi se la ou prezante rezon ou ak prèv ou. Si jij la pa aksepte l, amann lan se 0,5 a 1,5 Unidades Tributarias Mensuales (UTM), pou benefis minisipalite a.',

  'voluntario.titulo': 'Pou ou, vote se volontè',
  'voluntario.clave':
    'Ak adrès elektoral ou lòt bò dlo, vote se volontè: ou pa gen anyen pou jistifye epi pa gen amann si ou pa vote.',
  'voluntario.hacer.1': 'Ou pa bezwen konstans Carabineros ni okenn sètifika.',
  'voluntario.hacer.2':
    'Si ou vle vote, Servel ap di w ki kote. Lòt bò dlo, yo vote nan eleksyon prezidansyèl, nan primè prezidansyèl ak nan plebisit nasyonal yo.',
  'voluntario.ley':
    'Lwa N° 21.524, ki te refòme atik 15 Konstitisyon an: vòt obligatwa pou elektè ki gen adrès elektoral yo nan Chili.',
  'voluntario.despues':
    'Anyen: amann pou moun ki pa vote a se pou elektè ki gen adrès elektoral yo nan Chili.',

  'fuera.titulo': 'Andeyò Chili: kenbe sètifika vwayaj ou',
  'fuera.clave':
    'Carabineros pa bay konstans paske ou andeyò peyi a. Sa ki pwouve absans ou se sètifika vwayaj PDI a (certificado de viajes), rejis antre ak sòti ou nan Chili.',
  'fuera.hacer.1':
    'Pa mande konstans vòt la: se sèlman pou moun ki nan Chili a plis pase 200 kilomèt de biwo vòt yo.',
  'fuera.hacer.2':
    'Mande Policía de Investigaciones (PDI) sètifika vwayaj ou, ki montre ou te andeyò Chili jou eleksyon an.',
  'fuera.hacer.3': 'Kenbe tikè ou yo tou: jij la ka konsidere yo.',
  'fuera.ley':
    'Atik 139 bis Lwa N° 18.700, Lwa N° 21.779 te ajoute: moun ki pa nan peyi a jou eleksyon an pa peye amann.',

  'enfermedad.titulo': 'Malad: yon sètifika medikal pou jij la',
  'enfermedad.clave':
    'Si ou malad jou eleksyon an, sa ki pwouve rezon ou se yon sètifika medikal. Carabineros pa bay konstans pou maladi.',
  'enfermedad.hacer.1':
    'Mande moun k ap trete w la yon sètifika medikal ki kouvri jou eleksyon an (yon konje maladi oswa yon repo ki gen jou sa a ladan l bon tou).',
  'enfermedad.hacer.2': 'Kenbe l: w ap prezante l lè Juzgado de Policía Local la konvoke w.',
  'enfermedad.ley':
    'Atik 139 bis Lwa N° 18.700, Lwa N° 21.779 te ajoute: moun ki malad jou eleksyon an pa peye amann.',

  'lejos.titulo': 'A plis pase 200 kilomèt: konstans vòt la',
  'lejos.clave':
    'Si jou eleksyon an ou a plis pase 200 kilomèt de biwo vòt ou, Carabineros bay konstans: ou mande l sou entènèt ak ClaveÚnica epi yo valide l menm jou a nan yon inite Carabineros.',
  'lejos.hacer.1':
    'Mande l sou Comisaría Virtual jou eleksyon an, depi 00:00 rive 23:59 (lè Chili kontinantal).',
  'lejos.hacer.2':
    'Menm jou a, ale nan inite Carabineros ki pi pre kote ou ye a, ak kòd la ak kat idantite ou oswa paspò ou: san validasyon sa a, konstans lan pa sèvi kòm prèv devan Juzgado de Policía Local la.',
  'lejos.hacer.3': 'San ClaveÚnica oswa san entènèt, mande Constancia Asistida nan inite a.',
  'lejos.pedir': 'Mande konstans vòt la',
  'lejos.unidades': 'Gade inite Carabineros ki pi pre yo',
  'lejos.ley':
    'Atik 139 bis Lwa N° 18.700, Lwa N° 21.779 te ajoute: moun ki nan yon kote ki a plis pase de san kilomèt de biwo vòt li jou eleksyon an pa peye amann.',
  'lejos.despues':
    'Lè yo valide l, konstans lan rive nan imèl ou an PDF. Kenbe l: si Juzgado de Policía Local la konvoke w, se prèv ou. Si jij la pa aksepte rezon an, amann lan se 0,5 a 1,5 UTM.',

  'otro.titulo': 'Yon lòt gwo anpechman: jij la apresye prèv la',
  'otro.clave':
    'Yon lòt gwo anpechman jistifye devan Juzgado de Policía Local la, ak dokiman ki pwouve l. Carabineros pa bay konstans pou rezon sa yo.',
  'otro.hacer.1':
    'Rasanble dokiman jou sa a ki montre kisa ki te anpeche w vote: sètifika, dokiman travay oswa tikè, elatriye.',
  'otro.hacer.2':
    'Jij la apresye prèv la dapre règ bon jijman (sana crítica): plis li presi epi plis li pre dat la, pi bon.',
  'otro.hacer.3':
    'Moun ki te travay nan eleksyon an, tankou manm biwo vòt, ak moun ki gen andikap kalifye e sètifye oswa yon pansyon envalidite pa peye amann tou: kenbe dokiman ki pwouve sa.',
  'otro.ley':
    'Atik 139 bis Lwa N° 18.700, Lwa N° 21.779 te ajoute: moun ki pwouve yon lòt gwo anpechman devan jij lapolis lokal ki konpetan an pa peye amann.',
}
