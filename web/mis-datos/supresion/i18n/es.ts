/** Spanish words of the erasure (`/mis-datos/supresion`, its result): the reference for en.ts and ht.ts. */
export const messages = {
  'su.title': 'Pedir la supresión de sus datos',
  'su.lead':
    'Puede pedir que se borren los datos que la Comisaría Virtual ya no necesita conservar. Los que la ley obliga a conservar se mantienen hasta que termine su plazo; después se borran solos.',
  'su.suprimira.title': 'Se suprimirá',
  'su.conservara.title': 'Se conservará, y por qué',
  'su.conservara.empty': 'Nada: se suprimirá todo.',
  'su.nada':
    'Por ahora ninguno de sus datos se puede suprimir: todos deben conservarse hasta las fechas indicadas. Después se borran solos.',
  'su.cuenta':
    'Como nada suyo debe conservarse, también se eliminará su cuenta y se cerrará su sesión. Para volver a hacer trámites tendrá que ingresar de nuevo.',
  'su.confirmar.legend': 'Confirme que quiere suprimir sus datos',
  'su.enviar': 'Suprimir mis datos',
  'su.enviando': 'Suprimiendo…',
  'su.hecha.title': 'Sus datos fueron suprimidos',
  'su.hecha.ref': 'Número de solicitud',
  'su.hecha.suprimidos': 'Se suprimió',
  'su.hecha.conservados': 'Se conserva, y por qué',
  'su.hecha.nadaSuprimido': 'No se suprimió ningún dato.',
  'su.hecha.nadaConservado': 'No se conserva ningún dato.',
  'su.hecha.sin': 'No hay una supresión reciente que mostrar en este dispositivo.',
  'su.hecha.tramites': 'Su solicitud y su respuesta están en Mis trámites.',
  'su.eliminada.title': 'Su cuenta fue eliminada',
  'su.eliminada.body':
    'Se suprimieron sus datos y su cuenta en la Comisaría Virtual, y se cerró su sesión en este dispositivo.',
  'su.eliminada.ref': 'Número de su solicitud:',
  'su.eliminada.inicio': 'Ir al inicio',
}

export type SupresionKey = keyof typeof messages
export type SupresionMessages = Record<SupresionKey, string>
