/**
 * A request as `GET /api/reencuentro/:numero` gives it to its requester (/work/notes/reencuentro-api.md):
 * three states only, the dated history, and — once concluded — the closing words, with the contact
 * or the message only when the person found chose to give them. TO WIRE AT MERGE: derive it from
 * the route (worker/reencuentro) once merged.
 */
export interface SolicitudCiudadano {
  estado: 'recibida' | 'en_busqueda' | 'concluida'
  estadoTexto: string
  recibidaEl: string
  solicitud: { nombres: string; apellidos: string; relacion: string; ultimaComuna: string } & Record<
    string,
    unknown
  >
  historia: { at: string; texto: string }[]
  cierre: null | {
    texto: string
    contacto?: { nombre: string; correo?: string; telefono?: string }
    mensaje?: string
  }
}

/**
 * Where a request's citizen routes are: its view, `…/comprobante.pdf`.
 *
 * @example
 * solicitudUrl('WNDT7C4Z3T') // '/api/reencuentro/WNDT7C4Z3T'
 */
export const solicitudUrl = (numero: string) => `/api/reencuentro/${encodeURIComponent(numero)}`
