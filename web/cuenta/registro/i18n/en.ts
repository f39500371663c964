import type { RegistroMessages } from './es.ts'

/** English words of the registration screens and of the e-mailed links, loaded on demand. */
export const messages: RegistroMessages = {
  'register.run.hint': 'With the check digit, for example 12.345.678-5',
  'account.checkEmail': 'Check your e-mail',
  'account.spam': 'If you do not see it within a few minutes, check your spam folder.',
  'register.title': 'Create an account',
  'register.lead': 'For people without ClaveÚnica. We will send you a link to confirm your e-mail address.',
  'register.note':
    'An account of your own does not replace ClaveÚnica: your RUN is recorded as declared by you, and services that require ClaveÚnica will still ask for it.',
  'register.email.hint': 'We will send you a link to confirm it.',
  'register.submit': 'Create account',
  'register.sent.body':
    'We sent a link to {email}. Open it to activate your account; it expires in 24 hours.',
  'register.sent.bodyAnon':
    'We sent a link to your e-mail. Open it to activate your account; it expires in 24 hours.',
  'register.sent.already':
    'If you already had an account with that RUN or e-mail address, we sent you a link to choose a new password instead.',
  'verify.checking': 'Confirming your e-mail address…',
  'verify.done.title': 'E-mail address confirmed',
  'verify.done.body': 'Your account is active. You can now sign in with your RUN and password.',
  'verify.failed.title': 'Your e-mail address could not be confirmed',
  'verify.failed.again':
    'Ask for a link to choose a new password: using it also confirms your e-mail address.',
  'reset.title': 'Reset your password',
  'reset.lead':
    'Enter the e-mail address of your account and we will send you a link to choose a new password.',
  'reset.cuNote': 'If you sign in with ClaveÚnica, you reset that password on the ClaveÚnica site, not here.',
  'reset.submit': 'Send link',
  'reset.sent.body':
    'If there is an account with the e-mail address {email}, we sent it a link to choose a new password. It expires in 1 hour.',
  'reset.again': 'Ask for a new link',
  'newPassword.title': 'Choose a new password',
  'newPassword.done.title': 'Password saved',
  'newPassword.done.body': 'You can now sign in with your RUN and your new password.',
}
