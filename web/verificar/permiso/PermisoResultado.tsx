import { Match, Show, Switch } from 'solid-js'
import { SummaryList } from '../../components/SummaryList.tsx'
import { formatDate, formatDay, formatTime } from '../../i18n/dates.ts'
import { type Icono, type Tono, Veredicto } from '../Veredicto.tsx'
import { tvp } from './i18n/index.ts'
import type { ResultadoPermiso, VeredictoPermiso } from './veredicto.ts'
import './permiso.css'

export { ready } from './i18n/index.ts'

const ASPECTO: Record<VeredictoPermiso, [Tono, Icono]> = {
  valido: ['ok', 'check'],
  vencido: ['bad', 'clock'],
  por_comenzar: ['warn', 'clock'],
  revocado: ['bad', 'ban'],
  falsificado: ['bad', 'cross'],
  sin_registro: ['bad', 'cross'],
  otro_documento: ['neutral', 'question'],
  sin_claves: ['neutral', 'question'],
  depurado: ['neutral', 'clock'],
}

/** A permit's times are Chile's (its hours are set there), wherever the phone's clock is set. */
const CHILE = 'America/Santiago'
const fecha = (iso: string) => formatDate(iso, CHILE)
const dia = (iso: string) => formatDay(iso, CHILE)
const hora = (iso: string) => formatTime(iso, CHILE)

function detalle(r: ResultadoPermiso): string {
  if (r.veredicto === 'falsificado') return tvp(`vp.falsificado.${r.firma ?? 'bad_signature'}`)
  // A forged document, or another kind, has no dates to say (and none to trust).
  if (r.veredicto === 'depurado')
    return tvp('vp.depurado.detalle', { fecha: r.depuradoAt ? dia(r.depuradoAt) : '' })
  const { inicio = '', fin = '' } = r.datos ?? {}
  return tvp(`vp.${r.veredicto}.detalle`, { inicio: inicio && fecha(inicio), fin: fin && fecha(fin) })
}

/**
 * A permit's verification, for the public page and the officer's: the verdict, with where the
 * answer comes from right beside it — the server (revocations included), or only this device,
 * possibly stale: on a phone both are on the first screen, never a "VÁLIDO" alone above the fold
 * —, then, when the signature or the server vouches for them, the holder's name and masked RUN in
 * large type (to compare with the identity card) and what, where and when the permit allows.
 * A revocation's reason is never shown: the API gives none.
 */
export function PermisoResultado(props: {
  resultado: ResultadoPermiso
  /** The server is being asked. */
  consultando?: boolean
  /** When this device last heard from the server (ISO), said in the offline notice. */
  ultimoContacto?: string | undefined
}) {
  const r = () => props.resultado
  const aspecto = () => ASPECTO[r().veredicto]
  return (
    <>
      <Veredicto
        tono={aspecto()[0]}
        icono={aspecto()[1]}
        palabra={tvp(`vp.${r().veredicto}`)}
        detalle={detalle(r())}
      />
      <Switch>
        <Match when={r().servidor}>
          {(at) => <p class="inset">{tvp('vp.servidor', { hora: hora(at()) })}</p>}
        </Match>
        <Match when={props.consultando}>
          <p class="inset" role="status">
            {tvp('vp.consultando')}
          </p>
        </Match>
        <Match when={r().datos}>
          <div class="vp-offline" role="note">
            <h2 class="heading-s">{tvp('vp.offline.title')}</h2>
            <p>{tvp('vp.offline.body')}</p>
            <Show when={props.ultimoContacto}>
              {(at) => <p>{tvp('vp.offline.ultimo', { fecha: fecha(at()) })}</p>}
            </Show>
          </div>
        </Match>
      </Switch>
      <Show when={r().datos}>
        {(datos) => (
          <>
            <dl class="vp-titular">
              <div>
                <dt>{tvp('vp.titular')}</dt>
                <dd class="vp-titular__nombre">{datos().nombre}</dd>
              </div>
              <div>
                <dt>{tvp('vp.run')}</dt>
                <dd class="vp-titular__run">{datos().run}</dd>
              </div>
            </dl>
            <SummaryList
              rows={[
                { key: tvp('vp.permiso'), value: datos().motivo },
                { key: tvp('vp.desde'), value: fecha(datos().inicio) },
                { key: tvp('vp.hasta'), value: datos().fin ? fecha(datos().fin) : '' },
                { key: tvp('vp.codigo'), value: datos().code },
              ].filter((row) => row.value !== '')}
            />
          </>
        )}
      </Show>
    </>
  )
}
