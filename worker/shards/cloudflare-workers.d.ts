/**
 * `cloudflare:workers`, the module workerd gives a Worker, typed from @cloudflare/workers-types'
 * module (its ambient declaration of this module comes with global types that clash with the DOM
 * ones the rest of the project uses).
 */
declare module 'cloudflare:workers' {
  import type { CloudflareWorkersModule } from '@cloudflare/workers-types'

  export const DurableObject: typeof CloudflareWorkersModule.DurableObject
  export type DurableObject<Env = unknown> = CloudflareWorkersModule.DurableObject<Env>
}
