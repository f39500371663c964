/** Spanish words of the family reunification's start page and screener: the reference for en.ts and ht.ts. */
export const messages = {
  'inicio.title': 'Reencuentro familiar',
  'inicio.lead':
    'Si perdió el contacto con un familiar, por razones personales o de la vida, podemos ayudarle a buscarlo para que vuelvan a comunicarse.',
  'inicio.como.title': 'Cómo funciona',
  'inicio.como':
    'Un equipo de Carabineros busca a la persona con fines humanitarios. Si la encontramos, le contamos que usted la busca y le entregamos su mensaje.',
  'inicio.decide.title': 'La persona encontrada decide',
  'inicio.decide':
    'Ella elige si quiere compartir sus datos de contacto con usted, enviarle solo un mensaje, o nada. Respetamos su decisión: si no quiere ser contactada, le diremos que la búsqueda ha concluido, sin más detalles.',
  'inicio.necesita.title': 'Qué necesitará',
  'inicio.necesita.quien': 'el nombre de la persona y, si lo sabe, su RUN y su año de nacimiento aproximado',
  'inicio.necesita.donde': 'la última comuna donde supo de ella y el año del último contacto',
  'inicio.necesita.mensaje': 'un mensaje para ella',
  'inicio.ingresar': 'La solicitud se hace con ClaveÚnica o con su cuenta de la Comisaría Virtual.',
  'inicio.comenzar': 'Comenzar',
  'peligro.title': '¿Cree que la persona puede estar en peligro o desaparecida contra su voluntad?',
  'peligro.hint':
    'Por ejemplo: salió y no volvió, no responde desde hace poco y eso no es normal en ella, o teme que le haya pasado algo.',
  'peligro.si': 'Sí',
  'peligro.no': 'No',
  'peligro.continuar': 'Continuar',
  'peligro.atras': 'Atrás',
  'urgente.title': 'Haga hoy una denuncia por presunta desgracia',
  'urgente.lead':
    'Si cree que la persona puede estar en peligro o desaparecida contra su voluntad, no es un reencuentro familiar: es una presunta desgracia, y se busca de inmediato.',
  'urgente.espera': 'No hay que esperar 24 ni 48 horas. Puede hacerla apenas la eche de menos.',
  'urgente.como.title': 'Cómo hacerla',
  'urgente.presencial': 'En persona, en cualquier comisaría, subcomisaría o tenencia de Carabineros.',
  'urgente.telefono': 'Llamando al 133 de Carabineros, a cualquier hora.',
  'urgente.pdi': 'También puede llamar al 134 de la Policía de Investigaciones (PDI).',
  'urgente.llevar':
    'Si puede, lleve una foto reciente, su RUN, cómo iba vestida y dónde y cuándo la vio por última vez.',
  'urgente.llamar133': 'Llamar al 133',
  'urgente.llamar134': 'Llamar al 134 (PDI)',
  'urgente.otra':
    'Si se equivocó y solo perdió el contacto con su familiar, puede volver atrás y responder «No».',
}

export type InicioMessageKey = keyof typeof messages
