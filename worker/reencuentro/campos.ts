import * as v from 'valibot'
import { EmailField } from '../identity/schemas.ts'
import { line, paragraph } from '../text.ts'
import { MEDIOS_CONTACTO } from './tipos.ts'

/*
 * The fields of the team's actions on a search (worker/casos/schema.ts's AccionInput composes
 * them), each checked once; the staff screens check the same fields.
 */

/** A day, as `YYYY-MM-DD`. */
export const DiaAccion = v.pipe(v.string(), v.trim(), v.isoDate())

/** A staff-only note on the search. */
export const NotaReencuentro = paragraph(2000, 2)

/** How the team reached the person found. */
export const MedioContacto = v.picklist(MEDIOS_CONTACTO)

/** What the person found chose: share their contact, send a message only, or nothing. */
export const DecisionConsentimiento = v.picklist(['compartir_contacto', 'solo_mensaje', 'nada'])

/** The contact the person found chose to share: a name, and an e-mail or a phone as they gave it. */
export const ContactoCompartido = v.strictObject({
  nombre: line(200),
  correo: v.optional(EmailField),
  telefono: v.optional(line(40)),
})

/** The message the person found sends back to the requester. */
export const MensajeRespuesta = paragraph(2000, 2)

/** How a search without contact ended. */
export const ResultadoSinContacto = v.picklist(['no_encontrado', 'fallecido'])

/** Where a death was told to the requester in person. */
export const LugarInforme = line(200, 2)
