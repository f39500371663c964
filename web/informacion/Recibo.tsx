import { A } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { Warning } from '../components/Advertencia.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { formatDay } from '../i18n/dates.ts'
import { tinf } from './i18n/index.ts'
import './informacion.css'
import { reciboMostrado } from './recibo.ts'
import { paths, VOLVER_PATH } from './rutas.ts'

export { ready } from './i18n/index.ts'

/**
 * `/informacion/recibo`: the receipt key, once — seven groups, large, monospaced, selectable as
 * one text, with a copy button; that it cannot be recovered and is the only way back; what to do
 * with it; where to come back (`VOLVER_PATH`, linked).
 */
export function Recibo() {
  const [copia, setCopia] = createSignal<'ok' | 'no' | undefined>()
  const volver = () => tinf('inf.recibo.volver', { path: '\u0000' }).split('\u0000')
  usePageTitle(() => {
    const r = reciboMostrado()
    return r ? (r.enCola?.titulo ?? tinf('inf.recibo.title')) : tinf('inf.recibo.nada')
  })
  const copiar = async (texto: string) => {
    try {
      await navigator.clipboard.writeText(texto)
      setCopia('ok')
    } catch {
      setCopia('no')
    }
  }
  return (
    <Show
      when={reciboMostrado()}
      fallback={
        <>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tinf('inf.recibo.nada')}
          </h1>
          <p>{tinf('inf.recibo.nadaBody')}</p>
          <p>
            <A href={paths.start}>{tinf('inf.title')}</A>
          </p>
        </>
      }
    >
      {(r) => (
        <>
          <div class="panel">
            <h1 tabindex="-1" ref={focusOnNavigation}>
              {r().enCola?.titulo ?? tinf('inf.recibo.title')}
            </h1>
            <p>
              {r().enCola?.texto ??
                tinf('inf.recibo.dia', { unidad: r().unidad, dia: formatDay(`${r().dia}T12:00:00.000Z`) })}
            </p>
          </div>
          <h2 id="recibo-titulo">{tinf('inf.recibo.clave')}</h2>
          <p class="recibo" data-recibo={r().recibo}>
            {/* A group keeps its dash: a line never starts with one. The dashes are read back as nothing. */}
            <For each={r().recibo.split('-')}>
              {(grupo, i) => (
                <span class="recibo__grupo">
                  {grupo}
                  <Show when={i() < 6}>
                    <span class="recibo__guion">-</span>
                  </Show>
                </span>
              )}
            </For>
          </p>
          <p>
            <button type="button" class="button button--secondary" onClick={() => void copiar(r().recibo)}>
              {tinf('inf.recibo.copiar')}
            </button>
          </p>
          <p role="status">
            {copia() === 'ok'
              ? tinf('inf.recibo.copiada')
              : copia() === 'no'
                ? tinf('inf.recibo.noCopiada')
                : ''}
          </p>
          <Warning prefix={tinf('inf.recibo.importante')}>{tinf('inf.recibo.aviso')}</Warning>
          <h2>{tinf('inf.recibo.queHacer')}</h2>
          <ul class="list">
            <li>{tinf('inf.recibo.anotar')}</li>
            <li>{tinf('inf.recibo.compartido')}</li>
            <li>
              {/* The sentence around its link, in each language's order. */}
              {volver()[0]}
              <A href={VOLVER_PATH}>{VOLVER_PATH}</A>
              {volver()[1]}
            </li>
          </ul>
          {/* A queued tip leaves while a tip page is open: closing this one is not the advice then. */}
          <Show when={!r().enCola}>
            <p>{tinf('inf.recibo.cerrar')}</p>
          </Show>
        </>
      )}
    </Show>
  )
}
