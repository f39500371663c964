import { guardadosEn } from '../../../offline/guardados.ts'
import { API, type CertificadoView } from '../comun.ts'

/** A constancia kept on the device for its holder: as the server showed it, and its signed PDF. */
export interface CertificadoGuardado {
  view: CertificadoView
  /** Whose it is (the holder's RUN): shown only for the citizen the server last confirmed here. */
  run: string
  pdf?: Blob
}

/**
 * The constancias kept on this device (the offline kit's kept documents, web/offline/guardados.ts,
 * as the permits keep theirs): the page of one opens with no network, its PDF too. Signing out
 * deletes them (web/cuenta/session.ts names the database).
 */
export const { guardados, guardar } = guardadosEn<CertificadoGuardado>({
  database: 'comisaria-certificados',
  clave: (kept) => kept.view.codigo,
  titular: (kept) => kept.run,
  recientes: (a, b) => b.view.emitidoAt.localeCompare(a.view.emitidoAt),
})

/**
 * Keeps a constancia the server just showed its holder, with its PDF (fetched once: the signed
 * document does not change; an annulment changes the view, kept anew). Without a network the PDF
 * waits for the next time the page is opened online.
 *
 * @example
 * const kept = await conservar(view, '44.444.444-4', earlier?.pdf)
 */
export async function conservar(
  view: CertificadoView,
  run: string,
  pdf?: Blob,
): Promise<CertificadoGuardado> {
  let documento = pdf
  if (!documento) {
    try {
      const response = await fetch(API.pdf(view.codigo), { credentials: 'same-origin' })
      if (response.ok && response.headers.get('content-type')?.startsWith('application/pdf'))
        documento = await response.blob()
    } catch {
      // No network: kept without it for now.
    }
  }
  const kept: CertificadoGuardado = { view, run, ...(documento ? { pdf: documento } : {}) }
  await guardar(kept)
  return kept
}
