/*
 * Whether the page is one of información anónima's (issue 17, point 7; decision 0045): there the
 * shell keeps nothing on the device — no language cookie or localStorage entry, no outbox opened,
 * no session asked, no service worker installed — and takes the language from the address alone.
 * In the shell (web/main.tsx, web/i18n/index.ts), so it is a few bytes with no import.
 */

/**
 * Whether `path` is under `/informacion`.
 *
 * @example
 * sinRastro('/informacion/drogas/1') // true
 * sinRastro('/denuncias') // false
 */
export function sinRastro(path: string = location.pathname): boolean {
  return path.startsWith('/informacion')
}

/**
 * The language the address names (`?lang=en`), if any.
 *
 * @example
 * idiomaDeLaDireccion('?lang=ht') // 'ht'
 */
export function idiomaDeLaDireccion(search: string = location.search): string | null {
  return new URLSearchParams(search).get('lang')
}
