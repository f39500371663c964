import { TIPOS, type TipoDenuncia } from '../../core/denuncias/tipos.ts'
import { formatPatente } from '../../core/identificadores.ts'
import type { RespuestasDenuncia } from '../../db/schema/denuncias.ts'
import { horaRecibo, type PersonaRecibo, seccionesRecibo } from '../casos/recibo.ts'
import { reportPdf } from '../documents/pdf.ts'
import { formatNumero } from './numero.ts'
import { camposDenuncia, opcionesDenuncia } from './palabras.ts'

/** A report as it was sent, with what the receipt adds: its number, its time, its signed payload. */
export interface Recibo {
  numero: string
  createdAt: Date
  venceAt: Date
  tipo: TipoDenuncia
  hechoDesde: Date
  hechoHasta: Date | null
  comuna: string
  lugar: string
  punto: { lat: number; lon: number } | null
  relato: string
  respuestas: Omit<RespuestasDenuncia, 'archivos'>
  denunciante: PersonaRecibo & { comunaDomicilio: string }
  /** The QR's target: the verification page with the signed payload. */
  verificacion: string
  publicUrl: string
}

/** An evidence file as the receipt lists it (chain of custody: what arrived, by its hash). */
export interface ArchivoRecibo {
  nombre: string
  sha256: string
}

const hora = horaRecibo
const pesos = (n: number) => `$${n.toLocaleString('es-CL')}`
const label = (field: string) => (camposDenuncia.es as Record<string, string>)[field] ?? field

/** What an offence's own answer says, in words: a plate as printed, pesos, an option's name. */
function detalle(id: string, value: string | number): string {
  if (id === 'patente' && typeof value === 'string') return formatPatente(value)
  if (typeof value === 'number') return pesos(value)
  return opcionesDenuncia.es[value] ?? value
}

function cuando(recibo: Recibo): string {
  return recibo.hechoHasta
    ? `Entre el ${hora(recibo.hechoDesde)} y el ${hora(recibo.hechoHasta)}`
    : hora(recibo.hechoDesde)
}

/**
 * The signed receipt of a denuncia (a PDF of any length, pdf-lib: the same on Node and in
 * workerd): the report as it was sent, the complainant and how their identity was proven, the
 * evidence files by name and SHA-256, the time, the number grouped for reading aloud, and the
 * QR code to `/verificar`.
 *
 * @example
 * const pdf = await reciboPdf(recibo, [{ nombre: 'foto.jpg', sha256: 'e3b0…' }])
 */
export function reciboPdf(recibo: Recibo, archivos: readonly ArchivoRecibo[]): Promise<Uint8Array> {
  const { respuestas, denunciante: d } = recibo
  const tipo = TIPOS[recibo.tipo]
  const numbered = (heading: string, i: number) => `${heading} ${i + 1}`
  const comunes = seccionesRecibo(
    { heading: 'Denunciante', persona: d, extra: [[label('comunaDomicilio'), d.comunaDomicilio]] },
    respuestas.testigos,
    archivos,
  )
  return reportPdf({
    title: `Denuncia por ${tipo.nombreLegal.toLowerCase()}`,
    intro: [
      `Carabineros de Chile recibió esta denuncia por la Comisaría Virtual el ${hora(recibo.createdAt)}. Personal de la Comisaría Virtual la analizará antes del ${hora(recibo.venceAt)} y la derivará a la unidad policial que corresponde al domicilio de la persona denunciante, la que la remitirá a la Fiscalía. Cada cambio de estado se le informará por correo electrónico y en «Mis trámites».`,
    ],
    verification: {
      label: 'Número de trámite',
      code: formatNumero(recibo.numero),
      qr: recibo.verificacion,
      footer: `Verifique este comprobante en ${new URL('/verificar', recibo.publicUrl).toString()} con su número o escaneando el código QR. La verificación pública confirma sólo que la denuncia existe, su fecha y su estado; no muestra su contenido.`,
    },
    sections: [
      comunes.persona,
      {
        heading: 'El hecho',
        rows: [
          ['Delito', `${tipo.nombreLegal} (${tipo.articulo})`],
          ['Cuándo', cuando(recibo)],
          ['Comuna', recibo.comuna],
          [label('lugar'), recibo.lugar],
          ...(recibo.punto
            ? [
                ['Coordenadas', `${recibo.punto.lat.toFixed(5)}, ${recibo.punto.lon.toFixed(5)}`] as [
                  string,
                  string,
                ],
              ]
            : []),
          [label('relato'), recibo.relato],
          ...Object.entries(respuestas.detalles).map(([id, value]): [string, string] => [
            label(`detalles.${id}`),
            detalle(id, value),
          ]),
        ],
      },
      ...respuestas.objetos.map((objeto, i) => ({
        heading: numbered('Objeto', i),
        rows: [
          ['Descripción', String(objeto.descripcion ?? '')],
          ...(objeto.valor !== undefined ? [['Valor estimado', pesos(Number(objeto.valor))]] : []),
          ...(objeto.serie ? [['Número de serie', String(objeto.serie)]] : []),
          ...(objeto.imei ? [['IMEI', String(objeto.imei)]] : []),
        ] as [string, string][],
      })),
      ...respuestas.sospechosos.map((sospechoso, i) => ({
        heading: numbered('Sospechoso', i),
        rows: [
          ...(sospechoso.nombre ? [['Nombre', sospechoso.nombre]] : []),
          ['Descripción', sospechoso.descripcion],
        ] as [string, string][],
      })),
      ...comunes.testigos,
      comunes.archivos,
      {
        heading: 'Declaración',
        rows: [
          [
            'Veracidad',
            'Declaró que los hechos relatados son verdaderos, sabiendo que hacer una denuncia falsa es delito (art. 211 del Código Penal).',
          ],
          [
            'Primera denuncia',
            'Declaró que este hecho no fue denunciado antes ante Carabineros, la PDI o el Ministerio Público.',
          ],
        ],
      },
    ],
  })
}
