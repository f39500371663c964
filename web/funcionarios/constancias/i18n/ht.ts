import type { ConstanciaStaffMessages } from './es.ts'

/** Haitian Creole words of the officers' election-constancia screens, loaded on demand. */
export const messages: ConstanciaStaffMessages = {
  'cv.menu.title': 'Konstans vòt',
  'cv.menu.validar': 'Valide yon konstans',
  'cv.menu.validar.hint': 'Sitwayen an pote kòd demann li fè sou entènèt la.',
  'cv.menu.asistida': 'Konstans asiste',
  'cv.menu.asistida.hint': 'Pou moun ki pa gen entènèt, ClaveÚnica oswa konesans nimerik.',
  'cv.menu.cifras': 'Chif jodi a',
  'cv.menu.cifras.hint': 'Demann, validasyon ak refi pa lè ak pa rejyon.',
  'cv.back': 'Tounen nan espas anplwaye yo',

  'cv.buscar.title': 'Valide yon konstans vòt',
  'cv.buscar.lead':
    'Ekri kòd demann sitwayen an te fè sou entènèt. Apre sa, verifye kat idantite oswa paspò li.',
  'cv.buscar.hint': '10 lèt ak chif, pa egzanp WNDT7C4Z3T.',
  'cv.buscar.submit': 'Chèche',
  'cv.buscar.notFound': 'Pa gen okenn demann ak kòd sa a. Verifye si li byen ekri.',
  'cv.buscar.otro': 'Chèche yon lòt kòd',

  'cv.solicitud.title': 'Demann {code}',
  'cv.solicitud.nombre': 'Non',
  'cv.solicitud.run': 'RUN',
  'cv.solicitud.nacimiento': 'Dat nesans',
  'cv.solicitud.eleccion': 'Eleksyon',
  'cv.solicitud.votacion': 'Komin kote li vote',
  'cv.solicitud.distancia': 'Distans depi inite ou',
  'cv.solicitud.distanciaKm': '{km} km',
  'cv.solicitud.estado': 'Eta',
  'cv.solicitud.canal': 'Kanal',
  'cv.solicitud.email': 'Imèl kote konstans lan ap rive',
  'cv.correo.lead':
    'Konfime imèl la ak sitwayen an: konstans ki siyen an ap rive la. Si li mal ekri, korije l pandan sitwayen an la.',
  'cv.correo.abrir': 'Korije imèl la',
  'cv.correo.title': 'Korije imèl sitwayen an',
  'cv.correo.hint': 'Mande sitwayen an dikte l epi ekri l de fwa.',
  'cv.correo.submit': 'Anrejistre imèl la',
  'cv.correo.cancel': 'Anile',
  'cv.correo.hecho': 'Imèl korije: konstans lan ap rive nan {email}.',
  'cv.estado.pendiente': 'Annatant',
  'cv.estado.validada': 'Valide',
  'cv.estado.rechazada': 'Refize',
  'cv.estado.vencida': 'Ekspire',
  'cv.canal.online': 'Sou entènèt',
  'cv.canal.asistida': 'Asiste',
  'cv.plazo.title': 'Delè eleksyon an pa louvri',
  'cv.plazo.proxima':
    '{nombre}: delè a ap louvri {fecha} a {hora} (lè Chili kontinantal). Jiskaske sa, ou pa ka bay ni valide konstans.',
  'cv.plazo.cerrada':
    '{nombre}: delè a fèmen {fecha} a {hora} (lè Chili kontinantal). Ou pa ka bay, valide ni refize konstans ankò.',
  'cv.rechazada.antes': 'Rezon refi anvan an: {motivo}',
  'cv.rechazada.volver':
    'Si sitwayen an tounen ak sa ki te manke a (yon lòt dokiman, pa egzanp), ou ka valide l jodi a.',
  'cv.resuelta': 'Demann sa a pa annatant ankò: ou pa ka valide l ni refize l.',

  'cv.cerca.title': 'Atansyon: inite ou a 200 km oswa mwens de biwo vòt la',
  'cv.cerca.body':
    'Konstans lan eskize sèlman moun ki a plis pase 200 km de biwo vòt yo ({km} km depi inite ou rive {comuna}): li pa ka valide (atik 139 bis Lwa N° 18.700). Refize demann nan ak rezon sa a; si sitwayen an gen yon lòt eskiz, li prezante l devan Jij Lapolis Lokal la (Juzgado de Policía Local).',

  'cv.documento.title': 'Dokiman idantite li prezante',
  'cv.documento.lead':
    'Verifye dokiman an: li ka ekspire, men pa plis pase douz mwa anvan primè yo ({limit}).',
  'cv.documento.cedula': 'Kat idantite (cédula)',
  'cv.documento.pasaporte': 'Paspò',
  'cv.documento.numero.hint': 'Nimewo dokiman an oswa nimewo seri a, jan li ekri sou li.',
  'cv.documento.run.hint': 'Se dwe RUN demann lan: kòd la pèsonèl, li pa ka transfere.',
  'cv.vencimiento.hint': 'Jan li ye sou dokiman an. Pa egzanp, {ejemplo}.',
  'cv.nombre.solicitud': 'Sou demann nan: {nombre}. Konpare foto a ak moun nan tou.',
  'cv.nombre.foto': 'Konpare non ak foto ki sou dokiman an ak moun nan.',
  'cv.validar.submit': 'Valide konstans lan',

  'cv.rechazar.title': 'Refize demann lan',
  'cv.rechazar.lead':
    'Si dokiman an pa koresponn, li ekspire plis pase douz mwa anvan primè yo, oswa moun nan pre biwo vòt li.',
  'cv.rechazar.hint': 'Rezon an anrejistre; sitwayen an resevwa l pa imèl e li wè l nan Demann mwen yo.',
  'cv.rechazar.submit': 'Refize demann lan',

  'cv.validada.title': 'Konstans lan valide',
  'cv.validada.body': 'Konstans {code} valide, y ap voye l an PDF nan imèl sitwayen an.',
  'cv.rechazada.title': 'Demann lan refize',
  'cv.rechazada.body': 'Demann {code} refize.',
  'cv.imprimir': 'Enprime resi a',
  'cv.imprimir.hint': '(PDF, li louvri nan yon nouvo onglè)',
  'cv.verificacion': 'Adrès verifikasyon piblik:',
  'cv.verificacion.link': 'Louvri verifikasyon piblik la',
  'cv.nuevaPestana': '(li louvri nan yon nouvo onglè)',

  'cv.asistida.title': 'Konstans asiste',
  'cv.asistida.lead':
    'Fè demach la pou sitwayen ki pa ka fè l sou entènèt. Si li te gen yon demann annatant sou entènèt, se li ki konplete.',
  'cv.asistida.eleccion': 'Eleksyon: {nombre}, {fecha}',
  'cv.asistida.sinEleccion': 'Jodi a pa gen eleksyon ak delè ki louvri: ou pa ka bay konstans.',
  'cv.asistida.motivo.sin_internet': 'Li pa gen koneksyon entènèt ni aparèy',
  'cv.asistida.motivo.sin_claveunica': 'Li pa gen ClaveÚnica oswa li pa ka rekipere l',
  'cv.asistida.motivo.sin_habilidades_digitales': 'Li pa konn sèvi ak platfòm nan (alfabetizasyon nimerik)',
  'cv.asistida.datos': 'Enfòmasyon sitwayen an',
  'cv.asistida.run.hint': 'Nou chèche l nan lis elektoral la. Pa egzanp, 12.345.678-5.',
  'cv.nacimiento.hint': 'Jan li ye sou dokiman li. Pa egzanp, 14 3 1985.',
  'cv.asistida.telefono.hint': 'Pa egzanp, 9 1234 5678.',
  'cv.asistida.email.hint': 'Se la konstans PDF la ap rive.',
  'cv.asistida.confirmacion.hint': 'Ekri l ankò, san kopye l.',
  'cv.asistida.aviso.title': 'Li avi sa a bay sitwayen an',
  'cv.asistida.aviso.body':
    'Bay fo enfòmasyon oswa enfòmasyon ki pa egzak se yon krim Atik 210 Kòd Penal Chili a pini.',
  'cv.asistida.submit': 'Bay konstans lan',
  'cv.asistida.done.title': 'Konstans lan bay',
  'cv.asistida.done.body':
    'Konstans {code} valide. Bay sitwayen an resi enprime a; l ap resevwa l pa imèl tou.',
  'cv.asistida.otra': 'Sèvi yon lòt sitwayen',

  'cv.cifras.title': 'Chif jodi a',
  'cv.cifras.lead': 'Yo mete ajou chak 30 segonn. Annatant: demann ki poko valide.',
  'cv.cifras.forbidden': 'Se moun ki gen «Wè chif yo» sèlman ki wè chif yo. Mande moun ki jere pèsonèl la.',
  'cv.cifras.porHora': 'Pa lè',
  'cv.cifras.porRegion': 'Pa rejyon',
  'cv.cifras.hora': 'Lè',
  'cv.cifras.region': 'Rejyon',
  'cv.cifras.solicitudes': 'Demann',
  'cv.cifras.validadas': 'Valide',
  'cv.cifras.rechazadas': 'Refize',
  'cv.cifras.pendientes': 'Annatant',
  'cv.cifras.sinDatos': 'Poko gen done.',
}
