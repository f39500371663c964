/**
 * `npm run privacy:doc`: docs/privacy.md, the record of processing activities (registro de
 * actividades de tratamiento, Ley 19.628 as amended by Ley 21.719), made from the data catalog
 * (db/catalog.ts) and followed by the parts written by hand in docs/privacy/ (the impact
 * assessment, the breach procedure). tests/unit/privacy-doc.test.ts fails when the committed
 * document is not what this script makes of the current catalog: a catalog change without
 * `npm run privacy:doc` fails CI.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { type Capacidad, esCapacidad } from '../core/capacidades.ts'
import {
  BASES,
  type Base,
  CATALOGO,
  CATEGORIAS,
  type Categoria,
  type Lector,
  type Registro,
} from '../db/catalog.ts'
import { messages as personal } from '../web/funcionarios/i18n/es.ts'

export const ROOT = resolve(import.meta.dirname, '..')
/** The generated document. */
export const DOC_FILE = 'docs/privacy.md'
/** The parts written by hand, in the order they follow the record. */
export const PARTS = ['docs/privacy/impact.md', 'docs/privacy/breach.md'] as const

/** Who reads, in words (the catalog's `lectores`); staff by what they may do, as administrators see it. */
const LECTORES: Record<Exclude<Lector, Capacidad>, string> = {
  titular: 'la persona a quien se refieren (en «Mis datos»)',
  sistema: 'el sistema (procesos automáticos)',
  publico: 'cualquiera que tenga el código del documento (verificación pública)',
}

function lector(quien: Lector): string {
  return esCapacidad(quien)
    ? `funcionarios a quienes se otorgó «${personal[`staff.cap.${quien}`]}»`
    : LECTORES[quien]
}

/** What happens when a clock runs out, in words. */
const ACCIONES: Record<NonNullable<Registro['retencion']>['accion'], string> = {
  borrar: 'se borra',
  seudonimizar: 'se seudonimiza (se quitan los datos personales)',
  reemplazar_en_importacion: 'se reemplaza en cada importación',
}

/** A legal basis in a few words, for the summary table (the full text is in each section). */
const BASES_CORTAS: Record<Base, string> = {
  funcion_publica: 'Función pública (Título IV)',
  electoral: 'Ley 18.700, art. 139 bis',
  sanitaria: 'Código Sanitario, alerta sanitaria',
  contrato_cuenta: 'Solicitud de la persona y seguridad',
  responsabilidad: 'Responsabilidad y seguridad',
  consentimiento: 'Consentimiento',
  registro_fuente: 'Registro de otro órgano',
  derechos_titular: 'Derechos del titular',
  ninguna: '—',
}

/** The categories a table holds, each with the columns that hold it, in the catalog's order. */
export function categoriasDe(registro: Registro): { categoria: Categoria; columnas: string[] }[] {
  const columnas = Object.entries(registro.columnas)
  return (Object.keys(CATEGORIAS) as Categoria[]).flatMap((categoria) => {
    const found = columnas.filter(([, categorias]) => categorias?.includes(categoria)).map(([name]) => name)
    return found.length > 0 ? [{ categoria, columnas: found }] : []
  })
}

/** Whether a table holds personal data at all (some column has a category). */
export const tieneDatos = (registro: Registro) => Object.values(registro.columnas).some((c) => c !== null)

const code = (names: readonly string[]) => names.map((name) => `\`${name}\``).join(', ')
/** A cell of a Markdown table: no pipe may end it early. */
const cell = (text: string) => text.replaceAll('|', '\\|')

function seccion(tabla: string, registro: Registro): string {
  const lines = [
    `### \`${tabla}\`: ${registro.descripcion}`,
    '',
    `- **Finalidad:** ${registro.finalidad}.`,
    `- **Base de licitud:** ${BASES[registro.base]}.`,
    '- **Categorías de datos:**',
    ...categoriasDe(registro).map(
      ({ categoria, columnas }) => `  - ${CATEGORIAS[categoria]}: ${code(columnas)}`,
    ),
  ]
  if (registro.retencion) {
    lines.push(`- **Conservación:** ${registro.retencion.plazo}.`)
    lines.push(`- **Al vencer el plazo:** ${ACCIONES[registro.retencion.accion]}.`)
  }
  lines.push(`- **Quién puede leerlo:** ${registro.lectores.map(lector).join('; ')}.`)
  if (registro.rectificables && registro.rectificables.length > 0)
    lines.push(`- **La persona puede pedir que se corrija:** ${code(registro.rectificables)}.`)
  return lines.join('\n')
}

function resumen(tablas: [string, Registro][]): string {
  return [
    '| registro | tabla | conservación | al vencer | base de licitud |',
    '|---|---|---|---|---|',
    ...tablas.map(([tabla, registro]) => {
      const cells = [
        registro.descripcion,
        `\`${tabla}\``,
        registro.retencion?.plazo ?? '—',
        registro.retencion ? ACCIONES[registro.retencion.accion] : '—',
        BASES_CORTAS[registro.base],
      ]
      return `| ${cells.map(cell).join(' | ')} |`
    }),
  ].join('\n')
}

/**
 * The whole document: the record made from `catalogo`, then `parts` as they are.
 *
 * @example
 * writeFileSync(DOC_FILE, privacyDoc(CATALOGO, readParts()))
 */
export function privacyDoc(
  catalogo: Record<string, Registro>,
  parts: readonly { path: string; text: string }[],
) {
  const todas = Object.entries(catalogo)
  const conDatos = todas.filter(([, registro]) => tieneDatos(registro))
  const sinDatos = todas.filter(([, registro]) => !tieneDatos(registro))
  return [
    '# Datos personales: registro de actividades de tratamiento',
    '',
    '<!-- Generado por `npm run privacy:doc` (scripts/privacy-doc.ts) desde db/catalog.ts y docs/privacy/*.md. No lo edite: cambie el catálogo o las partes y vuelva a generarlo. -->',
    '',
    '*English: the record of processing activities the portal keeps under Ley 19.628 as amended by',
    'Ley 21.719, generated from the data catalog (`db/catalog.ts`), then the data-protection impact',
    'assessment and the breach procedure (`docs/privacy/`). In Spanish: the Agency and the staff who',
    'apply it read Spanish.*',
    '',
    'Responsable del tratamiento: el órgano que opera el portal (en el servicio real, Carabineros de',
    'Chile). Este documento se genera desde el catálogo de datos que el propio sistema cumple: una',
    'prueba impide que una migración agregue una tabla o columna que el catálogo no declare, y el',
    'proceso de mantención aplica cada plazo de conservación aquí escrito. Quien cambie el catálogo',
    'vuelve a generarlo con `npm run privacy:doc`; la integración continua falla si no lo hizo.',
    '',
    '1. [Registro de actividades de tratamiento](#registro-de-actividades-de-tratamiento)',
    '2. [Resumen: conservación y base de licitud](#resumen-conservación-y-base-de-licitud)',
    '3. [Tablas sin datos personales](#tablas-sin-datos-personales)',
    '4. [Evaluación de impacto](#evaluación-de-impacto-en-protección-de-datos)',
    '5. [Procedimiento ante una vulneración de seguridad](#procedimiento-ante-una-vulneración-de-seguridad)',
    '',
    '## Registro de actividades de tratamiento',
    '',
    `${conDatos.length} tablas contienen datos personales. Para cada una: qué es, para qué se trata, con qué`,
    'base de licitud, qué categorías de datos guarda (y en qué columnas), cuánto tiempo se conserva,',
    'qué pasa al vencer el plazo y quién puede leerla. Toda lectura de datos personales por un',
    'funcionario queda en el registro de auditoría y la persona la ve en «Quién vio mis datos».',
    '',
    conDatos.map(([tabla, registro]) => seccion(tabla, registro)).join('\n\n'),
    '',
    '## Resumen: conservación y base de licitud',
    '',
    resumen(conDatos),
    '',
    '## Tablas sin datos personales',
    '',
    `${code(sinDatos.map(([tabla]) => tabla))}: datos de referencia y de funcionamiento, sin plazo de conservación.`,
    '',
    ...parts.map(({ path, text }) => `<!-- ${path} -->\n\n${text.trim()}\n`),
  ].join('\n')
}

/** The parts written by hand, read from the repository. */
export function readParts(root = ROOT): { path: string; text: string }[] {
  return PARTS.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }))
}

if (import.meta.main) {
  writeFileSync(join(ROOT, DOC_FILE), privacyDoc(CATALOGO, readParts()))
  console.log(`${DOC_FILE}: ${Object.keys(CATALOGO).length} tables of db/catalog.ts, and ${PARTS.join(', ')}`)
}
