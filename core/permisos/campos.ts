/**
 * The extra questions a permit type may ask, beyond the destination: a closed list, each with its
 * words in the PWA. Its own module, so that the PWA (which validates with worker/permisos/schema.ts)
 * gets the list without the database schema and drizzle.
 */
export const camposPermiso = ['establecimiento', 'fallecido', 'dependiente'] as const
export type CampoPermiso = (typeof camposPermiso)[number]
