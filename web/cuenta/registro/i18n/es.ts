/**
 * Spanish words of the registration screens and of the e-mailed links (verification, new
 * password): the reference for en.ts and ht.ts. They travel with those screens' chunk.
 */
export const messages = {
  'register.run.hint': 'Con dígito verificador, por ejemplo 12.345.678-5',
  'account.checkEmail': 'Revise su correo',
  'account.spam': 'Si no lo ve en unos minutos, revise la carpeta de correo no deseado.',
  'register.title': 'Registrarse',
  'register.lead': 'Para quienes no tienen ClaveÚnica. Le enviaremos un enlace para confirmar su correo.',
  'register.note':
    'Una cuenta propia no reemplaza a ClaveÚnica: su RUN queda como declarado por usted, y los trámites que exigen ClaveÚnica se la seguirán pidiendo.',
  'register.email.hint': 'Le enviaremos un enlace para confirmarlo.',
  'register.submit': 'Crear cuenta',
  'register.sent.body': 'Le enviamos un enlace a {email}. Ábralo para activar su cuenta; vence en 24 horas.',
  'register.sent.bodyAnon':
    'Le enviamos un enlace a su correo. Ábralo para activar su cuenta; vence en 24 horas.',
  'register.sent.already':
    'Si ya tenía una cuenta con ese RUN o ese correo, le enviamos en cambio un enlace para elegir una contraseña nueva.',
  'verify.checking': 'Confirmando su correo…',
  'verify.done.title': 'Correo confirmado',
  'verify.done.body': 'Su cuenta está activa. Ya puede ingresar con su RUN y su contraseña.',
  'verify.failed.title': 'No se pudo confirmar su correo',
  'verify.failed.again':
    'Pida un enlace para elegir una contraseña nueva: al usarlo, su correo también queda confirmado.',
  'reset.title': 'Recuperar su contraseña',
  'reset.lead': 'Escriba el correo de su cuenta y le enviaremos un enlace para elegir una contraseña nueva.',
  'reset.cuNote': 'Si ingresa con ClaveÚnica, su clave se recupera en el sitio de ClaveÚnica, no aquí.',
  'reset.submit': 'Enviar enlace',
  'reset.sent.body':
    'Si hay una cuenta con el correo {email}, le enviamos un enlace para elegir una contraseña nueva. Vence en 1 hora.',
  'reset.again': 'Pedir un enlace nuevo',
  'newPassword.title': 'Elija una contraseña nueva',
  'newPassword.done.title': 'Contraseña guardada',
  'newPassword.done.body': 'Ya puede ingresar con su RUN y su contraseña nueva.',
}

export type RegistroMessageKey = keyof typeof messages
export type RegistroMessages = Record<RegistroMessageKey, string>
