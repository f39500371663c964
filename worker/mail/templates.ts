import type { Locale } from '../i18n/index.ts'

type Template = (params: { name: string; link: string }) => { subject: string; text: string }

/**
 * The portal's account e-mails in each language. Plain text: it reads on every device and
 * carries no tracking.
 */
export const mailTemplates: Record<
  'verify_email' | 'reset_password' | 'staff_invite' | 'already_registered' | 'reset_unknown',
  Record<Locale, Template>
> = {
  verify_email: {
    es: ({ name, link }) => ({
      subject: 'Confirme su correo — Comisaría Virtual',
      text: `Hola ${name}:\n\nPara activar su cuenta en la Comisaría Virtual, abra este enlace (vence en 24 horas):\n\n${link}\n\nSi usted no creó esta cuenta, ignore este mensaje.\n`,
    }),
    en: ({ name, link }) => ({
      subject: 'Confirm your e-mail — Comisaría Virtual',
      text: `Hello ${name},\n\nTo activate your Comisaría Virtual account, open this link (valid for 24 hours):\n\n${link}\n\nIf you did not create this account, ignore this message.\n`,
    }),
    ht: ({ name, link }) => ({
      subject: 'Konfime imèl ou — Comisaría Virtual',
      text: `Bonjou ${name},\n\nPou aktive kont ou nan Comisaría Virtual, louvri lyen sa a (li valab 24 èdtan):\n\n${link}\n\nSi se pa ou ki kreye kont sa a, pa okipe mesaj sa a.\n`,
    }),
  },
  reset_password: {
    es: ({ name, link }) => ({
      subject: 'Cambio de contraseña — Comisaría Virtual',
      text: `Hola ${name}:\n\nPara elegir una contraseña nueva, abra este enlace (vence en 1 hora):\n\n${link}\n\nSi usted no lo pidió, ignore este mensaje: su contraseña no cambia.\n`,
    }),
    en: ({ name, link }) => ({
      subject: 'Password reset — Comisaría Virtual',
      text: `Hello ${name},\n\nTo choose a new password, open this link (valid for 1 hour):\n\n${link}\n\nIf you did not ask for it, ignore this message: your password does not change.\n`,
    }),
    ht: ({ name, link }) => ({
      subject: 'Chanje modpas — Comisaría Virtual',
      text: `Bonjou ${name},\n\nPou chwazi yon nouvo modpas, louvri lyen sa a (li valab 1 èdtan):\n\n${link}\n\nSi se pa ou ki mande l, pa okipe mesaj sa a: modpas ou pa chanje.\n`,
    }),
  },
  staff_invite: {
    es: ({ name, link }) => ({
      subject: 'Su cuenta de funcionario — Comisaría Virtual',
      text: `Hola ${name}:\n\nSe creó su cuenta de funcionario en la Comisaría Virtual. Elija su contraseña con este enlace (vence en 72 horas); al ingresar por primera vez registrará su aplicación de códigos (TOTP):\n\n${link}\n`,
    }),
    en: ({ name, link }) => ({
      subject: 'Your staff account — Comisaría Virtual',
      text: `Hello ${name},\n\nYour staff account at Comisaría Virtual was created. Choose your password with this link (valid for 72 hours); at your first sign-in you will register your code app (TOTP):\n\n${link}\n`,
    }),
    ht: ({ name, link }) => ({
      subject: 'Kont anplwaye ou — Comisaría Virtual',
      text: `Bonjou ${name},\n\nYo kreye kont anplwaye ou nan Comisaría Virtual. Chwazi modpas ou ak lyen sa a (li valab 72 èdtan); premye fwa ou konekte w ap anrejistre aplikasyon kòd ou (TOTP):\n\n${link}\n`,
    }),
  },
  already_registered: {
    es: ({ name, link }) => ({
      subject: 'Ya tiene una cuenta — Comisaría Virtual',
      text: `Hola ${name}:\n\nAlguien intentó registrarse con su RUN o su correo, pero usted ya tiene una cuenta. Si olvidó su contraseña, puede cambiarla aquí:\n\n${link}\n`,
    }),
    en: ({ name, link }) => ({
      subject: 'You already have an account — Comisaría Virtual',
      text: `Hello ${name},\n\nSomeone tried to register with your RUN or e-mail, but you already have an account. If you forgot your password, you can change it here:\n\n${link}\n`,
    }),
    ht: ({ name, link }) => ({
      subject: 'Ou gen yon kont deja — Comisaría Virtual',
      text: `Bonjou ${name},\n\nYon moun eseye enskri ak RUN ou oswa imèl ou, men ou gen yon kont deja. Si ou bliye modpas ou, ou ka chanje l la a:\n\n${link}\n`,
    }),
  },
  // To an address with no account: the same e-mail leaves whether or not it has one, so the form
  // tells no stranger who does; the owner of the address learns someone tried.
  reset_unknown: {
    es: ({ link }) => ({
      subject: 'Cambio de contraseña — Comisaría Virtual',
      text: `Hola:\n\nAlguien pidió cambiar la contraseña de una cuenta de la Comisaría Virtual con esta dirección de correo, pero no hay ninguna cuenta registrada con ella. Si fue usted, quizá se registró con otra dirección; también puede crear una cuenta aquí:\n\n${link}\n\nSi no fue usted, ignore este mensaje.\n`,
    }),
    en: ({ link }) => ({
      subject: 'Password reset — Comisaría Virtual',
      text: `Hello,\n\nSomeone asked to reset the password of a Comisaría Virtual account with this e-mail address, but no account is registered with it. If it was you, you may have registered with another address; you can also create an account here:\n\n${link}\n\nIf it was not you, ignore this message.\n`,
    }),
    ht: ({ link }) => ({
      subject: 'Chanje modpas — Comisaría Virtual',
      text: `Bonjou,\n\nYon moun mande chanje modpas yon kont Comisaría Virtual ak adrès imèl sa a, men pa gen okenn kont ki anrejistre ak li. Si se te ou, petèt ou te enskri ak yon lòt adrès; ou ka kreye yon kont la a tou:\n\n${link}\n\nSi se pa t ou, pa okipe mesaj sa a.\n`,
    }),
  },
}
