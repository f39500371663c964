import { registerFieldLabels } from '../../i18n/server-catalog.ts'
import { ready as staffReady } from '../i18n/index.ts'
import { ready as ownReady } from './i18n/index.ts'
import '../casos/casos.css'

/**
 * The staff screens for family reunification: the team's queue and a request opened with its
 * look-ups and actions, supervisors' figures, and the staff home's entries. A chunk of its own in
 * assets/staff/, never precached, never loaded by citizens.
 */
export { CasoReencuentro } from './Caso.tsx'
export { CifrasReencuentro } from './Cifras.tsx'
export { ColaReencuentro } from './Cola.tsx'
export { ReencuentroMenu } from './Menu.tsx'

// The actions' and the look-up's fields under the form's own names (the API's `nota`, `fecha`,
// `lugar`, `registro`, `run`, `motivo` mean other things elsewhere): their labels.
registerFieldLabels({
  es: {
    notaEquipo: 'Nota',
    fechaAccion: 'Fecha',
    medioContacto: 'Cómo se contactó',
    decisionPersona: 'Qué decidió la persona encontrada',
    contactoNombre: 'Nombre que comparte',
    contactoCorreo: 'Correo que comparte (opcional)',
    contactoTelefono: 'Teléfono que comparte (opcional)',
    mensajePersona: 'Su mensaje para quien la busca',
    resultadoBusqueda: 'Cómo terminó la búsqueda',
    lugarInforme: 'Dónde se informó',
    registroConsulta: 'Registro',
    runConsulta: 'RUN a consultar',
    motivoConsulta: 'Motivo de la consulta',
  },
  en: {
    notaEquipo: 'Note',
    fechaAccion: 'Date',
    medioContacto: 'How they were contacted',
    decisionPersona: 'What the person found decided',
    contactoNombre: 'Name they share',
    contactoCorreo: 'E-mail they share (optional)',
    contactoTelefono: 'Phone they share (optional)',
    mensajePersona: 'Their message for the person looking for them',
    resultadoBusqueda: 'How the search ended',
    lugarInforme: 'Where they were told',
    registroConsulta: 'Registry',
    runConsulta: 'RUN to look up',
    motivoConsulta: 'Reason for the look-up',
  },
  ht: {
    notaEquipo: 'Nòt',
    fechaAccion: 'Dat',
    medioContacto: 'Kijan yo te kontakte l',
    decisionPersona: 'Kisa moun yo jwenn nan deside',
    contactoNombre: 'Non li pataje',
    contactoCorreo: 'Imèl li pataje (si l vle)',
    contactoTelefono: 'Telefòn li pataje (si l vle)',
    mensajePersona: 'Mesaj li pou moun k ap chèche l la',
    resultadoBusqueda: 'Kijan rechèch la fini',
    lugarInforme: 'Ki kote yo te enfòme l',
    registroConsulta: 'Rejis',
    runConsulta: 'RUN pou chèche',
    motivoConsulta: 'Rezon rechèch la',
  },
})

export const ready: Promise<void> = Promise.all([staffReady, ownReady]).then(() => undefined)
