import { A, useLocation } from '@solidjs/router'
import { createSignal, Show, Suspense } from 'solid-js'
import { esTipo } from '../../../core/denuncias/tipos.ts'
import { formatLocal } from '../../../core/time.ts'
import { formatNumero } from '../../../worker/denuncias/numero.ts'
import { nombresTipo } from '../../../worker/denuncias/palabras.ts'
import type { DenunciaView } from '../../../worker/denuncias/schema.ts'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { screen } from '../../components/screen.tsx'
import { createTramitePropio, TramitePropioVista } from '../../components/TramitePropio.tsx'
import { formatDate } from '../../i18n/dates.ts'
import { locale } from '../../i18n/index.ts'
import { compartido } from '../dispositivo.ts'
import type { DenunciaMessageKey } from './i18n/es.ts'
import { tn } from './i18n/index.ts'

const ESTADOS = [
  'recibida',
  'en_analisis',
  'informacion_solicitada',
  'derivada',
  'enviada_fiscalia',
  'cerrada',
]

/** A state's name for the citizen; one the case machinery adds later shows as it is named. */
export function estadoTexto(estado: string): string {
  return ESTADOS.includes(estado) ? tn(`estado.${estado}` as DenunciaMessageKey) : estado
}

/** An offence's name in the citizen's language. */
export const tipoTexto = (tipo: string) => (esTipo(tipo) ? nombresTipo[locale()][tipo] : tipo)

/** When it happened, in Chile's time, as the citizen typed it. */
function cuando(view: DenunciaView): string {
  const desde = formatLocal(new Date(view.hechoDesde))
  return view.hechoHasta
    ? tn('denuncia.rango', { desde, hasta: formatLocal(new Date(view.hechoHasta)) })
    : desde
}

/**
 * The case around the report (web/casos, a chunk of its own with its words and the upload kit's):
 * the question staff asked with the form to answer it, "Agregar información", the dated history.
 */
const Caso = screen(
  () => import('../../casos/pages.ts'),
  (m) => m.CasoCiudadano,
)

/**
 * What was sent and what became of it: what happens next while it is new, and its case — the
 * question waiting for an answer above the report, adding information and the history below.
 */
function Detalle(props: {
  view: DenunciaView
  enviada: boolean
  onCambio: () => void
  onErrores: (hay: boolean) => void
}) {
  const numero = () => formatNumero(props.view.numero)
  return (
    <>
      <Show
        when={props.enviada}
        fallback={
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tn('denuncia.title', { numero: numero() })}
          </h1>
        }
      >
        <div class="dn-panel">
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tn('recibida.title')}
          </h1>
          <p>{tn('recibida.numero')}</p>
          <strong class="dn-numero">{numero()}</strong>
        </div>
      </Show>
      <Suspense fallback={<p role="status">…</p>}>
        <Caso
          numero={props.view.numero}
          servicio="denuncias"
          compartido={() => compartido() === true}
          onCambio={props.onCambio}
          onErrores={props.onErrores}
        >
          <Show when={props.view.estado === 'recibida'}>
            <h2>{tn('siguiente.title')}</h2>
            <ul class="dn-list">
              <Show when={props.view.venceAt}>
                {(venceAt) => (
                  <li>{tn('siguiente.revision', { fecha: formatDate(venceAt(), 'America/Santiago') })}</li>
                )}
              </Show>
              <li>{tn('siguiente.derivar')}</li>
              <li>{tn('siguiente.correo')}</li>
              <li>{tn('siguiente.numero')}</li>
            </ul>
          </Show>
          <p>
            <a href={`/api/denuncias/${props.view.numero}/pdf`} class="button-link button--secondary">
              {tn('pdf')}
            </a>
          </p>
          <SummaryList
            rows={[
              { key: tn('denuncia.numero'), value: numero() },
              { key: tn('denuncia.tipo'), value: tipoTexto(props.view.tipo) },
              { key: tn('denuncia.cuando'), value: cuando(props.view) },
              { key: tn('denuncia.lugar'), value: `${props.view.lugar}, ${props.view.comuna}` },
              { key: tn('denuncia.denunciante'), value: props.view.denunciante },
              { key: tn('denuncia.recibida'), value: formatDate(props.view.createdAt, 'America/Santiago') },
              { key: tn('denuncia.estado'), value: estadoTexto(props.view.estado) },
            ]}
          />
        </Caso>
      </Suspense>
      <p>
        <A href="/mis-tramites">{tn('tramites')}</A>
      </p>
    </>
  )
}

/**
 * `/denuncias/:numero`: one of the citizen's own reports — and, just sent (`?enviada=1`), its
 * número large and grouped to read aloud, what happens next and by when, its receipt — with its
 * case (web/casos): the question staff asked and the answer, information added, the dated
 * history. Read again after the citizen sends something, so its state is current. Signed out,
 * to the sign-in and back here; another person's number is simply not found.
 */
export function Denuncia(props: { numero: string }) {
  const location = useLocation()
  const [errores, setErrores] = createSignal(false)
  const enviada = () => new URLSearchParams(location.search).has('enviada')
  usePageTitle(
    () => (enviada() ? tn('recibida.title') : tn('denuncia.title', { numero: formatNumero(props.numero) })),
    errores,
  )
  const tramite = createTramitePropio<DenunciaView>(() => `/api/denuncias/${props.numero}`)
  return (
    <TramitePropioVista
      tramite={tramite}
      noEncontrado={{ title: tn('noEncontrada.title'), body: tn('noEncontrada.body') }}
      sinConexion={{ title: tn('sinConexion.title'), body: tn('sinConexion.body') }}
    >
      {(view) => (
        <Detalle
          view={view()}
          enviada={enviada()}
          onCambio={() => void tramite.cargar()}
          onErrores={setErrores}
        />
      )}
    </TramitePropioVista>
  )
}
