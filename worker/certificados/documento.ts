import { type Campo, TIPOS, type TipoCertificado } from '../../core/certificados/tipos.ts'
import { formatPatente } from '../../core/identificadores.ts'
import { formatRun } from '../../core/run.ts'
import { formatCivilDate, formatLocal } from '../../core/time.ts'
import { reportPdf } from '../documents/pdf.ts'
import { opcionesImpresas } from './palabras.ts'
import type { Respuestas } from './schema.ts'

const MESES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
]

/** An answer as the document prints it, by its question's kind. */
function impreso(campo: Campo, valor: string, comunas: ReadonlyMap<string, string>): string {
  switch (campo.tipo) {
    case 'fecha':
      return formatCivilDate(valor)
    case 'fecha_hora': {
      const [fecha = '', hora = ''] = valor.split('T')
      return `${formatCivilDate(fecha)} a las ${hora} horas`
    }
    case 'mes': {
      const [ano = '', mes = '1'] = valor.split('-')
      return `${MESES[Number(mes) - 1] ?? mes} de ${ano}`
    }
    case 'comuna':
      return comunas.get(valor) ?? valor
    case 'run':
      return formatRun(valor)
    case 'patente':
      return formatPatente(valor)
    case 'telefono':
      return valor.replace(/^\+56(\d)(\d{4})(\d{4})$/, '+56 $1 $2 $3')
    case 'monto':
      return `$${valor.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`
    case 'opcion':
      return opcionesImpresas[valor] ?? valor
    default:
      return valor
  }
}

/**
 * The answers formatted for print, keyed by question id, as the type's `texto` takes them: dates
 * `dd-mm-aaaa`, months in Spanish words, a comuna by its name, a RUN with dots, options by their
 * Spanish labels, a list's groups one after the other (`Cédula de identidad, N° 12345678; Pasaporte`).
 * An unanswered question is `''`.
 *
 * @example
 * respuestasImpresas('extravio_celular', respuestas, comunas).fecha // '01-12-2026'
 */
export function respuestasImpresas(
  tipo: TipoCertificado,
  respuestas: Respuestas,
  comunas: ReadonlyMap<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const campo of TIPOS[tipo].campos) {
    const valor = respuestas[campo.id]
    if (valor === undefined) out[campo.id] = ''
    else if (typeof valor === 'string') out[campo.id] = impreso(campo, valor, comunas)
    else if (campo.tipo === 'lista')
      out[campo.id] = valor
        .map((grupo) =>
          campo.campos
            .flatMap((sub) => {
              const v = grupo[sub.id]
              if (!v) return []
              const texto = impreso(sub, v, comunas)
              return [sub.id === 'numero' ? `N° ${texto}` : texto]
            })
            .join(', '),
        )
        .join('; ')
  }
  return out
}

/** What the document needs beyond the answers. */
export interface Documento {
  codigo: string
  tipo: TipoCertificado
  titular: { nombres: string; apellidos: string; run: string; identidad: 'claveunica' | 'self' }
  respuestas: Respuestas
  comunas: ReadonlyMap<string, string>
  emitidoAt: Date
  /** What the QR carries: the verification URL with the signed payload. */
  verificacion: string
  publicUrl: string
}

/**
 * The PDF of a constancia, one template for the nine types: the type's legal name, what the
 * holder declared in the type's words with the answers formatted for print, the next step, the
 * declaration under art. 210 of the Código Penal, who the holder is and how their identity was
 * proven, the issuing date and time in Chile, and its number with the QR that verifies it. A
 * report (pages added as the text grows: a 2,000-character narrative fits).
 *
 * @example
 * const pdf = await certificadoPdf({ codigo, tipo: 'extravio_celular', titular, respuestas, comunas, emitidoAt, verificacion, publicUrl })
 */
export async function certificadoPdf(doc: Documento): Promise<Uint8Array> {
  const tipo = TIPOS[doc.tipo]
  const nombre = `${doc.titular.nombres} ${doc.titular.apellidos}`.trim()
  const impresas = respuestasImpresas(doc.tipo, doc.respuestas, doc.comunas)
  const siguiente = tipo.siguientePaso?.(impresas) ?? null
  const verificar = new URL('/verificar', doc.publicUrl).toString()
  return reportPdf({
    title: tipo.nombreLegal,
    intro: [
      `Carabineros de Chile deja constancia de lo siguiente, según lo declarado por la persona individualizada, en la Comisaría Virtual, el ${formatLocal(doc.emitidoAt)} (hora de Chile continental):`,
      tipo.texto(nombre, impresas),
      ...(siguiente ? [`Siguiente paso: ${siguiente}`] : []),
      'La persona declaró bajo su responsabilidad que lo informado es verdadero. Entregar datos falsos o inexactos constituye delito sancionado por el artículo 210 del Código Penal. Esta constancia registra una declaración: no acredita la veracidad de los hechos.',
    ],
    verification: {
      label: 'Número de la constancia',
      code: doc.codigo,
      qr: doc.verificacion,
      footer: `Verifique esta constancia en ${verificar} con su número, o escaneando el código QR.`,
    },
    sections: [
      {
        heading: 'Titular',
        rows: [
          ['Nombre', nombre],
          ['RUN', formatRun(doc.titular.run)],
          [
            'Identidad acreditada con',
            doc.titular.identidad === 'claveunica'
              ? 'ClaveÚnica'
              : 'Cuenta de la Comisaría Virtual con correo verificado (RUN declarado por la persona)',
          ],
        ],
      },
      {
        heading: 'Emisión',
        rows: [
          ['Constancia', tipo.nombreLegal],
          ['Número', doc.codigo],
          ['Emitida el', `${formatLocal(doc.emitidoAt)} (hora de Chile continental)`],
        ],
      },
    ],
  })
}
