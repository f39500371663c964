import type { Locale } from '../i18n/index.ts'

type Words = Record<Locale, Record<string, string>>

/**
 * The labels of a family search's own fields, as its errors name them (service-specific keys: the
 * labels are one registry; `nombres`, `apellidos`, `run`, `mensaje`, `telefono` keep the portal's).
 */
export const camposReencuentro = {
  es: {
    peligro: 'Posible peligro o desaparición',
    relacion: 'Relación con usted',
    nacimientoAnio: 'Año aproximado de nacimiento',
    ultimaComuna: 'Última comuna conocida',
    ultimoLugar: 'Último lugar conocido',
    ultimoContactoAnio: 'Año del último contacto',
    motivoDistancia: 'Por qué perdieron el contacto',
    correo: 'Correo electrónico',
    nota: 'Nota',
    medio: 'Medio de contacto',
    contacto: 'Contacto compartido',
    'contacto.nombre': 'Nombre de la persona encontrada',
    'contacto.correo': 'Correo de la persona encontrada',
    'contacto.telefono': 'Teléfono de la persona encontrada',
    mensajeRespuesta: 'Mensaje de la persona encontrada',
    resultado: 'Resultado de la búsqueda',
  },
  en: {
    peligro: 'Possible danger or disappearance',
    relacion: 'Relationship to you',
    nacimientoAnio: 'Approximate year of birth',
    ultimaComuna: 'Last known comuna',
    ultimoLugar: 'Last known place',
    ultimoContactoAnio: 'Year of last contact',
    motivoDistancia: 'Why you lost touch',
    correo: 'E-mail',
    nota: 'Note',
    medio: 'How they were contacted',
    contacto: 'Contact shared',
    'contacto.nombre': 'Name of the person found',
    'contacto.correo': 'E-mail of the person found',
    'contacto.telefono': 'Phone of the person found',
    mensajeRespuesta: 'Message from the person found',
    resultado: 'Outcome of the search',
  },
  ht: {
    peligro: 'Posib danje oswa disparisyon',
    relacion: 'Ki relasyon li genyen avè w',
    nacimientoAnio: 'Ane nesans apeprè',
    ultimaComuna: 'Dènye komin ou konnen',
    ultimoLugar: 'Dènye kote ou konnen',
    ultimoContactoAnio: 'Ane dènye kontak la',
    motivoDistancia: 'Poukisa nou pèdi kontak',
    correo: 'Imèl',
    nota: 'Nòt',
    medio: 'Kijan yo te kontakte moun nan',
    contacto: 'Kontak yo pataje',
    'contacto.nombre': 'Non moun yo jwenn nan',
    'contacto.correo': 'Imèl moun yo jwenn nan',
    'contacto.telefono': 'Telefòn moun yo jwenn nan',
    mensajeRespuesta: 'Mesaj moun yo jwenn nan',
    resultado: 'Rezilta rechèch la',
  },
} satisfies Words

/** The messages of a family search's own checks; `{field}` is the field's label. */
export const validacionReencuentro = {
  es: {
    reencuentro_peligro:
      '«{field}»: si la persona podría estar en peligro o desaparecida contra su voluntad, no espere: haga hoy una denuncia por presunta desgracia en cualquier comisaría o llamando al 133.',
    reencuentro_anio_futuro: '«{field}» no puede ser un año que aún no llega.',
  },
  en: {
    reencuentro_peligro:
      '“{field}”: if the person might be in danger or missing against their will, do not wait: report them missing (presunta desgracia) today at any police station or by calling 133.',
    reencuentro_anio_futuro: '“{field}” cannot be a year that has not come yet.',
  },
  ht: {
    reencuentro_peligro:
      '«{field}»: si moun nan ta ka an danje oswa disparèt san li pa t vle, pa tann: fè yon deklarasyon «presunta desgracia» jodi a nan nenpòt komisarya oswa rele 133.',
    reencuentro_anio_futuro: '«{field}» pa ka yon ane ki poko rive.',
  },
} satisfies Words

/** The closing words every concluded search shows its requester, whatever the outcome (decision 0064). */
export const CIERRE = {
  es: 'La búsqueda ha concluido.',
  en: 'The search has concluded.',
  ht: 'Rechèch la fini.',
} as const satisfies Record<Locale, string>
