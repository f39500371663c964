import { asc, eq } from 'drizzle-orm'
import type { Resultado } from '../../core/reencuentro/tipos.ts'
import { formatRun } from '../../core/run.ts'
import { comunas, reencuentros, reencuentrosNotas } from '../../db/schema/index.ts'
import type { AccionContext, AccionPropiaInput, CasoDelServicio } from '../casos/maquina.ts'
import { AppError, invalidField } from '../errors.ts'
import { rowId } from '../ids.ts'
import type { Database } from '../ports.ts'
import { insertRow, type Write } from '../writes.ts'
import { consultasDelCaso } from './consultas.ts'

/**
 * The team's own actions on a search (the REENCUENTRO machine's `accionPropia`, decision 0064):
 * a note, the contact with the person found, what they chose, an end without contact, a death
 * told in person. The case's change (history entry, state, figures, audit, the requester's
 * e-mail) is worker/casos/cambio.ts's; this adds what each stores. Everything here is staff-only:
 * the requester's view reads the outcome's consequences (worker/reencuentro/ver.ts), never the outcome.
 *
 * @example
 * await accionDeReencuentro(ctx, caso, { accion: 'concluir', resultado: 'no_encontrado', nota: 'Sin rastro en los registros.' })
 */
export async function accionDeReencuentro(
  ctx: AccionContext,
  caso: CasoDelServicio,
  input: AccionPropiaInput,
): Promise<{ writes: Write[]; detalle: Record<string, string> }> {
  const now = ctx.clock.now()
  const fin = (resultado: Resultado, extra: Partial<typeof reencuentros.$inferInsert> = {}) =>
    ctx.db
      .update(reencuentros)
      .set({ resultado, resultadoAt: now, ...extra })
      .where(eq(reencuentros.casoId, caso.id))
  // A note in the team's words: its own row, named by id in the history (which keeps no personal data).
  const nota = (texto: string | undefined): { writes: Write[]; detalle: Record<string, string> } => {
    if (!texto) return { writes: [], detalle: {} }
    const id = rowId()
    return {
      writes: [
        insertRow(reencuentrosNotas, { id, casoId: caso.id, at: now, autor: ctx.actor.userId, texto }),
      ],
      detalle: { nota: id },
    }
  }
  switch (input.accion) {
    case 'anotar':
      return nota(input.nota)
    case 'contactar': {
      const n = nota(input.nota)
      return { writes: n.writes, detalle: { fecha: input.fecha, medio: input.medio, ...n.detalle } }
    }
    case 'registrar_consentimiento': {
      if (input.decision === 'nada')
        return { writes: [fin('sin_consentimiento')], detalle: { resultado: 'sin_consentimiento' } }
      if (input.decision === 'compartir_contacto') {
        const contacto = input.contacto
        if (!contacto) throw invalidField('contacto', 'required')
        if (!contacto.correo && !contacto.telefono) throw invalidField('contacto.correo', 'required')
        return {
          writes: [
            fin('compartir_contacto', {
              contactoNombre: contacto.nombre,
              contactoCorreo: contacto.correo ?? null,
              contactoTelefono: contacto.telefono ?? null,
              mensajeRespuesta: input.mensajeRespuesta ?? null,
            }),
          ],
          detalle: { resultado: 'compartir_contacto' },
        }
      }
      if (!input.mensajeRespuesta) throw invalidField('mensajeRespuesta', 'required')
      if (input.contacto) throw invalidField('contacto', 'invalid')
      return {
        writes: [fin('solo_mensaje', { mensajeRespuesta: input.mensajeRespuesta })],
        detalle: { resultado: 'solo_mensaje' },
      }
    }
    case 'concluir': {
      const n = nota(input.nota)
      return {
        writes: [fin(input.resultado), ...n.writes],
        detalle: { resultado: input.resultado, ...n.detalle },
      }
    }
    case 'informar_en_persona': {
      // Only a death is told in person, and once.
      const [fila] = await ctx.db
        .select({ resultado: reencuentros.resultado, informadoAt: reencuentros.informadoAt })
        .from(reencuentros)
        .where(eq(reencuentros.casoId, caso.id))
      if (fila?.resultado !== 'fallecido' || fila.informadoAt) throw new AppError('conflict')
      const write = ctx.db
        .update(reencuentros)
        .set({
          informadoAt: now,
          informadoFecha: input.fecha,
          informadoLugar: input.lugar,
          informadoPor: ctx.actor.userId,
        })
        .where(eq(reencuentros.casoId, caso.id))
      const n = nota(input.nota)
      return { writes: [write, ...n.writes], detalle: { fecha: input.fecha, ...n.detalle } }
    }
    default:
      throw invalidField('accion', 'invalid_option')
  }
}

/**
 * What the team sees of a search when they open it: the whole request (with the RUN sought), the
 * requester's contact, the outcome with what the person found chose to share, and the registry
 * look-ups made for it (worker/reencuentro/consultas.ts: registry, RUN, reason, who, when, result).
 */
export async function detalleDeReencuentro(
  db: Database,
  caso: CasoDelServicio,
): Promise<Record<string, unknown>> {
  const [[fila], notas, consultas] = await Promise.all([
    db
      .select({ r: reencuentros, comuna: comunas.name })
      .from(reencuentros)
      .innerJoin(comunas, eq(comunas.cut, reencuentros.ultimaComunaCut))
      .where(eq(reencuentros.casoId, caso.id)),
    db
      .select({ id: reencuentrosNotas.id, at: reencuentrosNotas.at, texto: reencuentrosNotas.texto })
      .from(reencuentrosNotas)
      .where(eq(reencuentrosNotas.casoId, caso.id))
      .orderBy(asc(reencuentrosNotas.at), asc(reencuentrosNotas.id)),
    consultasDelCaso(db, caso.id),
  ])
  if (!fila) return {}
  const { r } = fila
  return {
    buscado: {
      nombres: r.buscadoNombres,
      apellidos: r.buscadoApellidos,
      run: r.buscadoRun ? formatRun(r.buscadoRun) : null,
      nacimientoAnio: r.nacimientoAnio,
      relacion: r.relacion,
    },
    ultimaComuna: { cut: r.ultimaComunaCut, nombre: fila.comuna },
    ultimoLugar: r.ultimoLugar,
    ultimoContactoAnio: r.ultimoContactoAnio,
    motivoDistancia: r.motivoDistancia,
    mensaje: r.mensaje,
    solicitante: { email: r.email, telefono: r.telefono },
    resultado: r.resultado,
    resultadoAt: r.resultadoAt?.toISOString() ?? null,
    contacto: r.contactoNombre
      ? { nombre: r.contactoNombre, correo: r.contactoCorreo, telefono: r.contactoTelefono }
      : null,
    mensajeRespuesta: r.mensajeRespuesta,
    informadoEnPersona: r.informadoAt
      ? {
          at: r.informadoAt.toISOString(),
          fecha: r.informadoFecha,
          lugar: r.informadoLugar,
          por: r.informadoPor,
        }
      : null,
    /** The team's notes, each named by id in the history's entries (`detalle.nota`). */
    notas: notas.map((n) => ({ id: n.id, at: n.at.toISOString(), texto: n.texto })),
    consultas: consultas.map((c) => ({ ...c, run: c.run ? formatRun(c.run) : null })),
  }
}
