import { Match, Switch } from 'solid-js'
import { tin } from './i18n/index.ts'
import type { EstadoMesa } from './mesas.ts'

/**
 * Where the analyst stands with a desk's key, in words: "Tiene la clave de la mesa (versión 1).",
 * "Espera que un colega…", and so on.
 *
 * @example
 * <EstadoDeMesa estado={{ tipo: 'tiene', version: 1 }} />
 */
export function EstadoDeMesa(props: { estado: EstadoMesa }) {
  const version = () => ('version' in props.estado ? props.estado.version : 0)
  return (
    <Switch>
      <Match when={props.estado.tipo === 'tiene'}>{tin('in.estado.tiene', { version: version() })}</Match>
      <Match when={props.estado.tipo === 'espera'}>{tin('in.estado.espera', { version: version() })}</Match>
      <Match when={props.estado.tipo === 'sinClave'}>{tin('in.estado.sinClave')}</Match>
      <Match when={props.estado.tipo === 'sinLlavero'}>{tin('in.estado.sinLlavero')}</Match>
      <Match when={props.estado.tipo === 'otroEquipo'}>{tin('in.estado.otroEquipo')}</Match>
      <Match when={props.estado.tipo === 'sinConexion'}>{tin('in.sinConexion')}</Match>
    </Switch>
  )
}
