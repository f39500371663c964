import { useLocation } from '@solidjs/router'

/**
 * The parameter of an officer screen picked by its path's prefix (web/funcionarios/rutas.tsx,
 * CON_PARAMETRO): the path's last segment, decoded — `abc` of `/funcionarios/personal/abc`.
 * Reactive: it follows the address.
 *
 * @example
 * const numero = useParametro()
 */
export function useParametro(): () => string {
  const location = useLocation()
  return () => decodeURIComponent(location.pathname.split('/').filter(Boolean).at(-1) ?? '')
}
