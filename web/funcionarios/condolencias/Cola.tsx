import { A, useSearchParams } from '@solidjs/router'
import { createEffect, createSignal, For, on, Show } from 'solid-js'
import type { FieldError } from '../../../worker/errors.ts'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { TextField } from '../../components/TextField.tsx'
import { callApi } from '../../forms/api.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { errorFor } from '../../forms/validate.ts'
import { formatDate } from '../../i18n/dates.ts'
import { type Cargada, ListaCargada } from '../ListaCargada.tsx'
import { StaffGate } from '../StaffGate.tsx'
import { COLA_API, COLA_PATH, decisionApi, ESTADOS_COLA, type EstadoCola, type MensajeEnCola } from './api.ts'
import { tfc } from './i18n/index.ts'

const chile = (iso: string) => formatDate(iso, 'America/Santiago')

const RETENCIONES = ['enlace', 'correo', 'run', 'telefono', 'insulto', 'reportes'] as const

/** Why the first pass (or the readers) held a message, in words: the API keeps codes, `enlace,telefono`. */
function porQue(codigos: string): string {
  return codigos
    .split(',')
    .map((codigo) => {
      const conocido = RETENCIONES.find((r) => r === codigo)
      return conocido ? tfc(`fc.retencion.${conocido}`) : codigo
    })
    .join('; ')
}

/** Publicar, or Rechazar with a reason (required: the author is e-mailed it). */
function Decision(props: { item: MensajeEnCola; hecho: (mensaje: string) => void }) {
  const [rechazando, setRechazando] = createSignal(false)
  const [motivo, setMotivo] = createSignal('')
  const [errores, setErrores] = createSignal<FieldError[]>([])
  const [ocupado, setOcupado] = createSignal(false)
  const campo = () => `motivo-${props.item.id}`
  const decidir = async (body: Record<string, string>, hecho: string) => {
    setOcupado(true)
    const result = await callApi('POST', decisionApi(props.item.id), body)
    setOcupado(false)
    if (result.ok) return props.hecho(hecho)
    setErrores(
      problemsOf(result).map((problem) => ({
        ...problem,
        field: problem.field === 'motivo' ? campo() : problem.field,
      })),
    )
  }
  const rechazar = (event: SubmitEvent) => {
    event.preventDefault()
    void decidir({ decision: 'rechazar', motivo: motivo().trim() }, tfc('fc.rechazado'))
  }
  return (
    <>
      <Show when={errores().length > 0}>
        <ErrorSummary errors={errores()} />
      </Show>
      <Show
        when={rechazando()}
        fallback={
          <div class="button-group">
            <button
              type="button"
              class="button"
              disabled={ocupado()}
              onClick={() => void decidir({ decision: 'publicar' }, tfc('fc.publicado'))}
            >
              {tfc('fc.publicar')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setRechazando(true)}>
              {tfc('fc.rechazar')}
            </button>
          </div>
        }
      >
        <form novalidate onSubmit={rechazar}>
          <TextField
            id={campo()}
            label={tfc('fc.motivoRechazo')}
            hint={tfc('fc.rechazar.hint')}
            error={errorFor(errores(), campo())}
            value={motivo()}
            onInput={setMotivo}
            multiline
            maxLength={500}
          />
          <div class="button-group">
            <button type="submit" class="button button--warning" disabled={ocupado()}>
              {tfc('fc.rechazar.confirmar')}
            </button>
            <button type="button" class="link-button" onClick={() => setRechazando(false)}>
              {tfc('fc.cancelar')}
            </button>
          </div>
        </form>
      </Show>
    </>
  )
}

/**
 * `/funcionarios/condolencias` (moderators, `condolencias.moderar`): the queue in three tabs —
 * retenidos (the automatic pass held them), pendientes (published by themselves after their delay
 * unless stopped), reportados —, each message with its memorial, signature, why it was held and
 * its reports; Publicar or Rechazar with a reason.
 */
export function ColaCondolencias() {
  usePageTitle(() => tfc('fc.cola.title'))
  const [params] = useSearchParams()
  const estado = (): EstadoCola => ESTADOS_COLA.find((e) => e === params.estado) ?? 'retenido'
  const [items, setItems] = createSignal<Cargada<MensajeEnCola>>('loading')
  const [aviso, setAviso] = createSignal('')
  const cargar = async () => {
    setItems('loading')
    const result = await callApi<{ items: MensajeEnCola[] }>('GET', `${COLA_API}?estado=${estado()}`)
    setItems(result.ok ? result.body.items : 'failed')
  }
  createEffect(on(estado, () => void cargar()))
  return (
    <StaffGate title={tfc('fc.cola.title')} capacidad="condolencias.moderar">
      {() => (
        <>
          <A href="/funcionarios" class="back-link">
            {tfc('fc.inicio')}
          </A>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tfc('fc.cola.title')}
          </h1>
          <nav aria-label={tfc('fc.cola.tabs')}>
            <ul class="pestanas">
              <For each={ESTADOS_COLA}>
                {(e) => (
                  <li>
                    <A
                      href={`${COLA_PATH}?estado=${e}`}
                      aria-current={estado() === e ? 'page' : undefined}
                      class={estado() === e ? 'pestanas__actual' : undefined}
                    >
                      {tfc(`fc.cola.${e}`)}
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </nav>
          <Show when={aviso()}>
            <p class="inset" role="status">
              {aviso()}
            </p>
          </Show>
          <ListaCargada
            items={items()}
            words={{
              loading: tfc('fc.cola.loading'),
              failed: tfc('fc.cola.failed'),
              empty: tfc('fc.cola.empty'),
            }}
            class="entries"
          >
            {(item) => (
              <>
                <blockquote>{item.mensaje}</blockquote>
                <SummaryList
                  rows={[
                    { key: tfc('fc.memorial'), value: item.memorial.nombre },
                    { key: tfc('fc.firma'), value: item.firma },
                    { key: tfc('fc.recibido'), value: chile(item.receivedAt) },
                    ...(item.motivoRetencion
                      ? [{ key: tfc('fc.motivoRetencion'), value: porQue(item.motivoRetencion) }]
                      : []),
                    ...(item.publicarDesde && item.estado === 'pendiente'
                      ? [{ key: tfc('fc.publicarDesde'), value: chile(item.publicarDesde) }]
                      : []),
                    ...(item.reportes > 0 ? [{ key: tfc('fc.reportes'), value: String(item.reportes) }] : []),
                  ]}
                />
                <Decision
                  item={item}
                  hecho={(mensaje) => {
                    setAviso(mensaje)
                    void cargar()
                  }}
                />
              </>
            )}
          </ListaCargada>
        </>
      )}
    </StaffGate>
  )
}
