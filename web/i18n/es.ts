/**
 * Spanish, the reference catalogue of the PWA's own strings: the other locales must have exactly
 * these keys (the `Messages` type enforces it at compile time, tests/e2e/i18n.test.ts at run time).
 * Validation and API error messages live in the server's catalogues (worker/i18n/), shared as is.
 */
export const messages = {
  'app.name': 'Comisaría Virtual',
  'app.tagline': 'Trámites policiales en línea, también sin conexión',
  'app.skip': 'Saltar al contenido principal',
  'app.home': 'Inicio',
  'app.language': 'Idioma',
  'app.emergency': 'En una emergencia llame al 133.',
  'app.footer':
    'Servicio público en línea. Sus borradores se guardan en este dispositivo y, con su sesión iniciada, en su cuenta.',
  'app.staff': 'Acceso funcionarios',
  'app.offline': 'Sin conexión. Puede seguir completando formularios: se enviarán cuando vuelva la red.',
  'app.loadFailed': 'No se pudo cargar esta página. Compruebe su conexión y recargue.',
  'app.notOnDevice':
    'Este trámite todavía no está guardado en este dispositivo: ábralo una vez con conexión y desde entonces funcionará también sin conexión.',
  'app.reload': 'Recargar',

  'home.start': 'Comenzar',

  'service.denuncias': 'Denuncias',
  'service.permisos': 'Permisos de desplazamiento',
  'service.anonima': 'Información anónima',
  'service.constancias': 'Constancias',
  'service.reclamos': 'Reclamos y felicitaciones',
  'service.reencuentro': 'Reencuentro familiar',
  'service.condolencias': 'Libro de condolencias',

  'form.continue': 'Continuar',
  'form.back': 'Volver',
  'form.errorTitle': 'Hay un problema',
  'form.errorPrefix': 'Error:',
  'form.draftNote': 'Sus respuestas se guardan en este dispositivo mientras escribe, también sin conexión.',
  'form.required': '«{field}» es obligatorio.',
  'form.charsLeft.one': 'Le queda 1 carácter',
  'form.charsLeft.other': 'Le quedan {n} caracteres',
  'form.charsOver.one': 'Tiene 1 carácter de más',
  'form.charsOver.other': 'Tiene {n} caracteres de más',
  'form.change': 'Cambiar',
  'form.checkTitle': 'Revise sus respuestas antes de enviar',
  'form.send': 'Aceptar y enviar',
  'form.sending': 'Enviando…',
  'form.step': 'Paso {n} de {total}',

  'outbox.pending.one': '1 envío pendiente',
  'outbox.pending.other': '{n} envíos pendientes',
  'outbox.view': 'Ver sus envíos',
  'outbox.flushed.one': 'Se envió 1 envío que estaba pendiente.',
  'outbox.flushed.other': 'Se enviaron {n} envíos que estaban pendientes.',
  'outbox.cannotSave':
    'El sistema no puede guardar por ahora; su formulario quedó en este dispositivo y se enviará solo.',

  'update.title': 'Hay una nueva versión disponible.',
  'update.body': 'Al actualizar se conserva lo que haya escrito.',
  'update.now': 'Actualizar ahora',
  'update.later': 'Más tarde',

  'notFound.title': 'No se encontró la página',
  'notFound.body': 'Revise la dirección o vuelva al inicio.',

  'form.offline': 'No hay conexión. Compruebe su red e inténtelo de nuevo.',
  'form.show': 'Mostrar',
  'form.hide': 'Ocultar',
  'form.showPassword': 'Mostrar contraseña',
  'form.hidePassword': 'Ocultar contraseña',
  'form.passwordShown': 'Su contraseña está visible',
  'form.passwordHidden': 'Su contraseña está oculta',
  'form.password.hint':
    'Al menos 12 caracteres. Puede ser una frase fácil de recordar; no use su RUN, su nombre ni una contraseña conocida.',

  'account.nav': 'Su cuenta',
  'account.myRequests': 'Mis trámites',
  'account.myData': 'Mis datos',
  'account.signIn': 'Ingresar',
  'account.signOut': 'Cerrar sesión',
  'account.signingOut': 'Cerrando sesión…',
  'account.signOutFailed': 'No se pudo cerrar la sesión. Compruebe su conexión e inténtelo de nuevo.',

  'newPassword.submit': 'Guardar contraseña',
  'newPassword.invalid.title': 'El enlace no sirve',
}

export type MessageKey = keyof typeof messages
export type Messages = Record<MessageKey, string>
