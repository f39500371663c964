import type { InformacionMessages } from './es.ts'

/**
 * Haitian Creole words of the Constancias screens (the information page), loaded on demand.
 * Chilean institutions keep their Spanish names, as citizens will meet them at the police unit.
 */
export const messages: InformacionMessages = {
  warning: 'Enpòtan',
  'info.caption': 'Konstans',
  'info.title': 'Konstans vòt (Constancias Votación)',
  'info.lead': 'Konstans dijital paske ou te nan yon kote ki a plis pase de san kilomèt de biwo vòt ou.',
  'info.guia': 'Andeyò peyi a, malad oswa yon lòt rezon? Gade kisa ki bon pou ou',
  'info.when.title': 'Ki lè ou ka fè l',
  'info.when.body': 'Demach la louvri depi 00:00 rive 23:59 jou eleksyon an (lè Chili kontinantal).',
  'info.when.open': 'Jodi a, {fecha}, li louvri jiska {hora}.',
  'info.when.next': 'L ap louvri {fecha} a {hora}.',
  'info.when.closed': 'Li te fèmen {fecha} a {hora}.',
  'info.when.none': 'Pa gen eleksyon ki pwograme.',
  'info.when.unknown': 'San koneksyon nou pa ka konfime ki lè li louvri.',
  'info.when.loading': 'N ap verifye orè a…',
  'info.election': '{nombre}, {fecha}.',
  'info.start.title': 'Kijan pou jwenn konstans lan',
  'info.start.step1': 'Konekte ak ClaveÚnica ou, ki pwouve idantite ou an sekirite.',
  'info.start.step2': 'Li epi aksepte avi legal obligatwa a.',
  'info.start.step3': 'Konfime enfòmasyon ou epi bay dat nesans ou, adrès imèl ou ak telefòn kontak ou.',
  'info.start.step4': 'Deklare ou a plis pase 200 kilomèt de biwo vòt ou epi peze «Voye demann nan».',
  'info.start.step5':
    'Menm jou a, ale nan inite Carabineros ki pi pre a ak kòd la ak kat idantite ou oswa paspò ou, pou yo valide konstans lan.',
  'info.login': 'Konekte ak ClaveÚnica',
  'info.continue': 'Kontinye',
  'info.signedIn': 'Ou konekte ak ClaveÚnica kòm {name}.',
  'info.selfAccount':
    'Ou konekte ak yon kont Comisaría Virtual. Demach sa a mande pou w konekte ak ClaveÚnica: kont pa ou a pa ase.',
  'info.rechazada': 'Carabineros refize demann ou {code}. Rezon: {motivo}',
  'info.rechazada.ver': 'Gade demann ou {code}',
  'info.notOpen': 'Andeyò orè sa a, sistèm nan pa resevwa demann.',
  'info.important.title': 'Enfòmasyon enpòtan',
  'info.a.title': 'Vòt obligatwa ak sanksyon',
  'info.a.1': 'Vòt obligatwa nan eleksyon prezidansyèl, palmantè, rejyonal, minisipal ak nan plebisit yo.',
  'info.a.2':
    'Moun ki pa vote epi ki pa pwouve yon rezon valab ap peye yon amann 0,5 a 1,5 Unidades Tributarias Mensuales (UTM), Juzgado de Policía Local la bay, pou benefis minisipalite a.',
  'info.b.title': 'Rezon ki jistifye (san sanksyon)',
  'info.b.lead':
    'Dapre atik 139 bis Lwa N° 18.700, Lwa N° 21.779 te ajoute, sitwayen sa yo pa peye amann si jou eleksyon an yo:',
  'info.b.1': 'Malad.',
  'info.b.2': 'Pa nan peyi a, oswa nan yon kote ki a plis pase de san kilomèt de biwo vòt yo.',
  'info.b.3': 'Te fè travay lwa sa a ba yo.',
  'info.b.4':
    'Gen kalifikasyon ak sètifikasyon andikap atik 13 Lwa N° 20.422 la (ki etabli règ sou egalite chans ak enklizyon sosyal moun ki gen andikap). Yo ka pwouve sa tou si yo resevwa yon pansyon envalidite nan nenpòt rejim pansyon, dapre rejis Sistèm Nasyonal Enfòmasyon sou Sekirite ak Sante nan Travay Siperentandans Sekirite Sosyal la.',
  'info.b.5':
    'Gen yon lòt gwo anpechman yo pwouve devan jij lapolis lokal ki konpetan an, ki apresye prèv yo dapre règ bon jijman.',
  'info.c.title': 'Jistifikasyon devan jij ki konpetan an',
  'info.c.carabineros':
    'Carabineros de Chile resevwa epi valide sèlman konstans paske ou te nan yon kote ki a plis pase de san kilomèt de biwo vòt ou.',
  'info.c.juzgado':
    'Rezon tankou maladi, absans nan peyi a, andikap oswa gwo anpechman dwe prezante dirèkteman devan Juzgado de Policía Local komin ou an.',
  'info.c.juez':
    'Jij la ap egzamine dokiman yo (sètifika medikal, tikè, dokiman travay, elatriye) epi l ap deside dapre lalwa ak bon jijman.',
  'info.d.title': 'Konje travay ak jou ferye eleksyon',
  'info.d.1': 'Patwon yo dwe bay twa èdtan konje pou vote, dapre Lwa N° 21.693 (2024).',
  'info.d.2': 'Jou eleksyon an se yon jou ferye obligatwa pou komès ak sèvis ki pa esansyèl.',
  'info.e.title': 'Vann ak bwè alkòl',
  'info.e.1':
    'Depi 2024 yo elimine sa yo te rele «Ley Seca». Pa gen entèdiksyon jeneral pou vann oswa bwè alkòl pandan eleksyon, eksepte règleman minisipal ki mete restriksyon sou lè.',
  'info.asistida.title': 'Ou pa ka fè l sou entènèt?',
  'info.asistida.body':
    'Si ou pa gen entènèt, si ou pa ka rekipere ClaveÚnica ou oswa si ou pa konn sèvi ak platfòm nan, ale nan inite Carabineros ki pi pre a ak kat idantite ou oswa paspò ou epi mande Constancia Asistida: yon ofisye ap fè demach la avè w, jou eleksyon an, depi 00:00 rive 23:59.',
}
