import { Hono } from 'hono'
import { auditEntry } from '../audit.ts'
import type { AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'
import { actorOf, requireCapacidad } from '../identity/guards.ts'
import { serviceContext } from '../service.ts'
import { runWrites } from '../writes.ts'
import { archivoDeMesa } from './archivos.ts'
import { mesaDelAnalista } from './claves.ts'

/**
 * `GET /api/funcionarios/informacion/mesas/:mesa/archivos/:id`: a tip's file as the tipster's
 * browser encrypted it, for an analyst of the tip's desk to decrypt in theirs (web/informacion/
 * archivos-cifrado.ts, `descifrarArchivo`, with the key sealed in the tip). Anyone else — another
 * desk's analyst, an administrator — and a file of another desk's tip get 404. The read is
 * audited (who, which tip, which file) before a byte leaves.
 *
 * @example
 * app.route('/api/funcionarios/informacion', archivosFuncionariosRoute)
 */
export const archivosFuncionariosRoute = new Hono<AppEnv>().get(
  '/mesas/:mesa/archivos/:id',
  requireCapacidad('informacion.analizar'),
  async (c) => {
    const actor = actorOf(c)
    const { ports } = c.var
    const mesa = await mesaDelAnalista(ports.db, actor, c.req.param('mesa'))
    const found = await archivoDeMesa(ports, mesa, c.req.param('id'))
    if (!found) throw new AppError('not_found')
    const ctx = serviceContext(c)
    await runWrites(ctx, [
      auditEntry(
        ctx,
        'informacion.file_read',
        { type: 'informacion', id: found.informacionId },
        { archivo: found.fila.id },
      ),
    ])
    c.header('Content-Type', 'application/octet-stream')
    c.header('Content-Length', String(found.fila.bytes))
    c.header('Content-Disposition', `attachment; filename="${found.fila.id}.cifrado"`)
    c.header('Cache-Control', 'private, no-store')
    if (found.fila.sha256) {
      const digest = Buffer.from(found.fila.sha256, 'hex').toString('base64')
      c.header('Repr-Digest', `sha-256=:${digest}:`)
    }
    return c.body(found.cuerpo)
  },
)
