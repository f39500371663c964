/** Spanish words of the permits' landing page: the reference for en.ts and ht.ts. */
export const messages = {
  'inicio.title': 'Permisos de desplazamiento',
  'inicio.lead':
    'Si su comuna está en cuarentena, necesita un permiso temporal para salir de su domicilio: a comprar insumos básicos, a una atención médica, a un funeral o a cuidar a una persona a su cargo. Es gratuito y se emite al instante.',
  'inicio.where.title': 'Dónde se necesita',
  'inicio.where.rule':
    'En cuarentena se necesita permiso todos los días; en transición, solo los sábados y domingos.',
  'inicio.where.signedOut':
    'La autoridad sanitaria decide qué comunas tienen restricciones. Al ingresar con ClaveÚnica verá cuáles exigen permiso y cuántos permisos le quedan esta semana.',
  'inicio.where.loading': 'Consultando las comunas con restricciones…',
  'inicio.where.offline': 'Sin conexión no podemos mostrar qué comunas tienen restricciones.',
  'inicio.where.none': 'Hoy ninguna comuna tiene restricciones: no necesita permiso para desplazarse.',
  'inicio.fase.cuarentena': 'Cuarentena: permiso todos los días',
  'inicio.fase.transicion': 'Transición: permiso los sábados y domingos',
  'inicio.fase.desde': 'desde el {desde}',
  'inicio.fase.hasta': 'del {desde} al {hasta}',
  'inicio.types.title': 'Tipos de permiso',
  'inicio.type': 'Hasta {duracion}, entre las {desde} y las {hasta}. Usó {usados} de {cupo} esta semana.',
  'inicio.need.title': 'Qué necesita',
  'inicio.need.claveunica': 'Su ClaveÚnica.',
  'inicio.need.cedula': 'Su cédula de identidad vigente: le pediremos su número de documento.',
  'inicio.need.destino': 'La dirección a la que va.',
  'inicio.show':
    'El permiso es personal e intransferible. Muéstrelo en los controles junto con su cédula de identidad: en la pantalla del teléfono, también sin conexión, o impreso.',
  'inicio.start': 'Solicitar un permiso',
  'inicio.signedIn': 'Ingresó con ClaveÚnica como {name}.',
  'inicio.self':
    'Usted ingresó con una cuenta propia. Este trámite requiere iniciar sesión con ClaveÚnica, que acredita su identidad ante el Registro Civil.',
  'inicio.kept.title': 'Sus permisos en este dispositivo',
  'inicio.kept.item': '{tipo} · {comuna} · {desde} a {hasta}',
  'inicio.mine': 'Ver todos sus trámites',
}

export type InicioMessageKey = keyof typeof messages
export type InicioMessages = Record<InicioMessageKey, string>
