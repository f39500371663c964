import { Hono, type MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/**
 * Security headers on every response: a strict Content-Security-Policy (no inline script, no
 * plugins, no framing, no base tag), HSTS for two years, nosniff and a referrer policy that
 * sends no path to other sites. The one source of these headers for both runtimes: at the edge,
 * the static files are served without the app, with the same headers written into
 * `dist/_headers` at build time ({@link securityHeaderValues}).
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      mediaSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    strictTransportSecurity: 'max-age=63072000; includeSubDomains; preload',
    referrerPolicy: 'strict-origin-when-cross-origin',
    xFrameOptions: 'DENY',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    permissionsPolicy: {
      camera: ['self'],
      geolocation: ['self'],
      microphone: [],
      payment: [],
      usb: [],
    },
  })
}

/**
 * The headers {@link securityHeaders} sets, by name, as it sets them on a response: the build
 * writes them into `dist/_headers` (vite.config.ts), which Workers static assets apply to every
 * file they serve, index.html included. Read from the middleware itself, hono's defaults
 * included, so that the two runtimes cannot drift apart.
 *
 * @example
 * await securityHeaderValues() // { 'content-security-policy': "default-src 'self'; …", 'x-content-type-options': 'nosniff', … }
 */
export async function securityHeaderValues(): Promise<Record<string, string>> {
  const probe = new Hono().use(securityHeaders()).get('/', (c) => c.body(null))
  const response = await probe.request('/')
  return Object.fromEntries(response.headers)
}
