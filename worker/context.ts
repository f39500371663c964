import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { requestId } from 'hono/request-id'
import { defaultLocale, type Locale, locales } from './i18n/index.ts'
import type { Actor } from './identity/actor.ts'
import type { Ports } from './ports.ts'

/** What a request carries through the app: its ports, language, id and caller. */
export interface AppVariables {
  ports: Ports
  locale: Locale
  requestId: string
  /** The signed-in user, or null for an anonymous caller. */
  actor: Actor | null
  /** The key this request sent as `Idempotency-Key`, and whether its answer is stored yet. */
  idempotency: IdempotencyClaim | undefined
}

export interface IdempotencyClaim {
  scope: string
  key: string
  /** SHA-256 of the media type and the parsed body: the same key with another body is refused. */
  requestHash: string
  /** Set once the response is stored (with the request's writes) or replayed. */
  stored: boolean
  /** The answer carries a secret: the key is stored, the answer is not (`answersWithSecret`). */
  withhold: boolean
}

export type AppEnv = { Variables: AppVariables }
export type AppContext = Context<AppEnv>

function isLocale(value: string | undefined): value is Locale {
  return locales.some((locale) => locale === value)
}

/**
 * The caller's language: `?lang=`, then the `lang` cookie the PWA sets, then `Accept-Language`,
 * then Spanish.
 *
 * @example
 * negotiateLocale(undefined, undefined, 'en-GB,en;q=0.9,es;q=0.8') // 'en'
 */
export function negotiateLocale(
  query: string | undefined,
  cookie: string | undefined,
  acceptLanguage: string | undefined,
): Locale {
  if (isLocale(query)) return query
  if (isLocale(cookie)) return cookie
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { language: tag.split('-')[0]?.toLowerCase(), q: q ? Number(q.slice(2)) : 1 }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q)
  return ranked.map((entry) => entry.language).find(isLocale) ?? defaultLocale
}

/** Puts the ports, the request id and the caller's language on `c.var` for everything after it. */
export function requestContext(ports: Ports): MiddlewareHandler<AppEnv>[] {
  return [
    // A client's own id (a trace it follows) is kept only when short and of letters, digits, `-`,
    // `_` and `=`: anything else would go as given into every log line of the request.
    requestId({ headerName: 'X-Request-Id', limitLength: 64 }),
    async (c, next) => {
      c.set('ports', ports)
      c.set('actor', null)
      c.set('idempotency', undefined)
      c.set(
        'locale',
        negotiateLocale(c.req.query('lang'), getCookie(c, 'lang'), c.req.header('accept-language')),
      )
      await next()
    },
  ]
}
