import { A, useSearchParams } from '@solidjs/router'
import { createResource, createSignal, Show } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { Checkboxes } from '../../components/Radios.tsx'
import { Select } from '../../components/Select.tsx'
import { formatDate } from '../../i18n/dates.ts'
import type { FilaCola, Cola as Pagina } from '../casos/api.ts'
import { type Filtros, ListaCasos, TarjetaCaso } from '../casos/Cola.tsx'
import { tiempo } from '../casos/palabras.tsx'
import { StaffGate } from '../StaffGate.tsx'
import { COLA_API, casoPath } from './api.ts'
import { tdn } from './i18n/index.ts'
import { Etiquetas, estadoLabel, pd, tipoLabel } from './palabras.tsx'
import { TIPOS } from './tipos.ts'

/** Whose queue: the virtual station's analysts (every report waiting), or one unit's officers. */
export type Modo = 'triar' | 'unidad'

const ESTADOS = {
  triar: ['recibida', 'en_analisis', 'informacion_solicitada', 'derivada', 'enviada_fiscalia', 'cerrada'],
  unidad: ['enviada_fiscalia'],
} as const

/** The filters the address carries beyond the page. */
const CLAVES = ['estado', 'tipo', 'region', 'duplicado'] as const

/** Chile's regions by code (a comuna's CUT starts with its region's), north to south. */
async function regiones() {
  const { regiones } = await import('../../constancias/solicitud/unidades/comunas.gen.ts')
  return regiones.map((region) => ({
    value: region.comunas[0]?.[0].slice(0, 2) ?? '',
    label: region.nombre,
  }))
}

/** One report of the queue: its number (the way to it), its state and age, what and where. */
function Tarjeta(props: { fila: FilaCola }) {
  const f = () => props.fila
  return (
    <TarjetaCaso
      p={pd}
      fila={f()}
      href={casoPath(f().numero)}
      etiquetas={
        <Etiquetas
          estado={f().estado}
          restanteMin={f().restanteMin}
          vencida={f().vencida}
          posibleDuplicado={f().posibleDuplicado}
        />
      }
      filas={[
        ...(f().tipo !== null ? [{ key: tdn('dn.col.tipo'), value: tipoLabel(f().tipo) }] : []),
        {
          key: tdn('dn.col.recibida'),
          value: tdn('dn.hace', { fecha: formatDate(f().creadoAt), tiempo: tiempo(pd, f().edadMin) }),
        },
        { key: tdn('dn.col.lugar'), value: [f().comuna, f().region].filter(Boolean).join(', ') },
        ...(f().unidad ? [{ key: tdn('dn.col.unidad'), value: f().unidad ?? '' }] : []),
      ]}
    />
  )
}

/** The filters' form: state, and type, region and likely duplicates for the analysts. */
function FormFiltros(props: { modo: Modo; filtros: Filtros; ofrecidos: Pagina['filtros'] | undefined }) {
  const [, setParams] = useSearchParams<Filtros>()
  const [estado, setEstado] = createSignal(props.filtros.estado ?? '')
  const [tipo, setTipo] = createSignal(props.filtros.tipo ?? '')
  const [region, setRegion] = createSignal(props.filtros.region ?? '')
  const [duplicado, setDuplicado] = createSignal(props.filtros.duplicado === 'si' ? ['si'] : [])
  const [listaRegiones] = createResource(regiones)
  const aplicar = (event: SubmitEvent) => {
    event.preventDefault()
    setParams({
      estado: estado() || undefined,
      tipo: tipo() || undefined,
      region: region() || undefined,
      duplicado: duplicado().includes('si') ? 'si' : undefined,
      desde: undefined,
    })
  }
  const hayFiltros = () => Object.values(props.filtros).some((value) => value !== undefined && value !== '')
  return (
    <form class="dn-filtros" novalidate onSubmit={aplicar} aria-labelledby="filtros-title">
      <h2 id="filtros-title" class="heading-s">
        {tdn('dn.filtros.title')}
      </h2>
      <div class="dn-filtros__campos">
        <Select
          id="estado"
          label={tdn('dn.filtros.estado')}
          placeholder={tdn(props.modo === 'triar' ? 'dn.filtros.porAnalizar' : 'dn.filtros.porEnviar')}
          options={ESTADOS[props.modo].map((value) => ({ value, label: estadoLabel(value) }))}
          value={estado()}
          onChange={setEstado}
        />
        <Show when={props.modo === 'triar' && props.ofrecidos?.tipo}>
          <Select
            id="tipo"
            label={tdn('dn.filtros.tipo')}
            placeholder={tdn('dn.filtros.todos')}
            options={TIPOS.map((value) => ({ value, label: tipoLabel(value) }))}
            value={tipo()}
            onChange={setTipo}
          />
        </Show>
        <Show when={props.modo === 'triar'}>
          <Select
            id="region"
            label={tdn('dn.filtros.region')}
            placeholder={tdn('dn.filtros.todas')}
            options={listaRegiones() ?? []}
            value={region()}
            onChange={setRegion}
          />
        </Show>
      </div>
      <Show when={props.modo === 'triar' && props.ofrecidos?.duplicado}>
        <Checkboxes
          id="duplicado"
          legend={tdn('dn.filtros.duplicado')}
          options={[
            { value: 'si', label: tdn('dn.filtros.duplicado'), hint: tdn('dn.filtros.duplicado.hint') },
          ]}
          value={duplicado()}
          onChange={setDuplicado}
        />
      </Show>
      <div class="button-group">
        <button type="submit" class="button button--secondary">
          {tdn('dn.filtros.aplicar')}
        </button>
        <Show when={hayFiltros()}>
          <A href={props.modo === 'triar' ? '/funcionarios/denuncias' : '/funcionarios/denuncias/unidad'}>
            {tdn('dn.filtros.quitar')}
          </A>
        </Show>
      </div>
    </form>
  )
}

/**
 * `/funcionarios/denuncias` (the analysts) and `/funcionarios/denuncias/unidad` (a unit's
 * officers): the reports waiting, oldest first, each with its age against the 24-hour target —
 * marked when past it — filtered by state, type, region and likely duplicate, a page at a time.
 * The list names no one: a person's data shows only once a report is opened (a recorded read).
 */
export function Cola(props: { modo: Modo }) {
  const title = () => tdn(props.modo === 'triar' ? 'dn.cola.title' : 'dn.unidad.title')
  usePageTitle(title)
  return (
    <StaffGate
      capacidad={props.modo === 'triar' ? 'denuncias.triar' : 'denuncias.unidad'}
      forbidden={tdn(props.modo === 'triar' ? 'dn.cola.forbidden' : 'dn.unidad.forbidden')}
      title={title()}
    >
      {() => (
        <>
          <A href="/funcionarios" class="back-link">
            {tdn('dn.back')}
          </A>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {title()}
          </h1>
          <p class="lead">{tdn(props.modo === 'triar' ? 'dn.cola.lead' : 'dn.unidad.lead')}</p>
          <ListaCasos
            p={pd}
            api={COLA_API}
            claves={props.modo === 'triar' ? CLAVES : ['estado']}
            filtros={(actuales, ofrecidos) => (
              <FormFiltros modo={props.modo} filtros={actuales} ofrecidos={ofrecidos} />
            )}
            tarjeta={(fila) => <Tarjeta fila={fila} />}
          />
        </>
      )}
    </StaffGate>
  )
}

/** The analysts' queue. */
export const Bandeja = () => <Cola modo="triar" />
/** A unit's reports. */
export const DenunciasUnidad = () => <Cola modo="unidad" />
