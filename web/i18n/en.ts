import type { Messages } from './es.ts'

export { en as server } from '../../worker/i18n/en.ts'

/** English: loaded on demand, with the server's English catalogue in the same chunk. */
export const messages: Messages = {
  'app.name': 'Comisaría Virtual',
  'app.tagline': 'Police services online, also without a connection',
  'app.skip': 'Skip to main content',
  'app.home': 'Home',
  'app.language': 'Language',
  'app.emergency': 'In an emergency call 133.',
  'app.footer':
    'Public online service. Your drafts are kept on this device and, when you are signed in, on your account.',
  'app.staff': 'Staff sign-in',
  'app.offline':
    'You are offline. You can keep filling in forms: they will be sent when you are back online.',
  'app.loadFailed': 'This page could not be loaded. Check your connection and reload.',
  'app.notOnDevice':
    'This service is not saved on this device yet: open it once with a connection, and from then on it works offline too.',
  'app.reload': 'Reload',

  'home.start': 'Start now',

  'service.denuncias': 'Report a crime',
  'service.permisos': 'Travel permits',
  'service.anonima': 'Anonymous information',
  'service.constancias': 'Certificates (constancias)',
  'service.reclamos': 'Complaints and compliments',
  'service.reencuentro': 'Family reunification',
  'service.condolencias': 'Book of condolence',

  'form.continue': 'Continue',
  'form.back': 'Back',
  'form.errorTitle': 'There is a problem',
  'form.errorPrefix': 'Error:',
  'form.draftNote': 'Your answers are saved on this device as you type, also offline.',
  'form.required': '“{field}” is required.',
  'form.charsLeft.one': 'You have 1 character remaining',
  'form.charsLeft.other': 'You have {n} characters remaining',
  'form.charsOver.one': 'You have 1 character too many',
  'form.charsOver.other': 'You have {n} characters too many',
  'form.change': 'Change',
  'form.checkTitle': 'Check your answers before sending',
  'form.send': 'Accept and send',
  'form.sending': 'Sending…',
  'form.step': 'Step {n} of {total}',

  'outbox.pending.one': '1 submission waiting to be sent',
  'outbox.pending.other': '{n} submissions waiting to be sent',
  'outbox.view': 'View your submissions',
  'outbox.flushed.one': '1 waiting submission has been sent.',
  'outbox.flushed.other': '{n} waiting submissions have been sent.',
  'outbox.cannotSave':
    'The system cannot save right now; your form has stayed on this device and will be sent by itself.',

  'update.title': 'A new version is available.',
  'update.body': 'Updating keeps whatever you have typed.',
  'update.now': 'Update now',
  'update.later': 'Later',

  'notFound.title': 'Page not found',
  'notFound.body': 'Check the address or go back to the home page.',

  'form.offline': 'There is no connection. Check your network and try again.',
  'form.show': 'Show',
  'form.hide': 'Hide',
  'form.showPassword': 'Show password',
  'form.hidePassword': 'Hide password',
  'form.passwordShown': 'Your password is visible',
  'form.passwordHidden': 'Your password is hidden',
  'form.password.hint':
    'At least 12 characters. It can be a phrase that is easy to remember; do not use your RUN, your name or a well-known password.',

  'account.nav': 'Your account',
  'account.myRequests': 'My requests',
  'account.myData': 'My data',
  'account.signIn': 'Sign in',
  'account.signOut': 'Sign out',
  'account.signingOut': 'Signing out…',
  'account.signOutFailed': 'You could not be signed out. Check your connection and try again.',

  'newPassword.submit': 'Save password',
  'newPassword.invalid.title': 'This link does not work',
}
