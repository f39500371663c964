import type { IngresoMessages } from './es.ts'

/** English words of the citizen's sign-in screens, loaded on demand. */
export const messages: IngresoMessages = {
  'login.run.hint': 'With the check digit, for example 12.345.678-5',
  'login.title': 'Sign in',
  'login.lead': 'Sign in to see your requests and to use the services that need to know who you are.',
  'login.cu.title': 'With ClaveÚnica',
  'login.cu.body':
    'The recommended way. ClaveÚnica is the state login issued by the Civil Registry; some services, such as the Voting certificate, can only be used with it.',
  'login.cu.button': 'Sign in with ClaveÚnica',
  'login.cu.help': 'No ClaveÚnica? You can ask for one at a Civil Registry office or at claveunica.gob.cl.',
  'login.cu.error':
    'You could not be signed in with ClaveÚnica. Try again; if the problem continues, sign in with your RUN and password.',
  'login.cu.unavailable':
    'Signing in with ClaveÚnica is not available right now. Try again later or sign in with your RUN and password.',
  'login.password.title': 'With RUN and password',
  'login.password.body': 'If you created an account at Comisaría Virtual.',
  'login.submit': 'Sign in with RUN and password',
  'login.signingIn': 'Signing in…',
  'login.forgot': 'Forgotten your password?',
  'login.noAccount.title': 'No account?',
  'login.noAccount.body':
    'If you do not have ClaveÚnica, you can create an account with your RUN and e-mail.',
  'login.register': 'Create an account',
  'login.staff.title': 'Do you work for Carabineros?',
  'login.staff.link': 'Staff sign-in',
  'login.signedInAs': 'You are already signed in as {name}.',
  'mine.title': 'My requests',
  'mine.hello': 'Hello, {name}',
  'mine.you': 'Your details',
  'mine.name': 'Name',
  'mine.run': 'RUN',
  'mine.email': 'E-mail address',
  'mine.proof': 'Identity proven with',
  'mine.proof.claveunica': 'ClaveÚnica (RUN verified by the Civil Registry)',
  'mine.proof.self': 'Own account (RUN declared by you)',
  'mine.selfNote':
    'Services that require ClaveÚnica, such as the Voting certificate, will ask you to sign in with it.',
  'mine.myData': 'My data: what we keep about you, who has seen it, and how to correct or erase it',
  'mine.procedures': 'Your requests',
  'mine.empty': 'You have no requests yet.',
  'mine.services': 'See the services',
  'mine.loading': 'Loading…',
  'mine.offline': 'Your details cannot be shown offline.',
  'mine.staff': 'You are signed in as a member of staff.',
  'mine.staffLink': 'Go to the staff area',
  'mine.everywhere.hint':
    'If you signed in on another computer or phone, or think someone else is using your account, sign out on all of them.',
  'mine.everywhere': 'Sign out on all devices',
}
