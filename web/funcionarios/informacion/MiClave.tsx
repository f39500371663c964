import { A } from '@solidjs/router'
import { createResource, createSignal, For, Show } from 'solid-js'
import { Notice } from '../../components/Notice.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { TextField } from '../../components/TextField.tsx'
import type { Me } from '../../cuenta/session.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { StaffGate } from '../StaffGate.tsx'
import { MESA_PATH } from './api.ts'
import { EstadoDeMesa } from './Estado.tsx'
import { tin } from './i18n/index.ts'
import { huella, inscribir, parPropio } from './llavero.ts'
import { misMesas } from './mesas.ts'
import { Recuperar } from './Recuperar.tsx'
import { FRASE_MINIMA } from './respaldo.ts'

function Contenido(props: { user: Me }) {
  const [version, setVersion] = createSignal(0)
  const [creada, setCreada] = createSignal(false)
  const [problema, setProblema] = createSignal<string | undefined>()
  const [ocupado, setOcupado] = createSignal(false)
  const [propio] = createResource(version, async () => {
    const par = await parPropio(props.user.id)
    return par ? { ...par, huella: await huella(par.publica) } : null
  })
  const [mias] = createResource(version, () => misMesas(props.user.id))
  // Registered elsewhere: a desk's copy this device cannot open, or a pending entry under another key.
  const otroEquipo = () =>
    (mias() ?? []).some(
      (m) =>
        m.estado.tipo === 'otroEquipo' ||
        m.pendientes.some((p) => p.userId === props.user.id && p.publica.x !== propio()?.publica.x),
    )
  const [frase, setFrase] = createSignal('')
  const [errorFrase, setErrorFrase] = createSignal<string | undefined>()
  const [descarga, setDescarga] = createSignal<string | undefined>()
  const [recuperada, setRecuperada] = createSignal(false)
  const crear = async () => {
    if (frase() !== '' && frase().length < FRASE_MINIMA) return setErrorFrase(tin('in.mi.frase.corta'))
    setErrorFrase(undefined)
    setOcupado(true)
    setProblema(undefined)
    const { result, respaldo } = await inscribir(props.user.id, frase() || undefined)
    setOcupado(false)
    if (!result.ok) return setProblema(problemsOf(result)[0]?.message)
    setFrase('')
    // The file is offered once, now: the key it seals can no longer be exported.
    if (respaldo)
      setDescarga(URL.createObjectURL(new Blob([JSON.stringify(respaldo)], { type: 'application/json' })))
    setCreada(true)
    setRecuperada(false)
    setVersion((n) => n + 1)
  }
  return (
    <>
      <Show when={creada()}>
        <Notice title={tin('in.mi.creada.title')}>
          <p>{tin('in.mi.creada.body')}</p>
          <Show when={descarga()}>
            {(href) => (
              <p>
                <a href={href()} download="clave-analista.json">
                  {tin('in.mi.descargar')}
                </a>
                <br />
                {tin('in.mi.descargar.hint')}
              </p>
            )}
          </Show>
        </Notice>
      </Show>
      <Show when={recuperada()}>
        <Notice title={tin('in.rec.hecho.title')}>
          <p>{tin('in.rec.hecho.body')}</p>
        </Notice>
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tin('in.mi.title')}
      </h1>
      <p class="lead">{tin('in.mi.lead')}</p>
      <Show when={!propio.loading} fallback={<p>{tin('in.cargando')}</p>}>
        <Show
          when={propio()}
          fallback={
            <p>
              <strong>{tin('in.mi.noAqui')}</strong>
            </p>
          }
        >
          {(par) => (
            <>
              <p>
                <strong>{tin('in.mi.aqui')}</strong>
              </p>
              <p>
                {tin('in.mi.huella', { huella: par().huella })}
                <br />
                <span class="hint">{tin('in.mi.huella.hint')}</span>
              </p>
            </>
          )}
        </Show>
        <Show when={otroEquipo()}>
          <p class="inset">{tin('in.mi.otroEquipo')}</p>
        </Show>
        <p class="inset">{tin('in.mi.compartido')}</p>
        <Show when={propio()}>
          <p>{tin('in.mi.recrear.aviso')}</p>
        </Show>
        <p class="error-message" role="alert">
          {problema() ?? ''}
        </p>
        <TextField
          id="fraseRespaldo"
          label={tin('in.mi.frase')}
          hint={tin('in.mi.frase.hint')}
          error={errorFrase()}
          type="password"
          autocomplete="new-password"
          value={frase()}
          onInput={setFrase}
        />
        <button
          type="button"
          class={propio() ? 'button button--secondary' : 'button'}
          disabled={ocupado()}
          onClick={() => void crear()}
        >
          {propio() ? tin('in.mi.recrear') : tin('in.mi.crear')}
        </button>
      </Show>
      <Show when={!propio.loading && !propio()}>
        <Recuperar
          userId={props.user.id}
          onRecuperada={() => {
            setCreada(false)
            setRecuperada(true)
            setVersion((n) => n + 1)
          }}
        />
      </Show>
      <h2>{tin('in.mesas.title')}</h2>
      <Show when={!mias.loading} fallback={<p>{tin('in.cargando')}</p>}>
        <Show when={mias()} fallback={<p>{tin('in.sinConexion')}</p>}>
          {(lista) => (
            <Show when={lista().length > 0} fallback={<p>{tin('in.mesas.ninguna')}</p>}>
              <ul class="list staff-menu">
                <For each={lista()}>
                  {(m) => (
                    <li>
                      <A href={`${MESA_PATH}${m.mesa.id}`}>{tin('in.mesas.ir', { unidad: m.mesa.unidad })}</A>
                      <br />
                      <span class="hint">
                        <EstadoDeMesa estado={m.estado} />
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Show>
      </Show>
    </>
  )
}

/**
 * `/funcionarios/informacion/mi-clave`: an analyst (`informacion.analizar`) makes their own key on
 * this device (decision 0049) — or a new one, which sends their colleagues' wraps back to pending —
 * sees its fingerprint, and their desks with where they stand on each.
 */
export function MiClave() {
  usePageTitle(() => tin('in.mi.title'))
  return (
    <StaffGate capacidad="informacion.analizar" forbidden={tin('in.forbidden')} title={tin('in.mi.title')}>
      {(user) => (
        <>
          <A href="/funcionarios" class="back-link">
            {tin('in.back')}
          </A>
          <Contenido user={user} />
        </>
      )}
    </StaffGate>
  )
}
