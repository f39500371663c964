/*
 * The denuncia's pages (web/app.tsx's `/denuncias/*`): denuncias.tsx picks its screens from these
 * lists, and the budget test (tests/e2e/budget.test.ts) measures every one of `paginas`, so a page
 * added here is measured without anyone adding it there. Data only: the picker's chunk stays small.
 */

/** The screener's questions, in order; each `sí` sends elsewhere. */
export const PREGUNTAS = ['peligro', 'violencia', 'familia', 'nino', 'autor']
/** Where the screener sends a case that is not for this service. */
export const MOTIVOS = ['violencia', 'familia', 'nino', 'autor']
/** The form's steps (formulario/pasos.ts has what each asks). */
export const PASOS = [
  'tipo',
  'cuando',
  'donde',
  'relato',
  'detalles',
  'objetos',
  'sospechosos',
  'testigos',
  'archivos',
  'contacto',
  'revisar',
  'declaracion',
]
export const NUMERO = /^[A-HJ-NP-Z2-9]{10}$/
export const QUEUED = /^envio\/([\w-]{1,64})$/

/** Every page, a parameter's by an example (a report's número, an outbox item's id). */
export const paginas: readonly string[] = [
  '',
  ...PREGUNTAS,
  'llame-133',
  ...MOTIVOS.map((motivo) => `otro-canal/${motivo}`),
  ...PASOS,
  'envio/ejemplo',
  'K7PXQ2MZ9A',
].map((pagina) => (pagina ? `/denuncias/${pagina}` : '/denuncias'))
