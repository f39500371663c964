import * as v from 'valibot'
import { type Campo, TIPOS, TIPOS_CERTIFICADO, type TipoCertificado } from '../../core/certificados/tipos.ts'
import { parseRit } from '../../core/identificadores.ts'
import { isIsoDate, isoDate } from '../../core/iso-date.ts'
import { localDate, localInstant } from '../../core/time.ts'
import { PhoneField } from '../constancias-voto/schema.ts'
import { Imei, Patente } from '../denuncias/schema.ts'
import type { FieldIssue } from '../errors.ts'
import { EmailField, RunField } from '../identity/schemas.ts'
import { line, paragraph } from '../text.ts'

/** A clock a little ahead of the server's (a phone's) may say "now" a few minutes early. */
const TOLERANCIA_FUTURO_MS = 5 * 60_000
/** The most pesos a constancia can say is owed: beyond it a figure is a typing error. */
const MAX_PESOS = 100_000_000_000

const requerido = <T>(...pipe: v.PipeItem<string, T, v.BaseIssue<unknown>>[]) =>
  v.pipe(v.string(), v.trim(), v.minLength(1), ...(pipe as []))

const FECHA_HORA = /^(\d{4}-\d{2}-\d{2})T(([01]\d|2[0-3]):[0-5]\d)$/
const MES = /^\d{4}-(0[1-9]|1[0-2])$/

/**
 * One checker per kind of question (core/certificados/tipos.ts's `Campo`), as the form holds
 * its value; each keeps the value in one form (a RUN canonical, an IMEI its digits, a plate its
 * letters and digits, a RIT `C-1234-2024`, a phone `+56…`, an amount its digits).
 */
function porTipo(campo: Campo): v.GenericSchema<unknown, unknown> {
  switch (campo.tipo) {
    case 'texto':
      return line(campo.max)
    case 'parrafo':
      return paragraph(campo.max, campo.min)
    case 'fecha':
      return isoDate()
    case 'fecha_hora':
      return requerido(v.check((text) => isIsoDate(FECHA_HORA.exec(text)?.[1]), 'invalid_date'))
    case 'mes':
      return requerido(v.check((text) => MES.test(text), 'mes_invalido'))
    case 'comuna':
      // Whether it exists is read with the submission (worker/certificados/service.ts).
      return requerido(v.regex(/^\d{5}$/))
    case 'run':
      return RunField
    case 'imei':
      return Imei
    case 'patente':
      return Patente
    case 'rit':
      // The year against the clock: revisarFechas.
      return requerido(
        v.check((text) => parseRit(text, 9999) !== null, 'rit_invalido'),
        v.transform((text) => parseRit(text, 9999) ?? text),
      )
    case 'telefono':
      return PhoneField
    case 'monto':
      return requerido(
        v.transform((text) => text.replace(/[$.\s]/g, '')),
        v.check((text) => /^\d{1,12}$/.test(text) && Number(text) <= MAX_PESOS, 'monto_invalido'),
        v.transform((text) => String(Number(text))),
      )
    case 'opcion':
      return requerido(v.picklist(campo.opciones as string[]))
    case 'lista':
      return v.pipe(
        v.array(v.strictObject(forma(campo.campos))),
        v.minLength(campo.min),
        v.maxLength(campo.max),
      )
  }
}

/** A question not required: absent or empty (`''`) is no answer; else checked as its kind. */
function campoDe(campo: Campo): v.GenericSchema<unknown, unknown> {
  const schema = porTipo(campo)
  if (!campo.opcional) return schema
  return v.optional(
    v.pipe(
      v.unknown(),
      v.transform((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value)),
      v.optional(schema),
    ),
  )
}

function forma(campos: readonly Campo[]): Record<string, v.GenericSchema<unknown, unknown>> {
  return Object.fromEntries(campos.map((campo) => [campo.id, campoDe(campo)]))
}

/** The answers as kept: a text per question, a list's groups as objects of texts; none unanswered. */
export type Respuestas = Record<string, string | Record<string, string>[]>

/** `POST /api/certificados`'s body, checked: the type, its answers, the declaration made. */
export interface CertificadoInput {
  tipo: TipoCertificado
  respuestas: Respuestas
  declaracion: true
  /** Where to e-mail the PDF, when not the account's address (a ClaveÚnica account has none). */
  email?: string
}

const declaracion = v.pipe(
  v.boolean(),
  v.check((value) => value, 'declaration_required'),
)

/**
 * One type's request, as {@link CertificadoInput} checks it once its `tipo` is known.
 *
 * @example
 * v.safeParse(certificadoDe('extravio_celular'), body)
 */
export function certificadoDe(tipo: TipoCertificado) {
  return v.strictObject({
    tipo: v.literal(tipo),
    respuestas: v.strictObject(forma(TIPOS[tipo].campos)),
    declaracion,
    email: v.optional(EmailField),
  })
}

/**
 * A constancia's request: its type, its answers in the type's shape (built from its questions by
 * their kinds: one checker per kind, none per type), the declaration that it is true (art. 210
 * of the Código Penal), and optionally where to e-mail it. What needs a clock (dates not to come and not too old, a RIT's year) is
 * {@link revisarFechas}'.
 *
 * @example
 * parse(CertificadoInput, { tipo: 'extravio_celular', respuestas: { imei: '35-209900-176148-1', … }, declaracion: true })
 */
export const CertificadoInput = v.variant(
  'tipo',
  TIPOS_CERTIFICADO.map(certificadoDe) as unknown as v.VariantOptions<'tipo'>,
) as unknown as v.GenericSchema<unknown, CertificadoInput>

/** The body of an annulment: why (the holder and staff read it; a verifier sees only that it was annulled). */
export const AnulacionInput = v.strictObject({ motivo: paragraph(500, 5) })

/**
 * The catalogue's labels of the request's own fields, whose names other forms use with another
 * meaning (a denuncia's `tipo`, the election's `declaracion`).
 */
export const ETIQUETAS_CERTIFICADO = { tipo: 'certificados.tipo', declaracion: 'certificados.declaracion' }

const DIA_MS = 86_400_000

/**
 * What a constancia's answers say of time, checked against a clock (Chile's calendar): dates and
 * times not to come, nor further back than each question's `maxDias`; months not to come, and the
 * debt's last month not before its first; a RIT's year not to come. The issues name the field.
 *
 * @example
 * revisarFechas('extravio_celular', { fecha: '2026-12-01', … }, now) // []
 */
export function revisarFechas(tipo: TipoCertificado, respuestas: Respuestas, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = []
  const hoy = localDate(now)
  for (const campo of TIPOS[tipo].campos) {
    const valor = respuestas[campo.id]
    if (typeof valor !== 'string') continue
    const field = `respuestas.${campo.id}`
    if (campo.tipo === 'fecha' || campo.tipo === 'fecha_hora') {
      const [dia = '', hora = '00:00'] = valor.split('T')
      const instante = campo.tipo === 'fecha' ? null : localInstant(dia, hora)
      const futura = instante ? instante.getTime() > now.getTime() + TOLERANCIA_FUTURO_MS : dia > hoy
      const limite = localDate(new Date(now.getTime() - campo.maxDias * DIA_MS))
      if (futura) issues.push({ field, key: 'fecha_futura' })
      else if (dia < limite) issues.push({ field, key: 'fecha_antigua', params: { dias: campo.maxDias } })
    } else if (campo.tipo === 'mes' && valor > hoy.slice(0, 7)) {
      issues.push({ field, key: 'fecha_futura' })
    } else if (campo.tipo === 'rit' && parseRit(valor, Number(hoy.slice(0, 4))) === null) {
      issues.push({ field, key: 'rit_invalido' })
    }
  }
  const { desde, hasta } = respuestas
  if (tipo === 'pension_alimentos' && typeof desde === 'string' && typeof hasta === 'string' && hasta < desde)
    issues.push({ field: 'respuestas.hasta', key: 'rango_meses' })
  return issues
}
