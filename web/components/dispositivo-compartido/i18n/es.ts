/**
 * Spanish words of the shared-device choice of a form (web/components/DispositivoCompartido.tsx):
 * the reference for en.ts and ht.ts. They load with the forms that offer it.
 */
export const messages = {
  'dc.label': 'Estoy en un dispositivo compartido',
  'dc.hint.cuenta':
    'Por ejemplo, un computador de una biblioteca o el teléfono de otra persona. Sus respuestas no quedarán guardadas en este dispositivo, solo en su cuenta: puede continuar desde «Mis trámites».',
  'dc.hint.pagina':
    'Por ejemplo, un computador de una biblioteca o el teléfono de otra persona. Sus respuestas no quedarán guardadas en este dispositivo: si cierra esta página, se pierden.',
}

export type CompartidoMessageKey = keyof typeof messages
export type CompartidoMessages = Record<CompartidoMessageKey, string>
