import { FIRMA_HEADER, firmarCuerpo } from '../casos/fiscalia/firma.ts'
import { esRuc } from '../casos/fiscalia/ruc.ts'
import type { Fiscalia, SigningKeys } from '../ports.ts'
import { TIMEOUTS, withTimeout } from '../timeout.ts'

/**
 * The Fiscalía over HTTP: the case as JSON, POSTed to `url` with its detached signature
 * (`X-Comisaria-Firma`, the portal's active Ed25519 key) and its número de trámite as
 * `Idempotency-Key`; the answer must be `{"ruc": "AANNNNNNNN-D"}` with a valid check digit. Any
 * other answer, or none within TIMEOUTS.fiscalia, throws, and the delivery queue retries. The
 * same on Node and in workerd (fetch, WebCrypto).
 *
 * @example
 * const fiscalia = httpFiscalia({ url: 'https://recepcion.fiscalia.example/denuncias', keys })
 */
export function httpFiscalia(options: { url: string; keys: SigningKeys }): Fiscalia {
  return {
    async enviarDenuncia(envio) {
      const body = JSON.stringify(envio)
      const firma = await firmarCuerpo(options.keys.active, body)
      const response = await withTimeout(TIMEOUTS.fiscalia, 'Fiscalía', (signal) =>
        fetch(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': envio.numeroTramite,
            [FIRMA_HEADER]: firma,
          },
          body,
          signal,
        }),
      )
      const text = await response.text()
      if (!response.ok) throw new Error(`Fiscalía answered ${response.status}: ${text.slice(0, 200)}`)
      let ruc: unknown
      try {
        ruc = (JSON.parse(text) as { ruc?: unknown }).ruc
      } catch {
        ruc = undefined
      }
      if (typeof ruc !== 'string' || !esRuc(ruc))
        throw new Error(`Fiscalía answered no valid RUC: ${text.slice(0, 200)}`)
      return { ruc }
    },
  }
}
