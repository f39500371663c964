import { formatRun } from '../../core/run.ts'
import { formatLocal } from '../../core/time.ts'
import { formatNumero } from '../denuncias/numero.ts'
import type { ReportPdf } from '../documents/pdf.ts'

type Seccion = ReportPdf['sections'][number]
type Fila = [string, string]

/** An instant as a receipt prints it. */
export const horaRecibo = (instant: Date) => `${formatLocal(instant)} (hora de Chile continental)`

/**
 * A case's receipt's verification block: its number, the QR to `/verificar`, and what verifying
 * shows (that the receipt exists and its date, never its content).
 *
 * @example
 * reportPdf({ …, verification: verificacionRecibo(recibo) })
 */
export function verificacionRecibo(recibo: {
  numero: string
  verificacion: string
  publicUrl: string
}): NonNullable<ReportPdf['verification']> {
  return {
    label: 'Número de trámite',
    code: formatNumero(recibo.numero),
    qr: recibo.verificacion,
    footer: `Verifique este comprobante en ${new URL('/verificar', recibo.publicUrl).toString()} escaneando el código QR. La verificación confirma sólo que el comprobante existe y su fecha; no muestra su contenido.`,
  }
}

/** Who made a case's request, as its receipt prints them. */
export interface PersonaRecibo {
  nombres: string
  apellidos: string
  run: string
  identidad: 'claveunica' | 'self'
  email: string
  telefono: string | null
}

/**
 * The person a receipt names: the signed-in account's names and RUN, how the RUN was proven, the
 * contact the form gave.
 *
 * @example
 * personaRecibo(actor, '88888888-8', 'claveunica', { email: 'a@b.cl' })
 */
export function personaRecibo(
  actor: { givenNames: string; familyNames: string },
  run: string,
  identidad: PersonaRecibo['identidad'],
  contacto: { email: string; telefono?: string | undefined },
): PersonaRecibo {
  return {
    nombres: actor.givenNames,
    apellidos: actor.familyNames,
    run,
    identidad,
    email: contacto.email,
    telefono: contacto.telefono ?? null,
  }
}

/**
 * The sections every case's receipt shares: who made the request and how their identity was
 * proven (`extra`: rows a service adds, the home comuna of a denuncia), the witnesses, and the
 * evidence files by name and SHA-256 (chain of custody: what arrived, by its hash).
 *
 * @example
 * const { persona, testigos, archivos } = seccionesRecibo({ heading: 'Denunciante', persona: d }, respuestas.testigos, files)
 */
export function seccionesRecibo(
  quien: { heading: string; persona: PersonaRecibo; extra?: Fila[] },
  testigos: readonly { nombre: string; contacto?: string }[],
  archivos: readonly { nombre: string; sha256: string }[],
): { persona: Seccion; testigos: Seccion[]; archivos: Seccion } {
  const p = quien.persona
  return {
    persona: {
      heading: quien.heading,
      rows: [
        ['Nombre', `${p.nombres} ${p.apellidos}`],
        ['RUN', formatRun(p.run)],
        [
          'Identidad',
          p.identidad === 'claveunica'
            ? 'Verificada con ClaveÚnica'
            : 'Declarada por la persona (cuenta de la Comisaría Virtual, sin ClaveÚnica)',
        ],
        ['Correo electrónico', p.email],
        ['Teléfono', p.telefono ?? 'No indicado'],
        ...(quien.extra ?? []),
      ],
    },
    testigos: testigos.map((testigo, i) => ({
      heading: `Testigo ${i + 1}`,
      rows: [
        ['Nombre', testigo.nombre],
        ...(testigo.contacto ? [['Contacto', testigo.contacto] as Fila] : []),
      ],
    })),
    archivos: {
      heading: 'Archivos',
      rows:
        archivos.length > 0
          ? archivos.map((archivo): Fila => [archivo.nombre, `SHA-256 ${archivo.sha256}`])
          : [['Archivos', 'Sin archivos adjuntos']],
    },
  }
}
