import type { RespuestasReclamo } from '../../db/schema/reclamos.ts'
import { horaRecibo, type PersonaRecibo, seccionesRecibo, verificacionRecibo } from '../casos/recibo.ts'
import { reportPdf } from '../documents/pdf.ts'
import { camposReclamo } from './palabras.ts'

/** A complaint as it was sent, with what the receipt adds: its number, its time, its due date, its QR. */
export interface ReciboReclamo {
  numero: string
  createdAt: Date
  venceAt: Date
  fecha: string
  hora: string | null
  comuna: string
  lugar: string
  unidad: string
  vehiculo: string | null
  relato: string
  peticion: string
  respuestas: RespuestasReclamo
  reclamante: PersonaRecibo
  /** The QR's target: the verification page with the signed payload. */
  verificacion: string
  publicUrl: string
}

const label = (field: string) => (camposReclamo.es as Record<string, string>)[field] ?? field

/**
 * The signed receipt of a complaint (pdf-lib, the same on Node and in workerd): the complaint as
 * sent, who made it and how their identity was proven, the evidence by name and SHA-256, the
 * answer's legal due date, the number grouped for reading aloud and the QR to `/verificar`. It
 * says that the unit concerned will not learn who complained: that is what the citizen must trust.
 *
 * @example
 * const pdf = await reciboReclamoPdf(recibo)
 */
export function reciboReclamoPdf(recibo: ReciboReclamo): Promise<Uint8Array> {
  const { respuestas, reclamante } = recibo
  const comunes = seccionesRecibo(
    { heading: 'Reclamante', persona: reclamante },
    respuestas.testigos,
    respuestas.archivos,
  )
  const f = respuestas.funcionario
  return reportPdf({
    title: 'Reclamo por la conducta de funcionarios policiales',
    intro: [
      `Carabineros de Chile recibió este reclamo por la Comisaría Virtual el ${horaRecibo(recibo.createdAt)}. La oficina de reclamos lo analizará y le responderá a más tardar el ${horaRecibo(recibo.venceAt)} (20 días hábiles, Ley 19.880). Su identidad se mantiene reservada: la unidad reclamada no conocerá su nombre, RUN ni datos de contacto. Cada cambio de estado se le informará por correo electrónico y en «Mis trámites».`,
    ],
    verification: verificacionRecibo(recibo),
    sections: [
      comunes.persona,
      {
        heading: 'Los hechos',
        rows: [
          ['Cuándo', recibo.hora ? `${recibo.fecha} a las ${recibo.hora}` : recibo.fecha],
          ['Comuna', recibo.comuna],
          ['Lugar', recibo.lugar],
          ['Qué ocurrió', recibo.relato],
        ],
      },
      {
        heading: 'A quién se refiere',
        rows: [
          ['Unidad policial', recibo.unidad],
          [label('funcionario.nombre'), f.nombre ?? 'No indicado'],
          [label('funcionario.grado'), f.grado ?? 'No indicado'],
          [label('funcionario.senas'), f.senas ?? 'No indicadas'],
          [label('vehiculo'), recibo.vehiculo ?? 'No indicado'],
        ],
      },
      ...comunes.testigos,
      comunes.archivos,
      { heading: 'Qué solicita', rows: [[label('peticion'), recibo.peticion]] },
      {
        heading: 'Declaración',
        rows: [['Veracidad', 'Declaró que los hechos relatados son verdaderos.']],
      },
    ],
  })
}
