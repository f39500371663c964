/**
 * The officers' screens, one chunk in assets/staff/ (never precached, never loaded by citizens).
 * `ready`: their words in the visitor's language, to await before the first render.
 */
export { Activar } from './Activar.tsx'
export { Funcionarios } from './Funcionarios.tsx'
export { Ingresar } from './Ingresar.tsx'
export { ready } from './i18n/index.ts'
export { Personal } from './Personal.tsx'
export { PersonalEditar } from './PersonalEditar.tsx'
export { PersonalNuevo } from './PersonalNuevo.tsx'
