import type { TipoDenuncia } from '../../core/denuncias/tipos.ts'
import type { Locale } from '../i18n/index.ts'
import { camposComunes, validacionComun } from './palabras-comunes.ts'

/*
 * The words a report's API and its form share: the labels of its fields (errors name them), the
 * messages of its own checks, and the offences' names. The server merges them into its catalogue
 * (worker/i18n/index.ts); the PWA's form chunk registers them (web/denuncias), so neither the
 * shell nor other pages carry them. A repeated group's field is labelled by its template
 * (`objetos.*.imei`, `{n}` counting from one).
 */

type Words = Record<Locale, Record<string, string>>

/** The labels of a report's fields. */
export const camposDenuncia = {
  es: {
    ...camposComunes.es,
    tipo: 'Tipo de delito',
    desdeFecha: 'Fecha en que ocurrió',
    desdeHora: 'Hora en que ocurrió',
    hastaFecha: 'Última fecha en que pudo ocurrir',
    hastaHora: 'Última hora en que pudo ocurrir',
    punto: 'Ubicación del lugar (opcional)',
    'punto.lat': 'Latitud',
    'punto.lon': 'Longitud',
    objetos: 'Lo que le quitaron o dañaron',
    'objetos.*': 'Objeto {n}',
    'objetos.*.descripcion': 'Descripción del objeto {n}',
    'objetos.*.valor': 'Valor estimado del objeto {n}',
    'objetos.*.serie': 'Número de serie del objeto {n}',
    'objetos.*.imei': 'IMEI del objeto {n}',
    detalles: 'Detalles del delito',
    'detalles.patente': 'Patente del vehículo',
    'detalles.monto': 'Monto perdido',
    'detalles.canal': 'Cómo ocurrió la estafa',
    'detalles.referencia': 'Cuenta, tarjeta o referencia de la transferencia',
    'detalles.animal': 'El animal y su estado',
    'detalles.relacion': 'Quién lo hizo',
    'detalles.titulo': 'Por qué esa persona tenía lo suyo',
    sospechosos: 'Sospechosos',
    'sospechosos.*': 'Sospechoso {n}',
    'sospechosos.*.descripcion': 'Descripción del sospechoso {n}',
    'sospechosos.*.nombre': 'Nombre del sospechoso {n}',
    comunaDomicilio: 'Comuna de su domicilio',
    primeraVez: 'Declaro que este hecho no fue denunciado antes',
    comuna: 'Comuna',
    lat: 'Latitud',
    lon: 'Longitud',
  },
  en: {
    ...camposComunes.en,
    tipo: 'Type of offence',
    desdeFecha: 'Date it happened',
    desdeHora: 'Time it happened',
    hastaFecha: 'Latest date it may have happened',
    hastaHora: 'Latest time it may have happened',
    punto: 'Location of the place (optional)',
    'punto.lat': 'Latitude',
    'punto.lon': 'Longitude',
    objetos: 'What was taken or damaged',
    'objetos.*': 'Item {n}',
    'objetos.*.descripcion': 'Description of item {n}',
    'objetos.*.valor': 'Estimated value of item {n}',
    'objetos.*.serie': 'Serial number of item {n}',
    'objetos.*.imei': 'IMEI of item {n}',
    detalles: 'Details of the offence',
    'detalles.patente': 'Vehicle plate',
    'detalles.monto': 'Amount lost',
    'detalles.canal': 'How the fraud happened',
    'detalles.referencia': 'Account, card or transfer reference',
    'detalles.animal': 'The animal and its condition',
    'detalles.relacion': 'Who did it',
    'detalles.titulo': 'Why that person had your property',
    sospechosos: 'Suspects',
    'sospechosos.*': 'Suspect {n}',
    'sospechosos.*.descripcion': 'Description of suspect {n}',
    'sospechosos.*.nombre': 'Name of suspect {n}',
    comunaDomicilio: 'Comuna where you live',
    primeraVez: 'I declare that this offence has not been reported before',
    comuna: 'Comuna',
    lat: 'Latitude',
    lon: 'Longitude',
  },
  ht: {
    ...camposComunes.ht,
    tipo: 'Kalite krim',
    desdeFecha: 'Dat sa te pase',
    desdeHora: 'Lè sa te pase',
    hastaFecha: 'Dènye dat li ka te pase',
    hastaHora: 'Dènye lè li ka te pase',
    punto: 'Pozisyon kote a (opsyonèl)',
    'punto.lat': 'Latitid',
    'punto.lon': 'Lonjitid',
    objetos: 'Sa yo te pran oswa kraze',
    'objetos.*': 'Objè {n}',
    'objetos.*.descripcion': 'Deskripsyon objè {n}',
    'objetos.*.valor': 'Valè estime objè {n}',
    'objetos.*.serie': 'Nimewo seri objè {n}',
    'objetos.*.imei': 'IMEI objè {n}',
    detalles: 'Detay krim nan',
    'detalles.patente': 'Plak machin nan',
    'detalles.monto': 'Kantite lajan ou pèdi',
    'detalles.canal': 'Kijan eskwokri a te fèt',
    'detalles.referencia': 'Kont, kat oswa referans transfè a',
    'detalles.animal': 'Bèt la ak eta li',
    'detalles.relacion': 'Kiyès ki te fè l',
    'detalles.titulo': 'Poukisa moun sa a te gen bagay ou',
    sospechosos: 'Sispèk',
    'sospechosos.*': 'Sispèk {n}',
    'sospechosos.*.descripcion': 'Deskripsyon sispèk {n}',
    'sospechosos.*.nombre': 'Non sispèk {n}',
    comunaDomicilio: 'Komin kote w rete',
    primeraVez: 'Mwen deklare pèsonn pa t janm fè denonsyasyon krim sa a anvan',
    comuna: 'Komin',
    lat: 'Latitid',
    lon: 'Lonjitid',
  },
} satisfies Words

/** The messages of a report's own checks; `{field}` is the field's label. */
export const validacionDenuncia = {
  es: {
    imei_invalido:
      '«{field}» no es un IMEI válido: son 15 dígitos y el último es de control. Cópielo de la caja, la factura o el contrato con la compañía.',
    patente_invalida:
      '«{field}» no es una patente chilena: escríbala como en la placa, dos letras y cuatro números (AB·12·34) o cuatro consonantes y dos números (BB·BB·12).',
    ...validacionComun.es,
    fecha_prescrita:
      '«{field}»: un hecho de hace más de {anos} años ya no se puede investigar por este medio. Acuda a la Fiscalía.',
    rango_invertido: '«{field}» debe ser posterior a la fecha y hora en que pudo comenzar.',
    fuera_de_chile: '«{field}» debe estar en Chile.',
    declaracion_requerida: 'Para enviar la denuncia debe marcar «{field}».',
  },
  en: {
    imei_invalido:
      '“{field}” is not a valid IMEI: it has 15 digits and the last one is a check digit. Copy it from the box, the invoice or the contract with the carrier.',
    patente_invalida:
      '“{field}” is not a Chilean plate: write it as on the plate, two letters and four numbers (AB·12·34) or four consonants and two numbers (BB·BB·12).',
    ...validacionComun.en,
    fecha_prescrita:
      '“{field}”: an offence more than {anos} years ago can no longer be investigated through this service. Go to the Fiscalía.',
    rango_invertido: '“{field}” must be after the date and time it may have started.',
    fuera_de_chile: '“{field}” must be in Chile.',
    declaracion_requerida: 'To send the report you must tick “{field}”.',
  },
  ht: {
    imei_invalido:
      '«{field}» se pa yon IMEI ki valab: li gen 15 chif epi dènye a se chif kontwòl. Kopye l sou bwat la, fakti a oswa kontra ak konpayi an.',
    patente_invalida:
      '«{field}» se pa yon plak chilyen: ekri l tankou sou plak la, de lèt ak kat chif (AB·12·34) oswa kat konsòn ak de chif (BB·BB·12).',
    ...validacionComun.ht,
    fecha_prescrita:
      '«{field}»: yon krim ki fèt plis pase {anos} lane pa ka envestige ankò pa mwayen sa a. Ale nan Fiscalía a.',
    rango_invertido: '«{field}» dwe vini apre dat ak lè li te ka kòmanse a.',
    fuera_de_chile: '«{field}» dwe nan Chili.',
    declaracion_requerida: 'Pou voye denonsyasyon an ou dwe make «{field}».',
  },
} satisfies Words

/** The offences' names as the citizen reads them (the legal name is core/denuncias/tipos.ts'). */
export const nombresTipo: Record<Locale, Record<TipoDenuncia, string>> = {
  es: {
    hurto_simple: 'Hurto simple',
    robo_por_sorpresa: 'Robo por sorpresa',
    robo_accesorios_vehiculo: 'Robo de accesorios de vehículo',
    hurto_agravado: 'Hurto agravado',
    hurto_hallazgo: 'Hurto de hallazgo',
    apropiacion_indebida: 'Apropiación indebida',
    estafa: 'Estafa',
    danos: 'Daños',
    maltrato_animal: 'Maltrato animal',
  },
  en: {
    hurto_simple: 'Theft',
    robo_por_sorpresa: 'Snatch theft',
    robo_accesorios_vehiculo: 'Theft of vehicle accessories',
    hurto_agravado: 'Theft by someone you trusted',
    hurto_hallazgo: 'Keeping something found',
    apropiacion_indebida: 'Not returning what was lent or entrusted',
    estafa: 'Fraud',
    danos: 'Damage to property',
    maltrato_animal: 'Animal cruelty',
  },
  ht: {
    hurto_simple: 'Vòl',
    robo_por_sorpresa: 'Vòl pa sipriz',
    robo_accesorios_vehiculo: 'Vòl akseswa machin',
    hurto_agravado: 'Vòl pa yon moun ou te fè konfyans',
    hurto_hallazgo: 'Kenbe yon bagay yo jwenn',
    apropiacion_indebida: 'Pa remèt sa yo te prete oswa konfye',
    estafa: 'Eskwokri',
    danos: 'Domaj sou byen',
    maltrato_animal: 'Maltretans bèt',
  },
}

/** The options of an offence's questions of a list (`detalles.canal`…), by value. */
export const opcionesDenuncia: Record<Locale, Record<string, string>> = {
  es: {
    transferencia: 'Transferencia bancaria',
    tarjeta: 'Tarjeta de crédito o débito',
    sitio_web: 'Sitio web o tienda en línea',
    redes_sociales: 'Redes sociales o mensajería',
    telefono: 'Llamada telefónica',
    presencial: 'En persona',
    otro: 'Otro',
    dependiente: 'Alguien que trabaja en su casa',
    trabajador: 'Alguien que trabaja en su taller, tienda o empresa',
    alojamiento: 'Quien lo alojaba (hotel, pensión, residencial)',
    transporte: 'Quien transportaba sus cosas',
    prestamo: 'Se lo prestó',
    deposito: 'Se lo dejó para que lo guardara',
    arriendo: 'Se lo arrendó',
    administracion: 'Lo administraba o lo vendía por usted',
  },
  en: {
    transferencia: 'Bank transfer',
    tarjeta: 'Credit or debit card',
    sitio_web: 'Website or online shop',
    redes_sociales: 'Social media or messaging',
    telefono: 'Phone call',
    presencial: 'In person',
    otro: 'Other',
    dependiente: 'Someone who works in your home',
    trabajador: 'Someone who works in your workshop, shop or business',
    alojamiento: 'Who gave you lodging (hotel, guest house)',
    transporte: 'Who carried your things',
    prestamo: 'You lent it',
    deposito: 'You left it for them to keep',
    arriendo: 'You rented it to them',
    administracion: 'They managed it or sold it for you',
  },
  ht: {
    transferencia: 'Transfè labank',
    tarjeta: 'Kat kredi oswa debi',
    sitio_web: 'Sit entènèt oswa boutik sou entènèt',
    redes_sociales: 'Rezo sosyal oswa mesajri',
    telefono: 'Apèl telefòn',
    presencial: 'An pèsòn',
    otro: 'Lòt',
    dependiente: 'Yon moun ki travay lakay ou',
    trabajador: 'Yon moun ki travay nan atelye, boutik oswa biznis ou',
    alojamiento: 'Moun ki te loje w (otèl, pansyon)',
    transporte: 'Moun ki te transpòte afè w',
    prestamo: 'Ou te prete l li',
    deposito: 'Ou te kite l ba li pou l kenbe',
    arriendo: 'Ou te lwe l ba li',
    administracion: 'Li te jere l oswa vann li pou ou',
  },
}
