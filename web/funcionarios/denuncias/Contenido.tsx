import { For, Show } from 'solid-js'
import { SummaryList, type SummaryRow } from '../../components/SummaryList.tsx'
import { formatDate } from '../../i18n/dates.ts'
import { locale } from '../../i18n/index.ts'
import type { VistaCaso } from '../casos/api.ts'
import { tdn } from './i18n/index.ts'
import { known, tipoLabel } from './palabras.tsx'

/*
 * What the report says, as the denuncia's hook gives it to staff (`detalle` of the case view:
 * worker/denuncias's columns and answers). Read defensively: a field the report lacks is a row
 * not shown, never a broken page.
 */

type Datos = { readonly [key: string]: unknown }

const texto = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined
const objeto = (value: unknown): Datos | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Datos) : undefined
const lista = (value: unknown): Datos[] =>
  Array.isArray(value) ? value.flatMap((item) => (objeto(item) ? [item as Datos] : [])) : []

/** A sum of Chilean pesos as people write it: $150.000. */
const pesos = (value: unknown) => {
  const n = typeof value === 'number' ? value : Number(texto(value))
  return Number.isFinite(n)
    ? new Intl.NumberFormat(locale() === 'en' ? 'en-CL' : 'es-CL', {
        style: 'currency',
        currency: 'CLP',
        maximumFractionDigits: 0,
      }).format(n)
    : undefined
}

/** Rows of the fields present, in the order given, each with its label and its value as shown. */
function filas(
  datos: Datos,
  campos: [label: string, campo: string, mostrar?: (v: unknown) => string | undefined][],
) {
  return campos.flatMap(([key, campo, mostrar]): SummaryRow[] => {
    const value = (mostrar ?? texto)(datos[campo])
    return value === undefined ? [] : [{ key, value }]
  })
}

/** When it happened: an instant, or the span it happened in. */
function cuando(d: Datos): string | undefined {
  const desde = texto(d.hechoDesde)
  if (!desde) return undefined
  const hasta = texto(d.hechoHasta)
  return hasta
    ? tdn('dn.caso.entre', { desde: formatDate(desde), hasta: formatDate(hasta) })
    : formatDate(desde)
}

/** A repeated group (things taken, suspects, witnesses), each item a small summary of its own. */
function Grupo(props: {
  items: Datos[]
  titulo: (n: number) => string
  campos: [label: string, campo: string, mostrar?: (v: unknown) => string | undefined][]
}) {
  return (
    <For each={props.items}>
      {(item, index) => (
        <>
          <h3 class="heading-s">{props.titulo(index() + 1)}</h3>
          <SummaryList rows={filas(item, props.campos)} />
        </>
      )}
    </For>
  )
}

/**
 * The report as the citizen sent it: type, when, where, what happened, the things taken or
 * damaged, the offence's own details, suspects and witnesses.
 */
export function Contenido(props: { caso: VistaCaso }) {
  const d = (): Datos => props.caso.detalle
  const detalles = () => objeto(d().detalles) ?? {}
  const hayContenido = () => texto(d().relato) !== undefined || texto(d().tipo) !== undefined
  return (
    <section aria-labelledby="denuncia-title">
      <h2 id="denuncia-title" class="heading-m">
        {tdn('dn.caso.denuncia')}
      </h2>
      <Show when={hayContenido()} fallback={<p>{tdn('dn.caso.sinContenido')}</p>}>
        <SummaryList
          rows={[
            ...filas(d(), [
              [tdn('dn.caso.tipo'), 'tipo', (v) => (texto(v) ? tipoLabel(texto(v)) : undefined)],
            ]),
            ...(cuando(d()) ? [{ key: tdn('dn.caso.cuando'), value: cuando(d()) ?? '' }] : []),
            ...filas(d(), [[tdn('dn.caso.donde'), 'lugar', () => donde(d())]]),
            ...filas(d(), [[tdn('dn.caso.relato'), 'relato']]),
            ...Object.keys(detalles()).flatMap((campo): SummaryRow[] => {
              const key = known('dn.caso.detalle', campo)
              const value = campo === 'monto' ? pesos(detalles()[campo]) : texto(detalles()[campo])
              return value === undefined ? [] : [{ key: key ? tdn(key) : campo, value }]
            }),
          ]}
        />
        <Grupo
          items={lista(d().objetos)}
          titulo={(n) => tdn('dn.caso.objeto', { n })}
          campos={[
            [tdn('dn.caso.objeto.descripcion'), 'descripcion'],
            [tdn('dn.caso.objeto.valor'), 'valor', pesos],
            [tdn('dn.caso.objeto.serie'), 'serie'],
            [tdn('dn.caso.objeto.imei'), 'imei'],
          ]}
        />
        <Grupo
          items={lista(d().sospechosos)}
          titulo={(n) => tdn('dn.caso.sospechoso', { n })}
          campos={[
            [tdn('dn.caso.persona.nombre'), 'nombre'],
            [tdn('dn.caso.persona.descripcion'), 'descripcion'],
          ]}
        />
        <Grupo
          items={lista(d().testigos)}
          titulo={(n) => tdn('dn.caso.testigo', { n })}
          campos={[
            [tdn('dn.caso.persona.nombre'), 'nombre'],
            [tdn('dn.caso.persona.contacto'), 'contacto'],
          ]}
        />
      </Show>
    </section>
  )
}

/** Where it happened: the place as described, its comuna, and the point if one was picked. */
function donde(d: Datos): string | undefined {
  const lugar = texto(d.lugar)
  const comuna = texto(d.comuna) ?? texto(objeto(d.comuna)?.nombre)
  const { lat, lon } = objeto(d.punto) ?? {}
  const punto =
    typeof lat === 'number' && typeof lon === 'number'
      ? `${tdn('dn.caso.punto')}: ${lat.toFixed(5)}, ${lon.toFixed(5)}`
      : undefined
  const partes = [lugar, comuna, punto].filter((part): part is string => part !== undefined)
  return partes.length > 0 ? partes.join(' · ') : undefined
}

/**
 * Who reports: name and RUN from the account, whether ClaveÚnica proved the RUN or the person only
 * declared it (staff must not take it for checked), and how to reach them.
 */
export function Denunciante(props: { caso: VistaCaso }) {
  const d = (): Datos => objeto((props.caso.detalle as Datos).denunciante) ?? {}
  // The report's copy of how the RUN was proven, else the account's today.
  const declarada = () => d().autodeclarada === true || props.caso.titular?.identidad === 'declarada'
  return (
    <section aria-labelledby="denunciante-title">
      <h2 id="denunciante-title" class="heading-m">
        {tdn('dn.caso.denunciante')}
      </h2>
      <Show when={props.caso.titular} fallback={<p>{tdn('dn.caso.sinTitular')}</p>}>
        {(titular) => (
          <>
            <Show when={declarada()}>
              <p class="dn-declarada">
                <strong class="tag tag--pending">{tdn('dn.caso.identidad.declarada')}</strong>{' '}
                {tdn('dn.caso.identidad.declarada.hint')}
              </p>
            </Show>
            <SummaryList
              rows={[
                { key: tdn('dn.caso.nombre'), value: titular().nombre },
                ...(titular().run ? [{ key: tdn('dn.caso.run'), value: titular().run ?? '' }] : []),
                {
                  key: tdn('dn.caso.identidad'),
                  value: tdn(declarada() ? 'dn.caso.identidad.declarada' : 'dn.caso.identidad.verificada'),
                },
                ...filas(d(), [
                  [tdn('dn.caso.correo'), 'email'],
                  [tdn('dn.caso.telefono'), 'telefono'],
                ]),
              ]}
            />
          </>
        )}
      </Show>
    </section>
  )
}

/** A size as people read it: 840 kB, 12.5 MB. */
const tamano = (bytes: unknown) =>
  typeof bytes !== 'number'
    ? undefined
    : bytes < 1_000_000
      ? `${Math.max(1, Math.round(bytes / 1000))} kB`
      : `${(bytes / 1_000_000).toFixed(1)} MB`

/**
 * The files sent with the report and with the answers (the report's `archivos`), each a download
 * (recorded as a read, as the opening is) with its type, size and SHA-256 — the chain of custody
 * the receipt printed.
 */
export function Archivos(props: { caso: VistaCaso }) {
  const archivos = () => lista((props.caso.detalle as Datos).archivos)
  return (
    <Show when={archivos().length > 0}>
      <section aria-labelledby="archivos-title">
        <h2 id="archivos-title" class="heading-m">
          {tdn('dn.caso.archivos')}
        </h2>
        <p class="hint">{tdn('dn.caso.archivo.registro')}</p>
        <ul class="list dn-archivos">
          <For each={archivos()}>
            {(archivo) => (
              <li>
                <Show when={texto(archivo.descarga)} fallback={texto(archivo.nombre)}>
                  {(url) => (
                    <a href={url()} download={texto(archivo.nombre) ?? ''}>
                      {texto(archivo.nombre) ?? url()}
                    </a>
                  )}
                </Show>{' '}
                ({[texto(archivo.tipo), tamano(archivo.bytes)].filter(Boolean).join(', ')}
                {texto(archivo.preguntaId) ? `, ${tdn('dn.caso.archivo.respuesta')}` : ''})
                <Show when={texto(archivo.sha256)}>
                  {(sha256) => (
                    <>
                      <br />
                      <span class="hint dn-huella">
                        {tdn('dn.caso.archivo.huella', { sha256: sha256() })}
                      </span>
                    </>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  )
}
