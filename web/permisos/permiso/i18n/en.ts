import type { PermisoMessages } from './es.ts'

/** English words of an issued permit and of the permits in "Mis trámites", loaded on demand. */
export const messages: PermisoMessages = {
  'estado.vigente': 'Valid',
  'estado.por_comenzar': 'Not started',
  'estado.vencido': 'Expired',
  'estado.revocado': 'Revoked',
  'estado.vigente.means': 'This permit is valid now, until {hasta} on {fecha}.',
  'estado.por_comenzar.means': 'This permit is not valid yet: it starts on {fecha} at {desde}.',
  'estado.vencido.means': 'This permit is no longer valid: it expired on {fecha} at {hasta}.',
  'estado.revocado.means': 'Carabineros revoked this permit: it is not valid and you must not use it.',
  'campo.establecimiento': 'Health facility',
  'campo.fallecido': 'Deceased person',
  'campo.dependiente': 'Person in your care',

  'permiso.back': 'Travel permits',
  'permiso.title': 'Travel permit',
  'permiso.loading': 'Loading the permit…',
  'permiso.code': 'Code',
  'permiso.run': 'RUN {run}',
  'permiso.window': '{fecha}, from {desde} to {hasta} (mainland Chile time)',
  'permiso.qr': 'QR code to verify permit {code}',
  'permiso.show':
    'Show this permit together with your identity card. The officer checks it by scanning the QR code, also offline.',
  'permiso.fuente.offline':
    'No connection: this is the permit saved on this device. Its state is worked out with the phone’s clock.',
  'permiso.fuente.signin': 'Your session ended: this is the permit saved on this device.',
  'permiso.fuente.signinLink': 'Sign in to see its current state',
  'permiso.details': 'Permit details',
  'permiso.holder': 'Holder',
  'permiso.runLabel': 'RUN',
  'permiso.tipo': 'Type of permit',
  'permiso.comuna': 'Comuna',
  'permiso.destino': 'Destination',
  'permiso.desde': 'Valid from',
  'permiso.hasta': 'Valid until',
  'permiso.emitido': 'Issued',
  'permiso.pdf': 'Download PDF',
  'permiso.kept':
    'This permit stays saved on this device so you can show it offline; it is deleted when you sign out.',
  'permiso.signin': 'Sign in to see this permit.',
  'permiso.offline': 'No connection, and this permit is not saved on this device.',
  'permiso.notFound': 'We found no permit of yours with this code.',

  'mine.title': 'Travel permits',
  'mine.loading': 'Loading your permits…',
  'mine.failed': 'Your permits could not be loaded.',
  'mine.item': '{tipo} · {comuna} · {fecha}, from {desde} to {hasta}',
  'mine.device': 'Saved on this device:',
}
