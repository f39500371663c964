import { TIPOS } from '../../core/certificados/tipos.ts'
import { rutas, TIPOS_ORDEN } from './certificados/comun.ts'
import { rutaDe } from './no-podre-votar/pasos.ts'

/*
 * The constancias' pages (web/app.tsx's `/constancias/*`), for the budget test
 * (tests/e2e/budget.test.ts), which measures every one: the election constancia's, and for each of
 * the nine types its page, its form's way in, its first question (from its definition), check your
 * answers and «otra igual»; a parameter's by an example. Not imported by the pages (rutas.tsx picks them; its move
 * to nested routes can read its paths from here).
 */
const VOTACION = '/constancias/votacion'

export const paginas: readonly string[] = [
  '/constancias',
  VOTACION,
  `${VOTACION}/aviso`,
  `${VOTACION}/formulario`,
  `${VOTACION}/revisar`,
  `${VOTACION}/envio/ejemplo`,
  `${VOTACION}/K7PXQ2MZ9A`,
  // The guide «¿No podrá votar?»: every page is the same screen (no-podre-votar/Guia.tsx); its
  // first question, a later one and the answer that loads the units' search stand for them all.
  rutaDe('domicilio'),
  rutaDe('donde'),
  rutaDe('mas-de-200-km'),
  rutas.emitida('K7PXQ2MZ9A'),
  rutas.envio('ejemplo'),
  ...TIPOS_ORDEN.flatMap((tipo) => [
    rutas.tipo(tipo),
    rutas.formulario(tipo),
    // Every question of every type is the same screen (certificados/formulario/Pregunta.tsx) with
    // its field: the first stands for them all.
    ...TIPOS[tipo].campos.slice(0, 1).map((campo) => rutas.paso(tipo, campo.id)),
    rutas.paso(tipo, 'revisar'),
    rutas.otraIgual(tipo, 'K7PXQ2MZ9A'),
  ]),
]
