/** Spanish words of the home page (the list of services), in its chunk: the reference for en.ts and ht.ts. */
export const messages = {
  'home.title': 'Comisaría Virtual',
  'home.lead':
    'Haga sus trámites con Carabineros desde cualquier lugar y dispositivo. Los formularios funcionan sin conexión y se envían cuando vuelve la red.',
  'home.services': 'Servicios',
  'home.soon': 'Disponible próximamente',
  'home.voto': '¿No podrá votar?',
  'home.voto.desc': 'Vea qué le sirve para justificarse, según dónde estará el día de la elección.',
  'service.denuncias.desc': 'Denuncie robos, hurtos, daños y otros delitos sin ir a una comisaría.',
  'service.permisos.desc': 'Solicite un permiso para desplazarse cuando haya restricciones de movilidad.',
  'service.anonima.desc':
    'Entregue información sobre crimen organizado, vehículos o drogas sin identificarse.',
  'service.constancias.desc':
    'Deje constancia de hechos que no son delito, incluida la Constancia Votación por no poder votar.',
  'service.reclamos.desc': 'Cuéntenos cómo lo atendió Carabineros.',
  'service.reencuentro.desc': 'Pida ayuda para encontrar a un familiar con quien perdió el contacto.',
  'service.condolencias.desc': 'Deje un mensaje para las familias de los carabineros caídos en servicio.',
}

export type HomeKey = keyof typeof messages
export type HomeMessages = Record<HomeKey, string>
