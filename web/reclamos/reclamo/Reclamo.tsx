import { A, useLocation } from '@solidjs/router'
import { createSignal, lazy, Show, Suspense } from 'solid-js'
import { formatCivilDate } from '../../../core/time.ts'
import { formatNumero } from '../../../worker/denuncias/numero.ts'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { screen } from '../../components/screen.tsx'
import { createTramitePropio, TramitePropioVista } from '../../components/TramitePropio.tsx'
import { formatDate, formatDay } from '../../i18n/dates.ts'
import type { ReclamoMessageKey } from '../i18n/es.ts'
import { tr } from '../i18n/index.ts'
import { type ReclamoCiudadano, reclamoUrl } from './vista.ts'

const ESTADOS = ['recibido', 'en_analisis', 'informacion_solicitada', 'respondido', 'derivado']

/** A state's name for the citizen; one the case machinery adds later shows as it is named. */
export const estadoTexto = (estado: string) =>
  ESTADOS.includes(estado) ? tr(`estado.${estado}` as ReclamoMessageKey) : estado

/** The due date with the working days left, as the server counts them (holidays included). */
function plazo(vista: ReclamoCiudadano): string | undefined {
  if (!vista.venceAt) return undefined
  const fecha = formatDay(vista.venceAt, 'America/Santiago')
  const n = vista.diasRestantes
  if (n === undefined || n === null) return fecha
  if (n < 0) return tr('vence.vencido', { fecha })
  if (n === 0) return tr('vence.hoy', { fecha })
  return n === 1 ? tr('vence.uno', { fecha }) : tr('vence.dias', { fecha, n })
}

/**
 * The case around the complaint (web/casos, a chunk of its own with its words and the upload
 * kit's): the question the office asked with the form to answer it, "Agregar información", the
 * dated history.
 */
const Caso = screen(
  () => import('../../casos/pages.ts'),
  (m) => m.CasoCiudadano,
)

/** The office's answer (its signed PDF) or where the complaint was derived, and why. */
function Resolucion(props: { vista: ReclamoCiudadano }) {
  return (
    <>
      <Show when={props.vista.respuesta}>
        {(respuesta) => (
          <section class="rc-seccion" aria-labelledby="respuesta-title">
            <h2 id="respuesta-title">{tr('respuesta.title')}</h2>
            <p class="hint">
              {tr('respuesta.fecha', { fecha: formatDate(respuesta().at, 'America/Santiago') })}
            </p>
            <Show when={respuesta().texto}>
              <blockquote class="caso-cita">{respuesta().texto}</blockquote>
            </Show>
            <p>
              <a href={respuesta().pdfUrl} class="button-link button--secondary">
                {tr('respuesta.pdf')}
              </a>
            </p>
          </section>
        )}
      </Show>
      <Show when={props.vista.derivacion}>
        {(derivacion) => (
          <section class="rc-seccion" aria-labelledby="derivacion-title">
            <h2 id="derivacion-title">{tr('derivacion.title')}</h2>
            <SummaryList
              rows={[
                { key: tr('derivacion.destino'), value: tr(`derivacion.${derivacion().destino}`) },
                { key: tr('derivacion.donde'), value: derivacion().donde },
                { key: tr('derivacion.motivo'), value: derivacion().motivo },
                { key: tr('derivacion.fecha'), value: formatDay(derivacion().at, 'America/Santiago') },
              ]}
            />
          </section>
        )}
      </Show>
    </>
  )
}

// The rating's and the reopening's forms (the form kit) load only when the complaint offers them:
// a complaint's page is an e-mail's landing page.
const Valorar = lazy(() => import('./Valorar.tsx').then((m) => ({ default: m.Valorar })))
const Reabrir = lazy(() => import('./Valorar.tsx').then((m) => ({ default: m.Reabrir })))

/** What the citizen said of the answer, or the form to say it; the reopening, or the form to ask it. */
function Despues(props: { vista: ReclamoCiudadano; onVista: (vista: ReclamoCiudadano) => void }) {
  return (
    <>
      <Show when={props.vista.satisfaccion}>
        {(dada) => <p>{dada().satisfecho ? tr('valorar.dada.si') : tr('valorar.dada.no')}</p>}
      </Show>
      <Show when={props.vista.puedeValorar && !props.vista.satisfaccion}>
        <Suspense>
          <Valorar vista={props.vista} onVista={props.onVista} />
        </Suspense>
      </Show>
      <Show when={props.vista.reapertura}>
        {(reapertura) => (
          <p>
            {tr('reabrir.hecha', {
              fecha: formatDay(reapertura().at, 'America/Santiago'),
              motivo: reapertura().motivo,
            })}
          </p>
        )}
      </Show>
      <Show when={props.vista.puedeReabrir}>
        <Suspense>
          <Reabrir vista={props.vista} onVista={props.onVista} />
        </Suspense>
      </Show>
    </>
  )
}

/** The complaint, its due date, the office's answer or derivation, and its case. */
function Detalle(props: {
  vista: ReclamoCiudadano
  enviado: boolean
  /** Counts the changes made on this page: the case part is read again on each. */
  vuelta: number
  onVista: (vista: ReclamoCiudadano) => void
  onCambio: () => void
  onErrores: (hay: boolean) => void
}) {
  const numero = () => formatNumero(props.vista.numero)
  const vencido = () => (props.vista.diasRestantes ?? 0) < 0
  return (
    <>
      <Show
        when={props.enviado}
        fallback={
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tr('reclamo.title', { numero: numero() })}
          </h1>
        }
      >
        <div class="panel">
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tr('recibido.title')}
          </h1>
          <p>{tr('recibido.numero')}</p>
          <strong class="panel__numero">{numero()}</strong>
        </div>
        <p>{tr('recibido.correo')}</p>
      </Show>
      <Show when={plazo(props.vista)}>
        {(texto) => (
          <p class={vencido() ? 'rc-plazo rc-plazo--vencido' : 'rc-plazo'}>
            <strong>{tr('reclamo.vence')}:</strong> {texto()}
          </p>
        )}
      </Show>
      <p>
        <a href={`${reclamoUrl(props.vista.numero)}/pdf`} class="button-link button--secondary">
          {tr('pdf')}
        </a>
      </p>
      <Resolucion vista={props.vista} />
      <Despues vista={props.vista} onVista={props.onVista} />
      {/* Mounted anew after a rating or a reopening, so its history shows the new entry. */}
      <Show when={props.vuelta} keyed>
        <Suspense fallback={<p role="status">…</p>}>
          <Caso
            numero={props.vista.numero}
            servicio="reclamos"
            compartido={() => false}
            onCambio={props.onCambio}
            onErrores={props.onErrores}
          >
            <SummaryList
              rows={[
                { key: tr('reclamo.numero'), value: numero() },
                { key: tr('reclamo.estado'), value: estadoTexto(props.vista.estado) },
                { key: tr('reclamo.unidad'), value: props.vista.unidad },
                { key: tr('reclamo.fecha'), value: formatCivilDate(props.vista.fecha) },
                { key: tr('reclamo.recibido'), value: formatDate(props.vista.createdAt, 'America/Santiago') },
              ]}
            />
          </Caso>
        </Suspense>
      </Show>
      <p>
        <A href="/mis-tramites">{tr('tramites')}</A>
      </p>
    </>
  )
}

/**
 * `/reclamos/:numero`: one of the citizen's own complaints — just sent (`?enviado=1`), its número
 * large with the receipt — with its due date and working days left, the answer (its PDF) or the
 * derivation, the rating and reopening forms while they apply, and its case (web/casos). Signed
 * out, to the sign-in and back here; another person's number is simply not found.
 */
export function Reclamo(props: { numero: string }) {
  const location = useLocation()
  const [errores, setErrores] = createSignal(false)
  const [vuelta, setVuelta] = createSignal(1)
  const enviado = () => new URLSearchParams(location.search).has('enviado')
  usePageTitle(
    () => (enviado() ? tr('recibido.title') : tr('reclamo.title', { numero: formatNumero(props.numero) })),
    errores,
  )
  const tramite = createTramitePropio<ReclamoCiudadano>(() => reclamoUrl(props.numero))
  return (
    <TramitePropioVista
      tramite={tramite}
      noEncontrado={{ title: tr('noEncontrado.title'), body: tr('noEncontrado.body') }}
      sinConexion={{ title: tr('sinConexion.title'), body: tr('sinConexion.body') }}
    >
      {(vista) => (
        <Detalle
          vista={vista()}
          enviado={enviado()}
          vuelta={vuelta()}
          onVista={(nueva) => {
            tramite.mostrar(nueva)
            setVuelta((n) => n + 1)
          }}
          onCambio={() => void tramite.cargar()}
          onErrores={setErrores}
        />
      )}
    </TramitePropioVista>
  )
}
