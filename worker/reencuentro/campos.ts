import * as v from 'valibot'
import { isoDate } from '../../core/iso-date.ts'
import { MEDIOS_CONTACTO, REGISTROS_CONSULTABLES } from '../../core/reencuentro/tipos.ts'
import { EmailField, RunField } from '../identity/schemas.ts'
import { line, paragraph } from '../text.ts'

/*
 * The fields of the team's actions on a search (worker/casos/schema.ts's AccionInput composes
 * them), each checked once; the staff screens check the same fields.
 */

/** A day, as `YYYY-MM-DD`. */
export const DiaAccion = isoDate()

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

/** `POST /api/funcionarios/reencuentro/:numero/consultas`: which registry, whom, and why. */
export const ConsultaInput = v.strictObject({
  registro: v.picklist(REGISTROS_CONSULTABLES),
  run: RunField,
  motivo: paragraph(500, 10),
})
export type ConsultaInput = v.InferOutput<typeof ConsultaInput>

/** The labels of the look-up's fields whose plain names mean something else in other forms. */
export const ETIQUETAS_CONSULTA = {
  registro: 'reencuentro.consulta.registro',
  motivo: 'reencuentro.consulta.motivo',
} as const

/** What a look-up answers: the registry's record, or only `encontrado: false`. */
export interface ConsultaResultado {
  registro: ConsultaInput['registro']
  run: string
  encontrado: boolean
  civil?: {
    nombres: string
    apellidos: string
    fechaNacimiento: string
    fallecido: boolean
    fechaDefuncion: string | null
  }
  domicilio?: {
    direccion: string
    comuna: string
    comunaCut: string
    region: string
    fuente: string
    actualizadoEl: string
  }
}

/** A look-up's answer in a word, as the case lists it (the `reencuentro_consultas.resultado` column). */
export type ResumenConsulta = 'no_encontrado' | 'vivo' | 'fallecido' | 'domicilio'

/**
 * What a look-up found, in a word: nobody, a living or dead person, an address.
 *
 * @example
 * resumenDe({ registro: 'civil', run: '7654321-6', encontrado: false }) // 'no_encontrado'
 */
export function resumenDe(result: ConsultaResultado): ResumenConsulta {
  if (result.civil) return result.civil.fallecido ? 'fallecido' : 'vivo'
  return result.domicilio ? 'domicilio' : 'no_encontrado'
}
