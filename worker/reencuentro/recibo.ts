import { formatRun } from '../../core/run.ts'
import { horaRecibo, type PersonaRecibo, seccionesRecibo, verificacionRecibo } from '../casos/recibo.ts'
import { reportPdf } from '../documents/pdf.ts'
import { camposReencuentro } from './palabras.ts'
import type { ReencuentroInput } from './schema.ts'

/** A search request as sent, with what the receipt adds: its number, its time, its QR. */
export interface ReciboReencuentro {
  numero: string
  createdAt: Date
  input: ReencuentroInput
  /** The last known comuna's name. */
  comuna: string
  solicitante: PersonaRecibo
  /** The QR's target: the verification page with the signed payload. */
  verificacion: string
  publicUrl: string
}

const label = (field: keyof (typeof camposReencuentro)['es']) => camposReencuentro.es[field]
const RELACION: Record<ReencuentroInput['relacion'], string> = {
  madre: 'Madre',
  padre: 'Padre',
  hijo: 'Hijo o hija',
  hermano: 'Hermano o hermana',
  abuelo: 'Abuelo o abuela',
  nieto: 'Nieto o nieta',
  tio: 'Tío o tía',
  sobrino: 'Sobrino o sobrina',
  primo: 'Primo o prima',
  pareja: 'Pareja o expareja',
  otro: 'Otro',
}

/**
 * The signed receipt of a search request (pdf-lib, the same on Node and in workerd): the request
 * as sent, who made it and how their identity was proven, the number grouped for reading aloud
 * and the QR to `/verificar`. It says what the service promises: the person found decides.
 *
 * @example
 * const pdf = await reciboReencuentroPdf(recibo)
 */
export function reciboReencuentroPdf(recibo: ReciboReencuentro): Promise<Uint8Array> {
  const { input } = recibo
  const { persona } = seccionesRecibo({ heading: 'Solicitante', persona: recibo.solicitante }, [], [])
  const no = 'No indicado'
  return reportPdf({
    title: 'Solicitud de reencuentro familiar',
    intro: [
      `Carabineros de Chile recibió esta solicitud por la Comisaría Virtual el ${horaRecibo(recibo.createdAt)}. El equipo de reencuentro buscará a la persona con fines humanitarios. Si la encuentra, es ella quien decide si retoma el contacto y qué se le comunica a usted. Cada cambio de estado se le informará por correo electrónico y en «Mis trámites».`,
    ],
    verification: verificacionRecibo(recibo),
    sections: [
      persona,
      {
        heading: 'La persona que busca',
        rows: [
          ['Nombres', input.nombres],
          ['Apellidos', input.apellidos],
          ['RUN', input.run ? formatRun(input.run) : no],
          [label('nacimientoAnio'), input.nacimientoAnio ? String(input.nacimientoAnio) : no],
          [label('relacion'), RELACION[input.relacion]],
        ],
      },
      {
        heading: 'El último contacto',
        rows: [
          [label('ultimaComuna'), recibo.comuna],
          [label('ultimoLugar'), input.ultimoLugar ?? no],
          [label('ultimoContactoAnio'), String(input.ultimoContactoAnio)],
          [label('motivoDistancia'), input.motivoDistancia ?? no],
        ],
      },
      { heading: 'Su mensaje para la persona', rows: [['Mensaje', input.mensaje]] },
    ],
  })
}
