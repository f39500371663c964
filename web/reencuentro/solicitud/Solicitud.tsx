import { A, useLocation } from '@solidjs/router'
import { createEffect, For, on, Show } from 'solid-js'
import { formatNumero } from '../../../worker/denuncias/numero.ts'
import { nombreComuna } from '../../components/Comuna.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { createTramitePropio, TramitePropioVista } from '../../components/TramitePropio.tsx'
import { formatDate } from '../../i18n/dates.ts'
import { locale } from '../../i18n/index.ts'
import type { ReencuentroMessageKey } from '../i18n/es.ts'
import { tre } from '../i18n/index.ts'
import { type SolicitudCiudadano, solicitudUrl } from './vista.ts'

const SANTIAGO = 'America/Santiago'
const ESTADOS = ['recibida', 'en_busqueda', 'concluida']

/** A state's name for the requester, in the page's language (the server's words else). */
export const estadoTexto = (estado: string, delServidor?: string) =>
  ESTADOS.includes(estado) ? tre(`estado.${estado}` as ReencuentroMessageKey) : (delServidor ?? estado)

/** A relationship's words, as the form said them («Mi madre»). */
const relacion = (valor: string) => {
  const key = `relacion.${valor}`
  const texto = tre(key as ReencuentroMessageKey)
  return texto === key ? valor : texto
}

/** The closing: the words every ending shares, and what the person found chose to give, if anything. */
function Cierre(props: { cierre: NonNullable<SolicitudCiudadano['cierre']> }) {
  return (
    <section class="re-cierre" aria-labelledby="cierre-title">
      <h2 id="cierre-title">{tre('cierre.title')}</h2>
      <p>
        <strong>{props.cierre.texto}</strong>
      </p>
      <Show when={props.cierre.contacto}>
        {(contacto) => (
          <>
            <p>{tre('cierre.contacto')}</p>
            <SummaryList
              rows={[
                { key: tre('cierre.nombre'), value: contacto().nombre },
                ...(contacto().correo ? [{ key: tre('cierre.correo'), value: contacto().correo ?? '' }] : []),
                ...(contacto().telefono
                  ? [{ key: tre('cierre.telefono'), value: contacto().telefono ?? '' }]
                  : []),
              ]}
            />
          </>
        )}
      </Show>
      <Show when={props.cierre.mensaje}>
        {(mensaje) => (
          <>
            <p>{tre('cierre.mensaje')}</p>
            <blockquote class="caso-cita">{mensaje()}</blockquote>
          </>
        )}
      </Show>
      <Show when={!props.cierre.contacto && !props.cierre.mensaje}>
        <p>{tre('cierre.apoyo')}</p>
      </Show>
    </section>
  )
}

/** The request, its state, its dated history and, once concluded, its closing. */
function Detalle(props: { numero: string; vista: SolicitudCiudadano; enviado: boolean }) {
  const numero = () => formatNumero(props.numero)
  const s = () => props.vista.solicitud
  return (
    <>
      <Show
        when={props.enviado}
        fallback={
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tre('solicitud.title', { numero: numero() })}
          </h1>
        }
      >
        <div class="panel">
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tre('recibido.title')}
          </h1>
          <p>{tre('recibido.numero')}</p>
          <strong class="panel__numero">{numero()}</strong>
        </div>
        <p>{tre('recibido.correo')}</p>
      </Show>
      <SummaryList
        rows={[
          { key: tre('solicitud.estado'), value: estadoTexto(props.vista.estado, props.vista.estadoTexto) },
          { key: tre('solicitud.recibida'), value: formatDate(props.vista.recibidaEl, SANTIAGO) },
          { key: tre('solicitud.busca'), value: `${s().nombres} ${s().apellidos}`.trim() },
          { key: tre('solicitud.relacion'), value: relacion(s().relacion) },
          { key: tre('solicitud.comuna'), value: nombreComuna(s().ultimaComuna) || s().ultimaComuna },
          ...(typeof s().mensaje === 'string'
            ? [{ key: tre('revisar.mensaje'), value: String(s().mensaje) }]
            : []),
        ]}
      />
      <Show when={props.vista.cierre} fallback={<p>{tre('solicitud.espera')}</p>}>
        {(cierre) => <Cierre cierre={cierre()} />}
      </Show>
      <p>
        <a href={`${solicitudUrl(props.numero)}/comprobante.pdf`} class="button-link button--secondary">
          {tre('pdf')}
        </a>
      </p>
      <h2>{tre('solicitud.historia')}</h2>
      <ol class="re-historia">
        <For each={props.vista.historia}>
          {(entrada) => (
            <li>
              <time datetime={entrada.at}>{formatDate(entrada.at, SANTIAGO)}</time>: {entrada.texto}
            </li>
          )}
        </For>
      </ol>
      <p>
        <A href="/mis-tramites">{tre('tramites')}</A>
      </p>
    </>
  )
}

/**
 * `/reencuentro/:numero`: one of the citizen's own requests (the e-mail's link; Mis trámites) — just
 * sent (`?enviado=1`), its número large with the receipt — with its state, the dated history and,
 * once concluded, «La búsqueda ha concluido.» with what the person found chose to share. Signed out,
 * to the sign-in and back here; another person's number is simply not found.
 */
export function Solicitud(props: { numero: string }) {
  const location = useLocation()
  const enviado = () => new URLSearchParams(location.search).has('enviado')
  usePageTitle(() =>
    enviado() ? tre('recibido.title') : tre('solicitud.title', { numero: formatNumero(props.numero) }),
  )
  // The state, the history and the closing words are the server's: read in the page's language, again when it changes.
  const tramite = createTramitePropio<SolicitudCiudadano>(
    () => `${solicitudUrl(props.numero)}?lang=${locale()}`,
  )
  createEffect(on(locale, () => void tramite.cargar(), { defer: true }))
  return (
    <TramitePropioVista
      tramite={tramite}
      noEncontrado={{ title: tre('noEncontrado.title'), body: tre('noEncontrado.body') }}
      sinConexion={{ title: tre('sinConexion.title'), body: tre('sinConexion.body') }}
    >
      {(vista) => <Detalle numero={props.numero} vista={vista()} enviado={enviado()} />}
    </TramitePropioVista>
  )
}
