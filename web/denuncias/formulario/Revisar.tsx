import { A } from '@solidjs/router'
import { createSignal, For, onMount, Show } from 'solid-js'
import { formatPatente } from '../../../core/identificadores.ts'
import { formatCivilDate, formatLocal } from '../../../core/time.ts'
import { formatNumero } from '../../../worker/denuncias/numero.ts'
import { nombresTipo, opcionesDenuncia } from '../../../worker/denuncias/palabras.ts'
import type { DenunciaView } from '../../../worker/denuncias/schema.ts'
import { tamano } from '../../archivos/FileUpload.tsx'
import { nombreComuna } from '../../components/Comuna.tsx'
import { Radios } from '../../components/Radios.tsx'
import { SummaryList, type SummaryRow } from '../../components/SummaryList.tsx'
import { callApi } from '../../forms/api.ts'
import { errorFor } from '../../forms/validate.ts'
import { locale, obligatorio } from '../../i18n/index.ts'
import { label } from './Campos.tsx'
import { evidencia } from './Evidencia.tsx'
import { ficha } from './ficha.tsx'
import { td } from './i18n/index.ts'
import { Marco, rutaDe, type usePaso } from './marco.tsx'
import { draft, type Grupo, lista, type Respuestas, tipoDe, todosLosProblemas } from './respuestas.ts'

type PasoProps = { paso: ReturnType<typeof usePaso> }

/** A date and time as typed, as Chileans read them: `20-11-2026 21:30`. */
export const momento = (fecha: string, hora: string) => `${formatCivilDate(fecha)} ${hora}`
const pesos = (text: string) => (text.trim() === '' ? '' : `$${text.replace(/[$\s]/g, '')}`)

/** The answers as check-your-answers rows, each linked to the page that asks it. */
function filas(values: Respuestas): { hecho: SummaryRow[]; personas: SummaryRow[]; contacto: SummaryRow[] } {
  const tipo = tipoDe(values)
  const row = (paso: string, field: string, value: string, key = label(field)): SummaryRow => ({
    key,
    value,
    href: `${rutaDe(paso)}#${field}`,
  })
  const items = (grupo: Grupo, text: (item: Record<string, string>) => string) =>
    lista(values, grupo).map((item, i) =>
      row(grupo, `${grupo}.${i}.${Object.keys(item)[0] ?? ''}`, text(item), label(`${grupo}.${i}`)),
    )
  const detalle = (id: string, value: string) =>
    id === 'patente'
      ? formatPatente(value.toUpperCase().replace(/[^A-Z0-9]/g, ''))
      : id === 'monto'
        ? pesos(value)
        : (opcionesDenuncia[locale()][value] ?? value)
  const ninguno = (grupo: Grupo) =>
    lista(values, grupo).length === 0 ? [row(grupo, grupo, td('revisar.ninguno'))] : []
  const yo = ficha()?.titular
  return {
    hecho: [
      row('tipo', 'tipo', tipo ? nombresTipo[locale()][tipo.id] : ''),
      row(
        'cuando',
        'desdeFecha',
        values.rango === 'si'
          ? td('revisar.rango', {
              desde: momento(values.desdeFecha, values.desdeHora),
              hasta: momento(values.hastaFecha, values.hastaHora),
            })
          : momento(values.desdeFecha, values.desdeHora),
        label('desdeFecha'),
      ),
      row('donde', 'comunaCut', nombreComuna(values.comunaCut)),
      row('donde', 'lugar', values.lugar),
      ...(values.lat ? [row('donde', 'punto', `${values.lat}, ${values.lon}`)] : []),
      row('relato', 'relato', values.relato),
      ...(tipo?.detalles ?? []).map((id) => row('detalles', `detalles.${id}`, detalle(id, values[id]))),
      ...(tipo?.objetos
        ? items('objetos', (item) =>
            [item.descripcion, pesos(item.valor ?? ''), item.serie, item.imei && `IMEI ${item.imei}`]
              .filter(Boolean)
              .join(' · '),
          )
        : []),
    ],
    personas: [
      ...items('sospechosos', (item) => [item.nombre, item.descripcion].filter(Boolean).join(': ')),
      ...ninguno('sospechosos').map((r) => ({ ...r, key: label('sospechosos') })),
      ...items('testigos', (item) => [item.nombre, item.contacto].filter(Boolean).join(' · ')),
      ...ninguno('testigos').map((r) => ({ ...r, key: label('testigos') })),
    ],
    contacto: [
      ...(yo
        ? [
            {
              key: td('revisar.denunciante'),
              value: td(
                yo.identidad === 'claveunica' ? 'revisar.identidad.claveunica' : 'revisar.identidad.self',
                {
                  nombre: yo.nombre,
                  run: yo.run ?? '',
                },
              ),
            },
          ]
        : []),
      row('contacto', 'email', values.email),
      row('contacto', 'telefono', values.telefono),
      row('contacto', 'comunaDomicilio', nombreComuna(values.comunaDomicilio)),
    ],
  }
}

/**
 * The citizen's own earlier reports of the same offence, a day and a few kilometres around
 * (`GET /api/denuncias/posibles-duplicados`), but those they already said were another fact.
 * Offline: none (the staff see duplicates across citizens anyway).
 */
async function duplicados(values: Respuestas): Promise<DenunciaView[]> {
  // The point where both reports have one, else the comuna.
  const query = new URLSearchParams({ tipo: values.tipo, fecha: values.desdeFecha, comuna: values.comunaCut })
  if (values.lat && values.lon) {
    query.set('lat', values.lat)
    query.set('lon', values.lon)
  }
  const answer = await callApi<{ denuncias: DenunciaView[] }>(
    'GET',
    `/api/denuncias/posibles-duplicados?${query}`,
  )
  const vistos = values.otroHecho.split(' ')
  return answer.ok ? answer.body.denuncias.filter((d) => !vistos.includes(d.numero)) : []
}

/**
 * `/denuncias/revisar`: check your answers, each with a link to change it; then, when the citizen
 * already reported the same offence near that place and day, "¿es el mismo hecho?" before going on
 * to the declaration.
 */
export function Revisar(props: PasoProps) {
  const [previas, setPrevias] = createSignal<DenunciaView[]>([])
  const [otro, setOtro] = createSignal('')
  const [intento, setIntento] = createSignal(0)
  onMount(async () => setPrevias(await duplicados(draft.values())))
  const problemas = () => (intento() > 0 ? todosLosProblemas(draft.values(), locale()) : [])
  const errores = () => [
    ...problemas().map((p) => p.error),
    ...(intento() > 0 && previas().length > 0 && otro() === ''
      ? [{ field: 'otroHecho', message: obligatorio(td('dup.pregunta')) }]
      : []),
  ]
  const pasoDe = (field: string) => problemas().find((p) => p.error.field === field)?.paso
  const continuar = (event: SubmitEvent) => {
    event.preventDefault()
    setIntento((n) => n + 1)
    if (todosLosProblemas(draft.values(), locale()).length > 0) return
    if (previas().length > 0) {
      if (otro() !== 'si') return
      draft.update(
        'otroHecho',
        [draft.values().otroHecho, ...previas().map((d) => d.numero)].join(' ').trim(),
      )
    }
    props.paso.siguiente()
  }
  const secciones = () => filas(draft.values())
  // The evidence chosen, by name and size, each linked to its page (where it can be removed).
  const archivos = (): SummaryRow[] => {
    const chosen = evidencia.lista()
    const href = `${rutaDe('archivos')}#archivos`
    if (chosen.length === 0) return [{ key: label('archivos'), value: td('revisar.ninguno'), href }]
    return chosen.map((file, i) => ({
      key: label(`archivos.${i}`),
      value: `${file.nombre} · ${tamano(file.bytes)}`,
      href,
    }))
  }
  return (
    <Marco
      paso={props.paso}
      titulo={td('revisar.title')}
      errores={errores()}
      intento={intento()}
      hrefFor={(field) =>
        field === 'otroHecho' ? '#otroHecho' : `${rutaDe(pasoDe(field) ?? 'revisar')}#${field}`
      }
      onSubmit={continuar}
    >
      <Show when={previas().length > 0}>
        <section class="dn-aviso" aria-labelledby="dup-title">
          <h2 id="dup-title">{td('dup.title')}</h2>
          <p class="dn-measure">{td('dup.body')}</p>
          <ul class="dn-list">
            <For each={previas()}>
              {(previa) => (
                <li>
                  <A href={`/denuncias/${previa.numero}`} replace>
                    {td('dup.item', {
                      numero: formatNumero(previa.numero),
                      fecha: formatLocal(new Date(previa.hechoDesde)),
                      lugar: previa.lugar,
                    })}
                  </A>
                </li>
              )}
            </For>
          </ul>
          <Radios
            id="otroHecho"
            legend={td('dup.pregunta')}
            error={errorFor(errores(), 'otroHecho')}
            options={[
              { value: 'si', label: td('dup.otro') },
              { value: 'no', label: td('dup.mismo') },
            ]}
            value={otro()}
            onChange={setOtro}
          />
          <Show when={otro() === 'no'}>
            <p>
              <A href={`/denuncias/${previas()[0]?.numero ?? ''}`} replace>
                {td('dup.ver')}
              </A>
            </p>
          </Show>
        </section>
      </Show>
      <h2>{td('revisar.hecho')}</h2>
      <SummaryList rows={secciones().hecho} />
      <h2>{td('revisar.personas')}</h2>
      <SummaryList rows={secciones().personas} />
      <h2>{td('revisar.archivos')}</h2>
      <SummaryList rows={archivos()} />
      <h2>{td('revisar.contacto')}</h2>
      <SummaryList rows={secciones().contacto} />
    </Marco>
  )
}
