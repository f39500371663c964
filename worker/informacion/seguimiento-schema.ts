import * as v from 'valibot'
import { IdsDeArchivos } from './archivos.ts'
import { DesafioResuelto } from './desafio.ts'
import { base64url, MESAS } from './schema.ts'

const version = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000))

/**
 * What HPKE sealed (web/informacion/cripto.ts `Sellado`): the encapsulated key (P-256's point, 87
 * characters) and the ciphertext; a message or note is short, the JSON body's limit bounds it too.
 *
 * @example
 * v.parse(Sellado, { enc, cifrado })
 */
export const Sellado = v.strictObject({ enc: base64url(200), cifrado: base64url(60_000) })

/** Sealed to a desk's key of one version (a tipster's message, a note, a forwarded tip). */
export const SelladoMesa = v.strictObject({
  enc: base64url(200),
  cifrado: base64url(60_000),
  claveVersion: version,
})

/**
 * The id a receipt key derives (`derivarRecibo(...).reciboId`): 32 bytes, 43 base64url characters.
 * Never the receipt key itself.
 */
const ReciboId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/))

/**
 * `POST /api/informacion/consulta`: the tipster comes back, paying a proof of work.
 *
 * @example
 * v.parse(ConsultaInput, { desafio, reciboId })
 */
export const ConsultaInput = v.strictObject({ desafio: DesafioResuelto, reciboId: ReciboId })
export type ConsultaInput = v.InferOutput<typeof ConsultaInput>

/**
 * `POST /api/informacion/mensajes`: the tipster's answer or added information, sealed to the
 * desk's current key (`mesa`; `mesa.id`, when sent, is the desk the browser sealed it for, checked
 * against the tip's) and to their own reply key (`copia`). `archivos`: ids of anonymous uploads
 * (decision 0046), attached in the message's batch.
 *
 * @example
 * v.parse(MensajeInput, { desafio, reciboId, mesa: { id: 'drogas', claveVersion: 1, enc, cifrado }, copia: { enc, cifrado } })
 */
export const MensajeInput = v.strictObject({
  desafio: DesafioResuelto,
  reciboId: ReciboId,
  mesa: v.strictObject({
    id: v.optional(v.picklist(MESAS)),
    enc: base64url(200),
    cifrado: base64url(60_000),
    claveVersion: version,
  }),
  copia: Sellado,
  archivos: v.optional(IdsDeArchivos),
})
export type MensajeInput = v.InferOutput<typeof MensajeInput>

/** The states of a tip on its desk; `derivada` is set only by forwarding it. */
export const ESTADOS = ['nueva', 'en_analisis', 'derivada', 'descartada'] as const
export type Estado = (typeof ESTADOS)[number]

/** `GET …/mesas/:mesa/tips?estado=`. */
export const TipsQuery = v.object({ estado: v.optional(v.picklist(ESTADOS)) })

/** `POST …/tips/:id/estado`: a new state, with a note sealed to the desk's key if the analyst wrote one. */
export const EstadoInput = v.strictObject({ estado: v.picklist(ESTADOS), nota: v.optional(SelladoMesa) })

/** `POST …/tips/:id/notas`. */
export const NotaInput = v.strictObject({ nota: SelladoMesa })

/**
 * `POST …/tips/:id/preguntas`: a question sealed to the tipster's reply key (`sellado`), and the
 * desk's own copy sealed to the desk's current key (`copia`): what is sealed to the reply key the
 * desk can never open again, so the copy is kept as a note of the question's id (trabajo.ts
 * `planPregunta`) and moves with the notes when the tip is forwarded.
 */
export const PreguntaInput = v.strictObject({ sellado: Sellado, copia: SelladoMesa })

const Resellado = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  enc: base64url(200),
  cifrado: base64url(60_000),
  claveVersion: version,
})

/**
 * `POST …/tips/:id/derivar`: the tip to another desk, every desk-sealed ciphertext of it (the tip,
 * the tipster's messages, the notes) re-sealed in the analyst's browser to the target's current key.
 */
export const DerivarInput = v.strictObject({
  mesa: v.picklist(MESAS),
  tip: SelladoMesa,
  mensajes: v.pipe(v.array(Resellado), v.maxLength(500)),
  notas: v.pipe(v.array(Resellado), v.maxLength(500)),
})
export type DerivarInput = v.InferOutput<typeof DerivarInput>

/**
 * `POST …/mesas/:mesa/resellar`: messages sealed for this desk on tips forwarded since (they
 * reached the edge's shard before the forward and Turso after it), each re-sealed in the analyst's
 * browser to the key of the desk its tip is on now.
 *
 * @example
 * v.parse(ResellarInput, { mensajes: [{ id, enc, cifrado, claveVersion: 2 }] })
 */
export const ResellarInput = v.strictObject({
  mensajes: v.pipe(v.array(Resellado), v.minLength(1), v.maxLength(100)),
})
export type ResellarInput = v.InferOutput<typeof ResellarInput>
