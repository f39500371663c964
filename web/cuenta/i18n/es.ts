/**
 * Spanish words of the citizen's sign-in screens (Ingresar, Mis trámites): the reference for
 * en.ts and ht.ts. They travel with those screens' chunk, so the shell every visitor downloads
 * stays small; the header's few words stay in web/i18n.
 */
export const messages = {
  'login.run.hint': 'Con dígito verificador, por ejemplo 12.345.678-5',
  'login.title': 'Ingresar',
  'login.lead': 'Ingrese para ver sus trámites y hacer los que piden identificarse.',
  'login.cu.title': 'Con ClaveÚnica',
  'login.cu.body':
    'La forma recomendada. ClaveÚnica es la clave del Estado que entrega el Registro Civil; algunos trámites, como la Constancia de Votación, solo se pueden hacer con ella.',
  'login.cu.button': 'Iniciar sesión con ClaveÚnica',
  'login.cu.help':
    '¿No tiene ClaveÚnica? Puede pedirla en una oficina del Registro Civil o en claveunica.gob.cl.',
  'login.cu.error':
    'No se pudo iniciar sesión con ClaveÚnica. Vuelva a intentarlo; si el problema continúa, ingrese con su RUN y contraseña.',
  'login.cu.unavailable':
    'El ingreso con ClaveÚnica no está disponible en este momento. Inténtelo más tarde o ingrese con su RUN y contraseña.',
  'login.password.title': 'Con RUN y contraseña',
  'login.password.body': 'Si creó una cuenta en la Comisaría Virtual.',
  'login.submit': 'Ingresar con RUN y contraseña',
  'login.signingIn': 'Ingresando…',
  'login.forgot': '¿Olvidó su contraseña?',
  'login.noAccount.title': '¿No tiene cuenta?',
  'login.noAccount.body': 'Si no tiene ClaveÚnica, puede crear una cuenta con su RUN y su correo.',
  'login.register': 'Registrarse',
  'login.staff.title': '¿Es funcionario de Carabineros?',
  'login.staff.link': 'Ingreso de funcionarios',
  'login.signedInAs': 'Ya ingresó como {name}.',
  'mine.title': 'Mis trámites',
  'mine.hello': 'Hola, {name}',
  'mine.you': 'Sus datos',
  'mine.name': 'Nombre',
  'mine.run': 'RUN',
  'mine.email': 'Correo electrónico',
  'mine.proof': 'Identidad acreditada con',
  'mine.proof.claveunica': 'ClaveÚnica (RUN verificado por el Registro Civil)',
  'mine.proof.self': 'Cuenta propia (RUN declarado por usted)',
  'mine.selfNote':
    'Los trámites que exigen ClaveÚnica, como la Constancia de Votación, le pedirán ingresar con ClaveÚnica.',
  'mine.myData': 'Mis datos: qué guardamos sobre usted, quién lo vio, y cómo corregirlo o suprimirlo',
  'mine.procedures': 'Sus trámites',
  'mine.empty': 'Aún no tiene trámites.',
  'mine.services': 'Ver los servicios',
  'mine.loading': 'Cargando…',
  'mine.offline': 'Sus datos no se pueden mostrar sin conexión.',
  'mine.staff': 'Usted ingresó como funcionario.',
  'mine.staffLink': 'Ir al área de funcionarios',
  'mine.everywhere.hint':
    'Si ingresó en otro computador o teléfono, o cree que otra persona usa su cuenta, cierre la sesión en todos ellos.',
  'mine.everywhere': 'Cerrar sesión en todos los dispositivos',
}

export type IngresoMessageKey = keyof typeof messages
export type IngresoMessages = Record<IngresoMessageKey, string>
