import { and, eq } from 'drizzle-orm'
import { casos, reencuentros } from '../../db/schema/index.ts'
import { historiaCiudadano } from '../casos/historia.ts'
import { estadoParaCiudadano } from '../casos/maquina.ts'
import { casosSuyos } from '../casos/suyos.ts'
import { AppError } from '../errors.ts'
import type { Locale } from '../i18n/index.ts'
import type { Actor } from '../identity/actor.ts'
import type { ServiceContext } from '../service.ts'
import { REENCUENTRO } from './estados.ts'
import { CIERRE } from './palabras.ts'
import type { EstadoVisible, ReencuentroView } from './schema.ts'

/**
 * The requester's own search by its número, as read (404 for anyone else's, staff included).
 *
 * @example
 * const { caso, fila } = await reencuentroPropio(ctx, actor, 'K7PXQ2MZ9A')
 */
export async function reencuentroPropio(ctx: Pick<ServiceContext, 'db'>, actor: Actor, numero: string) {
  if (actor.kind !== 'citizen') throw new AppError('not_found')
  const [found] = await ctx.db
    .select({ caso: casos, fila: reencuentros })
    .from(casos)
    .innerJoin(reencuentros, eq(reencuentros.casoId, casos.id))
    .where(and(eq(casos.numero, numero), eq(casos.servicio, 'reencuentro'), casosSuyos(actor, reencuentros)))
  if (!found) throw new AppError('not_found')
  return found
}

/**
 * What the requester sees of their search (decision 0064): three states — `contactado` reads «En
 * búsqueda» —, a history of those states' dates and words only, the request as they sent it
 * without the RUN, and once concluded the same closing words whatever happened, with the contact
 * or the message back only when the person found chose to share them. A search that ended without
 * sharing (declined, not found, died) reads byte for byte alike; a staff-only step (a note, the
 * contact, a death told in person) changes nothing here.
 *
 * @example
 * const view = await vistaReencuentro(ctx, actor, 'K7PXQ2MZ9A', 'es')
 */
export async function vistaReencuentro(
  ctx: Pick<ServiceContext, 'db'>,
  actor: Actor,
  numero: string,
  locale: Locale,
): Promise<ReencuentroView> {
  const { caso, fila } = await reencuentroPropio(ctx, actor, numero)
  const palabras = REENCUENTRO.palabras[locale]
  const visible = (estado: string) => estadoParaCiudadano(REENCUENTRO, estado) as EstadoVisible
  const historia: ReencuentroView['historia'] = []
  let anterior: string | null = null
  for (const entrada of await historiaCiudadano(ctx.db, caso.id)) {
    const estado = visible(entrada.estado)
    // One entry per state the requester knows: a step that leaves it where they see it adds none.
    if (estado === anterior) continue
    anterior = estado
    historia.push({ at: entrada.at, texto: palabras.estados[estado] })
  }
  const estado = visible(caso.estado)
  return {
    estado,
    estadoTexto: palabras.estados[estado],
    recibidaEl: caso.createdAt.toISOString(),
    solicitud: {
      nombres: fila.buscadoNombres,
      apellidos: fila.buscadoApellidos,
      nacimientoAnio: fila.nacimientoAnio,
      relacion: fila.relacion,
      ultimaComuna: fila.ultimaComunaCut,
      ultimoLugar: fila.ultimoLugar,
      ultimoContactoAnio: fila.ultimoContactoAnio,
      motivoDistancia: fila.motivoDistancia,
      mensaje: fila.mensaje,
    },
    historia,
    cierre: estado === 'concluida' ? cierreDe(fila, locale) : null,
  }
}

/** The closing words, and what the person found chose to share: nothing else of the outcome. */
function cierreDe(fila: typeof reencuentros.$inferSelect, locale: Locale): ReencuentroView['cierre'] {
  const comparte = fila.resultado === 'compartir_contacto'
  const mensaje = comparte || fila.resultado === 'solo_mensaje' ? fila.mensajeRespuesta : null
  return {
    texto: CIERRE[locale],
    ...(comparte && fila.contactoNombre
      ? {
          contacto: {
            nombre: fila.contactoNombre,
            ...(fila.contactoCorreo ? { correo: fila.contactoCorreo } : {}),
            ...(fila.contactoTelefono ? { telefono: fila.contactoTelefono } : {}),
          },
        }
      : {}),
    ...(mensaje ? { mensaje } : {}),
  }
}
