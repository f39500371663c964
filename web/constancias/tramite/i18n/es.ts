/**
 * Spanish words of the Constancias screens (sign-in and the legal notice): the reference for en.ts
 * and ht.ts. Where the instructions (seeds/instructivo-constancia-voto-2025.md) say something,
 * these are its words. They travel with these screens' own chunk, so no other page downloads them.
 */
export const messages = {
  warning: 'Importante',
  'info.title': 'Constancias Votación',
  'info.when.body':
    'El trámite estará habilitado desde las 00:00 hasta las 23:59 horas del día de la elección (hora de Chile continental).',
  'info.when.next': 'Se habilita el {fecha} a las {hora}.',
  'info.when.closed': 'Se cerró el {fecha} a las {hora}.',
  'info.login': 'Iniciar sesión con ClaveÚnica',
  'gate.loading': 'Cargando sus datos…',
  'gate.signin.title': 'Inicie sesión con ClaveÚnica',
  'gate.signin.body':
    'Para continuar, es necesario que inicie sesión utilizando su ClaveÚnica, lo que garantiza la autenticación segura de su identidad.',
  'gate.self.title': 'Este trámite requiere ClaveÚnica',
  'gate.self.body':
    'Usted ingresó con una cuenta de la Comisaría Virtual, cuyo RUN no fue verificado por el Registro Civil. La Constancia Votación solo se puede pedir con ClaveÚnica.',
  'gate.self.help':
    '¿No tiene ClaveÚnica? Puede pedirla en el Registro Civil, o pedir la Constancia Asistida en una unidad de Carabineros el día de la elección.',
  'gate.refused.title': 'No puede continuar con este trámite',
  'gate.offline.title': 'Sin conexión',
  'gate.offline.body':
    'Para mostrar sus datos del Registro Civil y del padrón electoral hace falta conexión. Vuelva a intentarlo cuando tenga red.',
  'gate.retry': 'Intentar de nuevo',
  'gate.back': 'Volver a Constancias Votación',
  'aviso.title': 'Aviso legal',
  'aviso.warning':
    'Entregar datos falsos o inexactos constituye un delito sancionado por el Artículo 210 del Código Penal.',
  'aviso.body':
    'Una vez comprendida y aceptada esta advertencia, podrá continuar con el ingreso de sus antecedentes para generar la constancia digital de forma correcta y segura.',
  'aviso.accept': 'Acepto el aviso legal y deseo continuar',
  'aviso.accepting': 'Registrando…',
  'aviso.accepted': 'Usted ya aceptó este aviso legal.',
  'aviso.decline': 'No acepto: volver',
}

export type TramiteMessageKey = keyof typeof messages
export type TramiteMessages = Record<TramiteMessageKey, string>
