import * as v from 'valibot'

const flag = v.optional(
  v.pipe(
    v.picklist(['0', '1', 'true', 'false']),
    v.transform((value) => value === '1' || value === 'true'),
  ),
)

/** The environment variables the app reads on every runtime. */
const ConfigSchema = v.object({
  APP_ENV: v.optional(v.picklist(['development', 'test', 'production']), 'development'),
  /** The origin citizens use, for links in e-mail and documents. */
  PUBLIC_URL: v.optional(v.pipe(v.string(), v.url()), 'http://localhost:8787'),
  /** Load the demo police units and citizens: on by default in development, never in production. */
  DEMO_DATA: flag,
})

export interface Config {
  env: 'development' | 'test' | 'production'
  publicUrl: string
  demoData: boolean
}

/**
 * Reads and checks the configuration once, at the entry point. In production it refuses to
 * start on settings that are only safe on a developer's machine.
 *
 * @example
 * const config = loadConfig(process.env)
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = v.safeParse(ConfigSchema, env)
  if (!result.success) {
    const problems = result.issues.map((issue) => `${v.getDotPath(issue) ?? '?'}: ${issue.message}`)
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`)
  }
  const { APP_ENV, PUBLIC_URL, DEMO_DATA } = result.output
  if (APP_ENV === 'production') {
    if (!PUBLIC_URL.startsWith('https://')) throw new Error('PUBLIC_URL must be https:// in production')
    if (DEMO_DATA) throw new Error('DEMO_DATA cannot be on in production')
  }
  return { env: APP_ENV, publicUrl: PUBLIC_URL, demoData: DEMO_DATA ?? APP_ENV === 'development' }
}
