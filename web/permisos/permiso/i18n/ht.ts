import type { PermisoMessages } from './es.ts'

/** Haitian Creole words of an issued permit and of the permits in "Mis trámites", loaded on demand. */
export const messages: PermisoMessages = {
  'estado.vigente': 'Valab',
  'estado.por_comenzar': 'Poko kòmanse',
  'estado.vencido': 'Ekspire',
  'estado.revocado': 'Anile',
  'estado.vigente.means': 'Pèmi sa a valab kounye a, jiska {hasta} {fecha}.',
  'estado.por_comenzar.means': 'Pèmi sa a poko valab: li kòmanse {fecha} a {desde}.',
  'estado.vencido.means': 'Pèmi sa a pa valab ankò: li ekspire {fecha} a {hasta}.',
  'estado.revocado.means': 'Carabineros anile pèmi sa a: li pa valab epi ou pa dwe sèvi avè l.',
  'campo.establecimiento': 'Etablisman sante',
  'campo.fallecido': 'Moun ki mouri a',
  'campo.dependiente': 'Moun w ap okipe a',

  'permiso.back': 'Pèmi deplasman',
  'permiso.title': 'Pèmi deplasman',
  'permiso.loading': 'N ap chaje pèmi a…',
  'permiso.code': 'Kòd',
  'permiso.run': 'RUN {run}',
  'permiso.window': '{fecha}, depi {desde} rive {hasta} (lè Chili kontinantal)',
  'permiso.qr': 'Kòd QR pou verifye pèmi {code}',
  'permiso.show':
    'Montre pèmi sa a ansanm ak kat idantite w. Ofisye a verifye l lè l eskane kòd QR a, menm san koneksyon.',
  'permiso.fuente.offline':
    'Pa gen koneksyon: sa a se pèmi ki anrejistre sou aparèy sa a. Yo kalkile eta li ak lè telefòn nan.',
  'permiso.fuente.signin': 'Sesyon ou fini: sa a se pèmi ki anrejistre sou aparèy sa a.',
  'permiso.fuente.signinLink': 'Konekte pou w wè eta li kounye a',
  'permiso.details': 'Detay pèmi a',
  'permiso.holder': 'Titilè',
  'permiso.runLabel': 'RUN',
  'permiso.tipo': 'Kalite pèmi',
  'permiso.comuna': 'Komin',
  'permiso.destino': 'Kote w prale',
  'permiso.desde': 'Valab depi',
  'permiso.hasta': 'Valab jiska',
  'permiso.emitido': 'Bay',
  'permiso.pdf': 'Telechaje PDF la',
  'permiso.kept':
    'Pèmi sa a rete anrejistre sou aparèy sa a pou w ka montre l san koneksyon; li efase lè w dekonekte.',
  'permiso.signin': 'Konekte pou w wè pèmi sa a.',
  'permiso.offline': 'Pa gen koneksyon, epi pèmi sa a pa anrejistre sou aparèy sa a.',
  'permiso.notFound': 'Nou pa jwenn okenn pèmi pa w ak kòd sa a.',

  'mine.title': 'Pèmi deplasman',
  'mine.loading': 'N ap chaje pèmi ou yo…',
  'mine.failed': 'Nou pa t ka chaje pèmi ou yo.',
  'mine.item': '{tipo} · {comuna} · {fecha}, depi {desde} rive {hasta}',
  'mine.device': 'Anrejistre sou aparèy sa a:',
}
