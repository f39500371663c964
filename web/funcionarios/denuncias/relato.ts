import type { Relato } from '../casos/Historia.tsx'
import { tdn } from './i18n/index.ts'
import { palabra, tipoLabel } from './palabras.tsx'

/**
 * How a report's history tells its entries (web/funcionarios/casos/Historia.tsx): the unit, the
 * Fiscalía and RUC, the type, the close's reason and the other report's número in the words; the
 * earlier report's número, where to go and the type before as further lines.
 */
export const RELATO_DENUNCIA: Relato = {
  params: ({ detalle: d }) => ({
    unidad: d.unidad_nombre ?? d.unidad ?? '',
    fiscalia: d.fiscalia_nombre ?? d.fiscalia ?? '',
    ruc: d.ruc ?? '',
    tipo: tipoLabel(d.tipo),
    motivo: palabra('dn.motivo', d.motivo),
    numero: d.numero_anterior ?? d.numero_duplicado ?? '',
  }),
  notas: (entrada) => {
    const d = entrada.detalle
    return [
      ...(entrada.accion === 'cerrar' && d.numero_anterior
        ? [tdn('dn.accion.numeroAnterior', { numero: d.numero_anterior })]
        : []),
      ...(d.donde_acudir ? [tdn('dn.accion.dondeAcudir', { texto: d.donde_acudir })] : []),
      ...(d.tipo_anterior ? [tdn('dn.accion.tipoAnterior', { tipo: tipoLabel(d.tipo_anterior) })] : []),
    ]
  },
}
