import { join } from 'node:path'
import { openDatabase } from '../../../db/open.ts'
import { abrirCaso } from '../../../worker/casos/abrir.ts'
import { randomCode } from '../../../worker/codes.ts'
import { consoleLogger } from '../../../worker/log.ts'
import { StorageHealth } from '../../../worker/storage-health.ts'
import { runWrites } from '../../../worker/writes.ts'
import type { PortalServer } from './server.ts'

/**
 * A denuncia's case opened as its submission opens it (worker/casos/abrir.ts), written into a
 * running portal's database; returns its número. MERGE: POST /api/denuncias once worker/denuncias
 * is on main (the report's own row is that module's).
 *
 * @example
 * const numero = await abrirDenuncia(server, { userId, comunaCut: '13101' })
 */
export async function abrirDenuncia(
  server: PortalServer,
  caso: { userId: string; comunaCut: string; correo?: string },
): Promise<string> {
  const { client, db } = await openDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
  try {
    const numero = randomCode()
    const at = new Date()
    const { writes } = abrirCaso(
      {
        servicio: 'denuncia',
        numero,
        userId: caso.userId,
        estado: 'recibida',
        venceAt: new Date(at.getTime() + 24 * 3_600_000),
        at,
        comunaCut: caso.comunaCut,
        correo: caso.correo ?? null,
        locale: null,
      },
      { cifras: true },
    )
    await runWrites({ db, storage: new StorageHealth(consoleLogger({ service: 'e2e' })) }, writes)
    return numero
  } finally {
    client.close()
  }
}
