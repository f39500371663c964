/**
 * Spanish words of the drafts in "Mis trámites" (web/cuenta/borradores/): the reference for en.ts
 * and ht.ts. They load with that list, apart from the sign-in screens' words.
 */
export const messages = {
  'drafts.title': 'Sin terminar',
  'drafts.loading': 'Cargando sus borradores…',
  'drafts.failed': 'Sus borradores no se pudieron cargar. Vuelva a intentarlo más tarde.',
  'drafts.saved': 'Guardado el {fecha}',
  'drafts.continue': 'Continuar',
  'drafts.discard': 'Descartar',
  'drafts.which': 'el borrador de {form}',
  'drafts.discardFailed': 'El borrador no se pudo descartar. Vuelva a intentarlo.',
  'drafts.discarded': 'Se descartó el borrador de {form}.',
}

export type BorradoresMessageKey = keyof typeof messages
export type BorradoresMessages = Record<BorradoresMessageKey, string>
