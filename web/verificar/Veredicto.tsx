import { Match, Switch } from 'solid-js'
import './veredicto.css'

/** The verdict's colour: green to accept, red to refuse, amber for "not yet", grey for "cannot tell". */
export type Tono = 'ok' | 'bad' | 'warn' | 'neutral'
export type Icono = 'check' | 'cross' | 'clock' | 'ban' | 'question'

/** Each tone's strong colour: the icon's glyph on its white disc. */
const GLYPH: Record<Tono, string> = { ok: '#00703c', bad: '#b10e1e', warn: '#0b0c0c', neutral: '#484949' }

function Glyph(props: { icono: Icono; colour: string }) {
  // The strokes' colour and caps are inherited from the group, so a changed verdict recolours them.
  return (
    <g stroke={props.colour} fill="none" stroke-linecap="round" stroke-linejoin="round">
      <Switch>
        <Match when={props.icono === 'check'}>
          <path d="M13 25 L21 33 L35 16" stroke-width="6" />
        </Match>
        <Match when={props.icono === 'cross'}>
          <path d="M15 15 L33 33 M33 15 L15 33" stroke-width="6" />
        </Match>
        <Match when={props.icono === 'clock'}>
          <circle cx="24" cy="24" r="13" stroke-width="4" />
          <path d="M24 17 L24 24 L30 28" stroke-width="4" />
        </Match>
        <Match when={props.icono === 'ban'}>
          <circle cx="24" cy="24" r="13" stroke-width="5" />
          <path d="M15 33 L33 15" stroke-width="5" />
        </Match>
        <Match when={props.icono === 'question'}>
          <path d="M17 18 a7 7 0 1 1 10 6 c-2 1 -3 2 -3 5" stroke-width="5" />
          <circle cx="24" cy="36" r="3" fill={props.colour} stroke="none" />
        </Match>
      </Switch>
    </g>
  )
}

/**
 * A verification's verdict, unmistakable at arm's length in sunlight: a large word on a strong
 * colour, an icon, and a sentence saying what it means. Never colour alone.
 *
 * @example
 * <Veredicto tono="ok" icono="check" palabra="VÁLIDO" detalle="Vigente hasta las 14:00." />
 */
export function Veredicto(props: { tono: Tono; icono: Icono; palabra: string; detalle: string }) {
  return (
    <div class={`vf-result vf-result--${props.tono}`} role="status">
      <svg class="vf-result__icon" viewBox="0 0 48 48" width="56" height="56" aria-hidden="true">
        <circle cx="24" cy="24" r="22" fill="#fff" />
        <Glyph icono={props.icono} colour={GLYPH[props.tono]} />
      </svg>
      <div>
        <p class="vf-result__word">{props.palabra}</p>
        <p class="vf-result__detail">{props.detalle}</p>
      </div>
    </div>
  )
}
