import * as v from 'valibot'
import { MAX_ARCHIVOS } from '../archivos/limites.ts'
import {
  ContactoCompartido,
  DecisionConsentimiento,
  DiaAccion,
  LugarInforme,
  MedioContacto,
  MensajeRespuesta,
  NotaReencuentro,
  ResultadoSinContacto,
} from '../reencuentro/campos.ts'
import {
  DestinoRemision,
  DondeAcudir,
  DondeRemision,
  Mensaje,
  MotivoCierre,
  MotivoRemision,
  NumeroAnterior,
  NumeroCaso,
  PedidoDescargo,
  TextoCiudadano,
  TextoOficial,
  TipoId,
  UnidadCode,
} from './campos.ts'

/**
 * The ids of files uploaded through worker/archivos, attached to an answer or to information
 * added (`adjuntarArchivos`, worker/casos/preguntas.ts).
 */
const Archivos = v.optional(
  v.pipe(
    v.array(v.unknown()),
    v.maxLength(MAX_ARCHIVOS),
    // Checked as a whole: an error names the field, not one of its items (`archivos`, not `archivos.3`).
    v.check((ids) => ids.every((id) => typeof id === 'string' && /^[\w-]{1,64}$/.test(id)), 'invalid_format'),
    v.transform((ids) => ids as string[]),
  ),
)

/** `POST /api/casos/:numero/respuestas`: the citizen answers the question staff asked. */
export const RespuestaInput = v.strictObject({ texto: TextoCiudadano, archivos: Archivos })
export type RespuestaInput = v.InferOutput<typeof RespuestaInput>

/** `POST /api/casos/:numero/informacion`: the citizen adds information unasked. */
export const InformacionInput = v.strictObject({ texto: TextoCiudadano, archivos: Archivos })
export type InformacionInput = v.InferOutput<typeof InformacionInput>

/**
 * `POST /api/funcionarios/casos/:numero/acciones`: one staff action on a case, by its name: asking
 * the citizen for information, another type, a duplicate of an earlier case, a close with its
 * reason and the detail the reason needs, a unit; a complaint's request to a unit for its account,
 * the written answer to the citizen, a referral to the Fiscalía or the Inspección General. No two
 * actions name a field alike unless it is the same field (`unidad`): the staff screens and the
 * fuzz suite check each field by its name. Each service's machine says which it allows from
 * the case's state and who may take it. The fields are campos.ts's, which the staff screens check.
 */
export const AccionInput = v.variant('accion', [
  v.strictObject({ accion: v.literal('analizar') }),
  v.strictObject({ accion: v.literal('pedir_informacion'), mensaje: Mensaje }),
  v.strictObject({ accion: v.literal('reclasificar'), tipo: TipoId }),
  v.strictObject({ accion: v.literal('marcar_duplicado'), numeroOriginal: NumeroCaso }),
  v.strictObject({
    accion: v.literal('cerrar'),
    motivo: MotivoCierre,
    numeroAnterior: v.optional(NumeroAnterior),
    dondeAcudir: v.optional(DondeAcudir),
  }),
  v.strictObject({ accion: v.literal('derivar'), unidad: UnidadCode }),
  v.strictObject({ accion: v.literal('enviar_fiscalia') }),
  v.strictObject({ accion: v.literal('pedir_descargo'), unidad: UnidadCode, pedido: PedidoDescargo }),
  v.strictObject({ accion: v.literal('contestar'), texto: TextoOficial }),
  v.strictObject({
    accion: v.literal('remitir'),
    destino: DestinoRemision,
    donde: DondeRemision,
    fundamento: MotivoRemision,
  }),
  // A family search's (worker/reencuentro/equipo.ts, decision 0064).
  v.strictObject({ accion: v.literal('anotar'), nota: NotaReencuentro }),
  v.strictObject({
    accion: v.literal('contactar'),
    fecha: DiaAccion,
    medio: MedioContacto,
    nota: NotaReencuentro,
  }),
  v.strictObject({
    accion: v.literal('registrar_consentimiento'),
    decision: DecisionConsentimiento,
    contacto: v.optional(ContactoCompartido),
    mensajeRespuesta: v.optional(MensajeRespuesta),
  }),
  v.strictObject({ accion: v.literal('concluir'), resultado: ResultadoSinContacto, nota: NotaReencuentro }),
  v.strictObject({
    accion: v.literal('informar_en_persona'),
    fecha: DiaAccion,
    lugar: LugarInforme,
    nota: v.optional(NotaReencuentro),
  }),
])
export type AccionInput = v.InferOutput<typeof AccionInput>

export { JurisdiccionInput } from './campos.ts'

/** `POST /api/funcionarios/reclamos/descargos/:id`: the unit's account of the facts. */
export const DescargoInput = v.strictObject({ descargo: TextoOficial })
export type DescargoInput = v.InferOutput<typeof DescargoInput>
