import type { StaffMessages } from './es.ts'

/** English words of the officers' screens, loaded on demand. */
export const messages: StaffMessages = {
  'staff.loading': 'Loading…',
  'staff.offline': 'This page cannot be shown offline.',
  'staff.citizen': 'This area is only for Carabineros staff.',
  'staff.citizenLink': 'Go to My requests',
  'staff.forbidden': 'You may not open this page. If your work needs it, ask whoever manages staff.',
  'staff.success': 'Done',
  'staff.role.officer': 'Officer',
  'staff.role.supervisor': 'Supervisor',
  'staff.role.admin': 'Administrator',
  'staff.role.officer.hint':
    'Starts out validating constancias, checking permits and dealing with the reports of their unit.',
  'staff.role.supervisor.hint':
    'Also revokes permits, analyses reports, sees the figures and answers data requests.',
  'staff.role.admin.hint': 'May do everything, managing staff and the reference tables too.',

  'staff.home.title': 'Staff area',
  'staff.home.hello': 'Hello, {name}',
  'staff.home.you': 'Your account',
  'staff.home.name': 'Name',
  'staff.home.admin': 'Administration',
  'staff.home.adminBody':
    'Create staff accounts, change their role, unit or what they may do, or disable them.',
  'staff.home.adminLink': 'Manage staff',

  'staff.login.title': 'Staff sign-in',
  'staff.login.lead':
    'With your work e-mail address, your password and the code from your authenticator app.',
  'staff.login.activated': 'Your password has been saved. Sign in to register your code app.',
  'staff.login.citizen': 'Not a member of staff?',
  'staff.login.citizenLink': 'Sign-in for the public',
  'staff.login.checking': 'Checking…',
  'staff.totp.title': 'Enter the verification code',
  'staff.totp.lead': 'Open your authenticator app and enter the 6-digit code for Comisaría Virtual.',
  'staff.totp.hint': 'For example, 123456. The code changes every 30 seconds.',
  'staff.totp.submit': 'Sign in',
  'staff.restart': 'Start again',
  'staff.enroll.title': 'Register your code app',
  'staff.enroll.lead':
    'This is your first sign-in. To protect your account, every sign-in will also ask for a code from an authenticator app on your phone, such as FreeOTP, Google Authenticator or Microsoft Authenticator.',
  'staff.enroll.step1': 'Open the app and choose to add an account.',
  'staff.enroll.step2': 'Scan this QR code.',
  'staff.enroll.qrAlt': 'QR code to register Comisaría Virtual in your authenticator app',
  'staff.enroll.manual': 'Cannot scan it? Type this key into the app:',
  'staff.enroll.step3': 'Enter the 6-digit code that the app shows.',
  'staff.enroll.submit': 'Activate and sign in',
  'staff.activate.title': 'Choose the password of your staff account',
  'staff.activate.done': 'Password saved',

  'staff.admin.title': 'Manage staff',
  'staff.admin.create': 'Create a staff account',
  'staff.admin.empty': 'There are no staff accounts yet.',
  'staff.admin.state': 'Status',
  'staff.admin.active': 'Active',
  'staff.admin.inactive': 'Disabled',
  'staff.admin.noTotp': 'Code app not registered yet',
  'staff.admin.edit': 'Edit',
  'staff.admin.created': 'The account of {name} was created and an invitation was sent to {email}.',
  'staff.admin.saved': 'The changes to {name} were saved.',
  'staff.admin.disabledDone': 'The account of {name} was disabled and their sessions were ended.',
  'staff.admin.enabledDone': 'The account of {name} was enabled.',
  'staff.cap.legend': 'What they may do',
  'staff.cap.hint':
    'Tick each task this person may carry out. Choosing another role ticks that role’s tasks; you can adjust them.',
  'staff.cap.none': 'Nothing for now',
  'staff.cap.constancias.validar': 'Validate election constancias',
  'staff.cap.constancias.validar.hint': 'Check a voter’s constancia in person, the assisted way too.',
  'staff.cap.permisos.fiscalizar': 'Check permits on the street',
  'staff.cap.permisos.fiscalizar.hint': 'Read the QR code of a travel permit.',
  'staff.cap.permisos.revocar': 'Find and revoke permits',
  'staff.cap.permisos.revocar.hint': 'Find permits by RUN or by code, and revoke them.',
  'staff.cap.cifras.ver': 'See the figures',
  'staff.cap.cifras.ver.hint': 'The charts and tables of each service.',
  'staff.cap.datos.solicitudes': 'Answer data requests',
  'staff.cap.datos.solicitudes.hint': 'The corrections citizens ask for to their personal data.',
  'staff.cap.personal.administrar': 'Manage staff',
  'staff.cap.personal.administrar.hint': 'Create staff accounts and decide what each person may do.',
  'staff.cap.referencias.administrar': 'Edit the reference tables',
  'staff.cap.referencias.administrar.hint':
    'Permit types, the comunas’ phases, election days and the jurisdiction table.',
  'staff.cap.denuncias.triar': 'Analyse reports',
  'staff.cap.denuncias.triar.hint':
    'The virtual station’s queue of new crime reports: ask for information, close or route them.',
  'staff.cap.denuncias.unidad': 'Deal with their unit’s reports',
  'staff.cap.denuncias.unidad.hint': 'The crime reports routed to their unit, to send on to the prosecutor.',
  'staff.cap.felicitaciones.unidad': 'Read their unit’s commendations and their own',
  'staff.cap.felicitaciones.unidad.hint':
    'Citizens’ messages to their unit; the writer’s name only if they chose to show it.',
  'staff.cap.felicitaciones.asignar': 'Pass commendations on to officers of their unit',
  'staff.cap.felicitaciones.asignar.hint':
    'A commendation naming an officer reaches their account when the name alone does not identify them.',
  'staff.cap.reclamos.atender': 'Handle complaints about officers',
  'staff.cap.reclamos.atender.hint':
    'The complaints office: complaints about police conduct, with the complainant’s identity kept confidential; never the unit complained about.',
  'staff.cap.reclamos.descargar': 'Give their unit’s account',
  'staff.cap.reclamos.descargar.hint':
    'The complaints office’s requests to their unit: the facts only, never who complained; the unit gives its account.',
  'staff.cap.reclamos.supervisar': 'Supervise the complaints office',
  'staff.cap.reclamos.supervisar.hint':
    'E-mailed when a complaint is two working days from its legal due date (their region’s if their unit has one).',
  'staff.cap.reencuentro.buscar': 'Search for people for family reunification',
  'staff.cap.reencuentro.buscar.hint':
    'The reunification team: looks for the person, consults the registries with a reason and records what they choose to share; the requester learns only what they allow.',
  'staff.cap.certificados.consultar': 'Look up constancias',
  'staff.cap.certificados.consultar.hint':
    'Find an issued constancia by its number and read what was declared; the person sees the look-up.',
  'staff.cap.certificados.anular': 'Annul constancias',
  'staff.cap.certificados.anular.hint':
    'Annul an issued constancia, with the reason; its verification will say it was annulled.',
  'staff.cap.informacion.analizar': 'Analyse anonymous tips',
  'staff.cap.informacion.analizar.hint':
    'Read and handle the anonymous tips of their desks (OS-7, SEBV, OS-9), with their own key; they must also be on the desk.',
  'staff.cap.condolencias.moderar': 'Moderate the condolence book',
  'staff.cap.condolencias.moderar.hint':
    'See held, waiting or reported messages, and publish them or reject them with a reason sent to their author.',
  'staff.cap.memoriales.administrar': 'Manage the memorials',
  'staff.cap.memoriales.administrar.hint':
    'Create and edit the page of each fallen officer, with their photo, in the condolence book.',
  'staff.new.title': 'Create a staff account',
  'staff.new.lead':
    'We will send them an invitation to choose their password; at their first sign-in they will register their code app.',
  'staff.new.email.hint': 'Their work e-mail address: they will sign in with it.',
  'staff.new.unidad.hint': 'The unit where they work.',
  'staff.new.unidad.choose': 'Choose a unit',
  'staff.new.submit': 'Create and send invitation',
  'staff.new.conflict': 'There is already a member of staff with that e-mail address.',
  'staff.edit.title': 'Edit {name}',
  'staff.edit.submit': 'Save changes',
  'staff.edit.disable.title': 'Disable the account',
  'staff.edit.disable.body':
    'Ends their sessions and stops them signing in. You can enable it again at any time.',
  'staff.edit.disable': 'Disable account',
  'staff.edit.enable.title': 'Enable the account',
  'staff.edit.enable.body': 'This account is disabled. Once enabled, the person can sign in again.',
  'staff.edit.enable': 'Enable account',
  'staff.edit.self': 'You cannot disable your own account.',
  'staff.edit.notFound': 'That member of staff was not found.',
  'staff.fecha.hint': 'For example, 27 3 2026.',
  'staff.fecha.dia': 'Day',
  'staff.fecha.mes': 'Month',
  'staff.fecha.anio': 'Year',
  'staff.grafico.tabla': 'Show the figures as a table',
  'staff.grafico.resumen': 'Chart of {serie}: {total} in total.',
  'staff.cifras.actualizado': 'Updated at {hora}.',
  'staff.cifras.error': 'The figures could not be updated. Trying again.',
}
