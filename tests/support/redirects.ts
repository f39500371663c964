/**
 * `returnTo` values an attacker tries to turn the sign-in into an open redirect with: characters a
 * browser strips (tab, newline), a backslash it reads as `/`, another host, dot segments that
 * leave two slashes, an encoded tab.
 */
export const HOSTILE_RETURN_TO = [
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/\\evil.example',
  '//evil.example',
  '/.//evil.example',
  '/%09/evil.example',
  'https://evil.example/',
  'javascript:alert(document.cookie)',
] as const

/**
 * What a browser does to a URL before its parser reads it (WHATWG URL, the basic URL parser's
 * first steps): tabs and newlines removed anywhere, C0 controls and spaces trimmed from the ends.
 *
 * @example
 * browserCleaned(' /\t/evil.example') // '//evil.example'
 */
export function browserCleaned(url: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters browsers strip.
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
}

/**
 * The origin a browser lands on when a response from `from` redirects it to `location`.
 *
 * @example
 * landingOrigin('/\t/evil.example', 'https://portal.example/auth') // 'https://evil.example'
 */
export function landingOrigin(location: string, from: string): string {
  return new URL(browserCleaned(location), from).origin
}
