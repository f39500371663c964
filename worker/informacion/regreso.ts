import { createHash } from 'node:crypto'
import type { ResultSet } from '@libsql/client'
import { localDate } from '../../core/time.ts'
import type { AppContext } from '../context.ts'
import { AppError, invalidField } from '../errors.ts'
import { errorBody } from '../middleware/errors.ts'
import { submission } from '../submission.ts'
import { adjuntarAnonimos, archivosAnonimosParaAdjuntar } from './archivos.ts'
import {
  type DesafioResuelto,
  desafioRechazado,
  desafioUsado,
  gastarDesafio,
  huellaDesafio,
} from './desafio.ts'
import { ConsultaInput, MensajeInput } from './seguimiento-schema.ts'

/**
 * What the server keeps of a receipt: SHA-256 (hex) of the bytes of the id it derives
 * (web/informacion/cripto.ts `derivarRecibo`). Synchronous: a submission names its reads first.
 *
 * @example
 * reciboHashDe(reciboId) // '3f…' (64 hex digits), as `informaciones.recibo_hash`
 */
export function reciboHashDe(reciboId: string): string {
  return createHash('sha256').update(Buffer.from(reciboId, 'base64url')).digest('hex')
}

/** The tip a receipt names, as the tipster may see it: its desk, coarse state and day. */
interface TipDelRecibo {
  id: string
  mesa: string
  unidad: string
  estado: string
  dia: string
  /** How many times an analyst changed its state (a forwarded tip is `nueva` again, but in hand). */
  cambios: number
  claveVersion: number | null
}

const texto = (value: unknown) => String(value)
const numero = (value: unknown) => (value === null || value === undefined ? null : Number(value))

/** The tip of a receipt hash, with its desk's current key version; null for a receipt no tip has. */
function tipDelRecibo(reciboHash: string) {
  return {
    statement: {
      sql: `select i.id, i.mesa, m.unidad, i.estado, i.dia, m.clave_version,
              (select count(*) from informacion_estados e where e.informacion_id = i.id) as cambios
            from informaciones i join informacion_mesas m on m.id = i.mesa
            where i.recibo_hash = ?`,
      args: [reciboHash],
    },
    map: (result: ResultSet): TipDelRecibo | null => {
      const row = result.rows[0]
      if (!row) return null
      return {
        id: texto(row.id),
        mesa: texto(row.mesa),
        unidad: texto(row.unidad),
        estado: texto(row.estado),
        dia: texto(row.dia),
        cambios: Number(row.cambios),
        claveVersion: numero(row.clave_version),
      }
    },
  }
}

/**
 * What the tipster is told of their tip's state — never the desk's words for it: `recibida` until
 * an analyst acts on it, `cerrada` once discarded, `en_curso` otherwise.
 *
 * @example
 * estadoParaInformante('en_analisis', 1) // 'en_curso'
 */
export function estadoParaInformante(estado: string, cambios: number): 'recibida' | 'en_curso' | 'cerrada' {
  if (estado === 'descartada') return 'cerrada'
  return estado === 'nueva' && cambios === 0 ? 'recibida' : 'en_curso'
}

/**
 * The answer to a receipt no tip has: one body for every such key, byte for byte (no request id,
 * which differs per request), so that it says nothing about which keys exist.
 */
function noExiste(c: AppContext) {
  const { requestId: _, ...body } = errorBody(c, new AppError('not_found'))
  return body
}

/** What every call of the way back reads: whether its challenge was used, and the receipt's tip. */
function delRecibo(input: { desafio: DesafioResuelto; reciboId: string }) {
  return {
    usado: desafioUsado(huellaDesafio(input.desafio)),
    tip: tipDelRecibo(reciboHashDe(input.reciboId)),
  }
}

/** Spends the call's challenge (or throws the 400 naming `desafio`): the writes, and the shard's rule. */
async function pagar(c: AppContext, desafio: DesafioResuelto, usado: boolean) {
  const huella = huellaDesafio(desafio)
  const spend = await gastarDesafio(c.var.ports, desafio, huella, usado)
  c.header('Cache-Control', 'no-store')
  return { spend, counters: [{ key: `desafio:${huella}`, max: 1, baseline: 0, refusal: desafioRechazado() }] }
}

/**
 * `POST /api/informacion/consulta`: the tipster back with their receipt (its derived id), paying a
 * proof of work. Answers the desk, the coarse state, the day, and the messages — the desk's
 * questions sealed to the reply key, the tipster's own as their copy sealed to it too. An unknown
 * receipt is a 404 with one body for all, and spends the challenge all the same.
 */
export const consultaSubmission = submission({
  input: ConsultaInput,
  audience: 'unseen',
  shardKey: (input) => huellaDesafio(input.desafio),
  reads: (_c, input) => ({
    ...delRecibo(input),
    mensajes: {
      statement: {
        sql: `select mm.id, mm.autor, mm.dia, mm.enc, mm.cifrado, mm.copia_enc, mm.copia_cifrado
                from informacion_mensajes mm join informaciones i on i.id = mm.informacion_id
                where i.recibo_hash = ? order by mm.rowid`,
        args: [reciboHashDe(input.reciboId)],
      },
      map: (result: ResultSet) =>
        result.rows.map((row) => {
          const propio = row.autor === 'informante'
          return {
            id: texto(row.id),
            autor: propio ? ('informante' as const) : ('mesa' as const),
            dia: texto(row.dia),
            sellado: propio
              ? { enc: texto(row.copia_enc), cifrado: texto(row.copia_cifrado) }
              : { enc: texto(row.enc), cifrado: texto(row.cifrado) },
          }
        }),
    },
  }),
  decide: async (c, input, loaded) => {
    const { spend, counters } = await pagar(c, input.desafio, loaded.usado)
    const rules = { counters }
    const { tip } = loaded
    if (!tip) return { status: 404, result: noExiste(c), writes: spend, rules }
    return {
      status: 200,
      result: {
        mesa: { id: tip.mesa, unidad: tip.unidad },
        estado: estadoParaInformante(tip.estado, tip.cambios),
        dia: tip.dia,
        mensajes: loaded.mensajes,
      },
      writes: spend,
      rules,
    }
  },
})

/** The refusal of a message sealed for a desk or key the tip is no longer on: the browser asks again. */
const claveVencida = () => invalidField('mesa', 'clave_vencida')

/**
 * `POST /api/informacion/mensajes`: the tipster answers or adds information, sealed to the tip's
 * desk's current key and, as their own copy, to their reply key. The same message sent again (an
 * answer lost on a bad link) is answered as the first time. An unknown receipt: as for `consulta`.
 */
export const mensajeSubmission = submission({
  input: MensajeInput,
  audience: 'unseen',
  shardKey: (input) => huellaDesafio(input.desafio),
  reads: (_c, input) => ({
    ...delRecibo(input),
    archivos: archivosAnonimosParaAdjuntar(input.archivos ?? []),
    previa: {
      statement: {
        sql: `select mm.id, mm.dia from informacion_mensajes mm join informaciones i on i.id = mm.informacion_id
                where i.recibo_hash = ? and mm.enc = ?`,
        args: [reciboHashDe(input.reciboId), input.mesa.enc],
      },
      map: (result: ResultSet) => {
        const row = result.rows[0]
        return row ? { id: texto(row.id), dia: texto(row.dia) } : null
      },
    },
  }),
  decide: async (c, input, loaded) => {
    // A copy of a message that was kept: its challenge is spent by the first.
    if (loaded.previa) {
      c.header('Cache-Control', 'no-store')
      return { status: 201, result: loaded.previa }
    }
    const { spend, counters } = await pagar(c, input.desafio, loaded.usado)
    const { tip } = loaded
    if (!tip) return { status: 404, result: noExiste(c), writes: spend, rules: { counters } }
    if ((input.mesa.id ?? tip.mesa) !== tip.mesa || input.mesa.claveVersion !== tip.claveVersion) {
      throw claveVencida()
    }
    // A random id (v4): a time-ordered one would date the message to the millisecond.
    const body = { id: crypto.randomUUID(), dia: localDate(c.var.ports.clock.now()) }
    const adjunto = adjuntarAnonimos(loaded.archivos, {
      informacionId: tip.id,
      mensajeId: body.id,
      hoy: body.dia,
    })
    // Stored whatever happens to the tip meanwhile: a forward that commits first leaves it sealed
    // for this desk, which re-seals it (planResellar) — never a write that fails after the answer.
    const mensaje = {
      sql: `insert into informacion_mensajes
              (id, informacion_id, autor, dia, mesa, enc, cifrado, clave_version, copia_enc, copia_cifrado)
            values (?, ?, 'informante', ?, ?, ?, ?, ?, ?, ?)`,
      args: [
        body.id,
        tip.id,
        body.dia,
        tip.mesa,
        input.mesa.enc,
        input.mesa.cifrado,
        input.mesa.claveVersion,
        input.copia.enc,
        input.copia.cifrado,
      ],
    }
    return {
      status: 201,
      result: body,
      writes: [...spend, mensaje, ...adjunto.writes],
      rules: {
        once: [{ key: `informacion-mensaje:${tip.id}:${input.mesa.enc}`, status: 201 }],
        counters: [...counters, ...adjunto.counters],
      },
    }
  },
})
