import type { VerificarMessages } from './es.ts'

/** Haitian Creole words of the public verification page, loaded on demand. */
export const messages: VerificarMessages = {
  'vf.title': 'Verifye yon dokiman',
  'vf.lead':
    'Verifye si yon konstans Comisaría Virtual bay valab: ekri kòd li, oswa eskane kòd QR dokiman an ak kamera telefòn ou.',
  'vf.code.hint':
    'Kòd 10 lèt ak chif ki enprime sou dokiman an, pa egzanp WNDT7C4Z3T. Ou ka kole tèks kòd QR la tou.',
  'vf.submit': 'Verifye',
  'vf.checking': 'N ap verifye…',
  'vf.required': 'Ekri kòd dokiman an.',
  'vf.malformed': 'Kòd la dwe gen 10 lèt ak chif, pa egzanp WNDT7C4Z3T.',
  'vf.notFound': 'Pa gen okenn dokiman ak kòd sa a. Verifye si li byen ekri.',
  'vf.offline': 'Pa gen koneksyon: nou pa t ka verifye dokiman an. Eseye ankò.',
  'vf.valid': 'VALAB',
  'vf.invalid': 'PA VALAB',
  'vf.valid.body': 'Se Comisaría Virtual ki bay dokiman sa a e li an vigè.',
  'vf.invalid.body': 'Pa aksepte dokiman sa a kòm prèv.',
  'vf.estado.validada': 'Valide',
  'vf.estado.pendiente': 'Annatant: Carabineros poko valide konstans lan',
  'vf.estado.rechazada': 'Carabineros refize l',
  'vf.estado.vencida': 'Ekspire: yo pa t valide l alè',
  'vf.estado.depurada': 'Efase: delè konsèvasyon li fini',
  'vf.depurada': 'DELÈ KONSÈVASYON FINI',
  'vf.depurada.body':
    'Dokiman sa a te bay, men delè konsèvasyon li fini epi yo efase done pèsonèl li yo le {fecha}.',
  'vf.firma.ok': 'Siyati nimerik la verifye sou aparèy sa a.',
  'vf.firma.bad_signature': 'Siyati nimerik la pa koresponn: yo chanje dokiman an oswa li pa otantik.',
  'vf.firma.unknown_key': 'Siyati a pa koresponn ak okenn kle Comisaría Virtual.',
  'vf.firma.malformed': 'Kòd QR la pa gen yon dokiman Comisaría Virtual.',
  'vf.firma.sinClaves': 'Nou pa t ka jwenn kle yo pou verifye siyati a. Konekte sou entènèt epi eseye ankò.',
  'vf.sinConexion': 'San koneksyon: siyati a otantik, men nou pa t ka verifye si dokiman an toujou an vigè.',
  'vf.tipo': 'Dokiman',
  'vf.tipo.constancia_voto': 'Konstans vòt (atik 139 bis, Lwa 18.700)',
  'vf.codigo': 'Kòd',
  'vf.nombre': 'Titilè',
  'vf.run': 'RUN',
  'vf.eleccion': 'Eleksyon',
  'vf.validadaAt': 'Valide le',
  'vf.estado': 'Eta',
  'vf.otro': 'Verifye yon lòt dokiman',
}
