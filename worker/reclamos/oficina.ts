import { and, eq } from 'drizzle-orm'
import { formatLocal } from '../../core/time.ts'
import { reclamos, reclamosDescargos, unidades } from '../../db/schema/index.ts'
import type { AccionContext, AccionPropiaInput, CasoDelServicio } from '../casos/maquina.ts'
import { formatNumero } from '../denuncias/numero.ts'
import { correoConPdf, enlaceVerificacion, guardarPdf } from '../documents/emitir.ts'
import { reportPdf } from '../documents/pdf.ts'
import { signDocument } from '../documents/signing.ts'
import { invalidField } from '../errors.ts'
import { rowId } from '../ids.ts'
import { insertRow, type Write } from '../writes.ts'
import { reclamoRespondidoMail } from './correo-respuesta.ts'

/** What the signed answer's QR says it is (`/verificar` then finds the complaint by its número). */
export const DOCUMENTO_RESPUESTA = 'reclamo_respuesta'

/**
 * The complaints office's own actions on a complaint (the RECLAMO machine's `accionPropia`): the
 * request to a unit for its account, the written answer, the referral. The case's change (its
 * history entry, state, figures, audit) is worker/casos/cambio.ts's; this adds what each stores.
 *
 * @example
 * const { writes, detalle } = await accionDeOficina(ctx, caso, { accion: 'remitir', destino: 'fiscalia', donde: 'Fiscalía Local de Santiago Centro', fundamento: '…' })
 */
export async function accionDeOficina(
  ctx: AccionContext,
  caso: CasoDelServicio,
  input: AccionPropiaInput,
): Promise<{ writes: Write[]; detalle: Record<string, string> }> {
  const now = ctx.clock.now()
  switch (input.accion) {
    case 'pedir_descargo': {
      const [unidad] = await ctx.db
        .select({ code: unidades.code, name: unidades.name })
        .from(unidades)
        .where(and(eq(unidades.code, input.unidad), eq(unidades.active, true)))
      if (!unidad) throw invalidField('unidad', 'invalid_option')
      const id = rowId()
      const pedido = insertRow(reclamosDescargos, {
        id,
        casoId: caso.id,
        unidadCode: unidad.code,
        pedido: input.pedido,
        pedidoPor: ctx.actor.userId,
        pedidoAt: now,
      })
      return { writes: [pedido], detalle: { descargo: id, unidad: unidad.code, unidad_nombre: unidad.name } }
    }
    case 'contestar':
      return contestar(ctx, caso, input.texto)
    case 'remitir': {
      const remision = ctx.db
        .update(reclamos)
        .set({
          derivacionDestino: input.destino,
          derivacionDonde: input.donde,
          derivacionMotivo: input.fundamento,
          derivacionAt: now,
        })
        .where(eq(reclamos.casoId, caso.id))
      return {
        writes: [remision],
        detalle: { destino: input.destino, donde: input.donde, motivo: input.fundamento },
      }
    }
    default:
      // Another service's action: the complaints machine has no step for it.
      throw invalidField('accion', 'invalid_option')
  }
}

/**
 * The written answer: a signed PDF (stored before the batch under a fresh key: a batch that loses
 * leaves an unused file) with the complaint's número, the day it was received and the answer, its
 * QR to `/verificar`; the answer kept on the complaint for the citizen's page; the e-mail in the
 * citizen's language with the PDF attached. Neither names the complainant: the PDF may be shown.
 */
async function contestar(ctx: AccionContext, caso: CasoDelServicio, texto: string) {
  const now = ctx.clock.now()
  const token = await signDocument(ctx.keys, {
    t: DOCUMENTO_RESPUESTA,
    c: caso.numero,
    n: '',
    r: '',
    i: Math.floor(now.getTime() / 1000),
  })
  const pdf = await reportPdf({
    title: 'Respuesta a su reclamo',
    intro: [
      `La oficina de reclamos de Carabineros de Chile responde el reclamo N° ${formatNumero(caso.numero)}, recibido por la Comisaría Virtual el ${formatLocal(caso.createdAt)} (hora de Chile continental). Si la respuesta no lo satisface, puede decirlo en «Mis trámites» y pedir que se reabra una vez, dentro de 30 días.`,
    ],
    verification: {
      label: 'Número de trámite',
      code: formatNumero(caso.numero),
      qr: enlaceVerificacion(token, ctx.publicUrl),
      footer: `Verifique esta respuesta en ${new URL('/verificar', ctx.publicUrl).toString()} escaneando el código QR.`,
    },
    sections: [
      {
        heading: 'Respuesta',
        rows: [
          ['Fecha', `${formatLocal(now)} (hora de Chile continental)`],
          ['Texto', texto],
        ],
      },
    ],
  })
  const pdfKey = await guardarPdf(ctx.files, 'reclamos', `${caso.numero}-respuesta`, pdf)
  const writes: Write[] = [
    ctx.db
      .update(reclamos)
      .set({ respuestaTexto: texto, respuestaAt: now, respuestaPdfKey: pdfKey, respuestaToken: token })
      .where(eq(reclamos.casoId, caso.id)),
  ]
  // The case's address: the one the complaint's form gave.
  const to = ctx.correo
  if (to) {
    const link = new URL(`/reclamos/${caso.numero}`, ctx.publicUrl).toString()
    const { subject, text } = reclamoRespondidoMail[ctx.locale]({ numero: caso.numero, link })
    writes.push(
      correoConPdf(now, ctx.publicUrl, { to, subject, text }, pdfKey, `respuesta-reclamo-${caso.numero}.pdf`),
    )
  }
  return { writes, detalle: {} }
}
