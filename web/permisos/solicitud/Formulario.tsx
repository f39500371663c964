import { A, useNavigate } from '@solidjs/router'
import { createEffect, createSignal, For, Show } from 'solid-js'
import { isoWeek } from '../../../core/time.ts'
import { DispositivoCompartido } from '../../components/DispositivoCompartido.tsx'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { Radios } from '../../components/Radios.tsx'
import { Select, type SelectGroup } from '../../components/Select.tsx'
import { SummaryList } from '../../components/SummaryList.tsx'
import { focusOnArrival } from '../../components/screen.tsx'
import { TextField } from '../../components/TextField.tsx'
import { errorFor } from '../../forms/validate.ts'
import { formatWeekday } from '../../i18n/dates.ts'
import { locale, t } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import { type CampoPermiso, dia, duracion, type Ficha, paths } from '../comun.ts'
import { CAMPOS, draft, empty, type Respuestas, serverProblems, setServerProblems } from './form.ts'
import { ConFicha } from './Gate.tsx'
import { diasPosibles, esFinDeSemana, horasPosibles, mismaSemana } from './horario.ts'
import type { SolicitudMessageKey } from './i18n/es.ts'
import { ts } from './i18n/index.ts'
import { problemas } from './validar.ts'

const label = (field: string) => fieldLabel(locale(), field)

/** A date as the form shows it: "hoy", "mañana" or the weekday, then `DD-MM-YYYY`. */
export function diaLegible(fecha: string, hoy: string): string {
  const nombre =
    fecha === hoy
      ? ts('form.fecha.hoy')
      : fecha === diasPosibles(hoy, 1)[1]
        ? ts('form.fecha.manana')
        : formatWeekday(`${fecha}T12:00:00Z`, 'UTC')
  return `${nombre.charAt(0).toUpperCase()}${nombre.slice(1)}, ${dia(fecha)}`
}

const HINT: Record<CampoPermiso, SolicitudMessageKey> = {
  establecimiento: 'form.establecimiento.hint',
  fallecido: 'form.fallecido.hint',
  dependiente: 'form.dependiente.hint',
}

/** The questions, on one page: the type, where, when, where to, its own questions, the card. */
function Preguntas(props: { ficha: Ficha }) {
  const navigate = useNavigate()
  const values = () => draft.values()
  const tipo = () => props.ficha.tipos.find((candidate) => candidate.id === values().tipoId)
  // Errors show after the first Continue, and follow the answers (and the language) from then on.
  const [checked, setChecked] = createSignal(serverProblems().length > 0 ? 1 : 0)
  const errors = () =>
    checked() > 0 ? problemas(values(), tipo(), serverProblems(), locale()) : serverProblems()
  const error = (field: string) => errorFor(errors(), field)
  usePageTitle(
    () => ts('form.title'),
    () => errors().length > 0,
  )

  const dias = () => diasPosibles(props.ficha.hoy, props.ficha.diasAnticipacion)
  const horas = () => horasPosibles(tipo(), values().fecha, props.ficha.hoy)
  // The answers are this citizen's: a draft another citizen left on a shared device is dropped.
  // A date or time no longer possible (a draft from another day, another type) moves to the first
  // one that is: today, the next quarter hour.
  createEffect(() => {
    if (!draft.loaded()) return
    const { run, fecha, hora } = values()
    const titular = props.ficha.titular.run
    // No owner yet: answers brought back from a refused submission.
    if (run === '') draft.update('run', titular)
    else if (run !== titular) draft.replace({ ...empty, run: titular })
    const [primerDia = ''] = dias()
    const [primeraHora = ''] = horas()
    // Only when it changes anything: the draft's answers are a new object on every update.
    if (!dias().includes(fecha) && fecha !== primerDia) draft.update('fecha', primerDia)
    if (!horas().includes(hora) && hora !== primeraHora) draft.update('hora', primeraHora)
  })
  focusOnArrival(draft.ready, () => serverProblems().length > 0)

  const set = (field: keyof Respuestas) => (value: string) => {
    draft.update(field, value)
    // The server's verdict was on the old value.
    const name = CAMPOS.some((campo) => campo === field) ? `campos.${field}` : field
    if (serverProblems().some((p) => p.field === name))
      setServerProblems(serverProblems().filter((p) => p.field !== name))
  }

  // The quota counts the week of the permit's day (worker/permisos/service.ts): the hint counts the
  // chosen day's week, and says so when it is next week.
  const fecha = () => values().fecha || props.ficha.hoy
  const tipos = () =>
    props.ficha.tipos.map((candidate) => ({
      value: candidate.id,
      label: candidate.nombre,
      hint: `${candidate.descripcion} ${ts(
        mismaSemana(fecha(), props.ficha.hoy) ? 'form.tipo.hint' : 'form.tipo.hintProxima',
        {
          duracion: duracion(candidate.duracionMaxMin),
          desde: candidate.horaDesde,
          hasta: candidate.horaHasta,
          usados: candidate.usadosPorSemana[isoWeek(fecha())] ?? 0,
          cupo: candidate.cupoSemanal,
        },
      )}`,
    }))
  const comunas = (): SelectGroup[] => {
    const seen = new Set<string>()
    const fases = props.ficha.fases.filter((fase) => !seen.has(fase.comunaCut) && seen.add(fase.comunaCut))
    const group = (fase: 'cuarentena' | 'transicion', key: SolicitudMessageKey) => ({
      label: ts(key),
      options: fases
        .filter((candidate) => candidate.fase === fase)
        .map((candidate) => ({
          value: candidate.comunaCut,
          label:
            candidate.desde > props.ficha.hoy
              ? ts('form.comuna.desde', { comuna: candidate.comuna, desde: dia(candidate.desde) })
              : candidate.comuna,
        })),
    })
    return [
      group('cuarentena', 'form.comuna.cuarentena'),
      group('transicion', 'form.comuna.transicion'),
    ].filter((candidate) => candidate.options.length > 0)
  }
  const fechas = (): SelectGroup[] => {
    const [hoy] = dias()
    const option = (fecha: string) => ({ value: fecha, label: diaLegible(fecha, props.ficha.hoy) })
    const all = dias()
    return [
      {
        label: ts('form.fecha.estaSemana'),
        options: all.filter((d) => mismaSemana(d, hoy ?? d)).map(option),
      },
      {
        label: ts('form.fecha.proximaSemana'),
        options: all.filter((d) => !mismaSemana(d, hoy ?? d)).map(option),
      },
    ].filter((group) => group.options.length > 0)
  }
  const horasGrupos = (): SelectGroup[] =>
    [
      { label: ts('form.hora.manana'), options: horas().filter((h) => h < '12:00') },
      { label: ts('form.hora.tarde'), options: horas().filter((h) => h >= '12:00' && h < '20:00') },
      { label: ts('form.hora.noche'), options: horas().filter((h) => h >= '20:00') },
    ]
      .filter((group) => group.options.length > 0)
      .map((group) => ({ ...group, options: group.options.map((h) => ({ value: h, label: h })) }))
  const transicion = () =>
    props.ficha.fases.find((fase) => fase.comunaCut === values().comunaCut)?.fase === 'transicion'
  const horaHint = () => {
    const current = tipo()
    if (horas().length === 0) return ts('form.hora.ninguna')
    return current
      ? ts('form.hora.hint', {
          duracion: duracion(current.duracionMaxMin),
          desde: current.horaDesde,
          hasta: current.horaHasta,
        })
      : ts('form.hora.hintSinTipo')
  }

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    setChecked((n) => n + 1)
    if (problemas(values(), tipo(), serverProblems(), locale()).length === 0) navigate(paths.review)
  }

  return (
    <>
      <A href={paths.inicio} class="back-link">
        {t('form.back')}
      </A>
      <Show when={errors().length > 0 ? checked() : undefined} keyed>
        <ErrorSummary errors={errors()} />
      </Show>
      <span class="caption">{t('service.permisos')}</span>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {ts('form.title')}
      </h1>
      <SummaryList
        rows={[
          { key: ts('form.titular'), value: props.ficha.titular.nombre },
          { key: ts('form.run'), value: props.ficha.titular.run },
        ]}
      />
      <Show when={draft.loaded()}>
        <form novalidate onSubmit={onSubmit}>
          <DispositivoCompartido draft={draft} />
          <Radios
            id="tipoId"
            legend={label('tipoId')}
            error={error('tipoId')}
            options={tipos()}
            value={values().tipoId}
            onChange={set('tipoId')}
          />
          <Select
            id="comunaCut"
            label={label('comunaCut')}
            hint={ts('form.comuna.hint')}
            error={error('comunaCut')}
            placeholder={ts('form.comuna.placeholder')}
            groups={comunas()}
            value={values().comunaCut}
            onChange={set('comunaCut')}
          />
          <Show when={transicion() && !esFinDeSemana(values().fecha)}>
            <p class="inset">{ts('form.comuna.transicionAviso')}</p>
          </Show>
          <Select
            id="fecha"
            label={label('fecha')}
            hint={ts('form.fecha.hint', { dias: props.ficha.diasAnticipacion })}
            error={error('fecha')}
            placeholder={ts('form.fecha.placeholder')}
            groups={fechas()}
            value={values().fecha}
            onChange={set('fecha')}
          />
          <Select
            id="hora"
            label={label('hora')}
            hint={horaHint()}
            error={error('hora')}
            placeholder={ts('form.hora.placeholder')}
            groups={horasGrupos()}
            value={values().hora}
            onChange={set('hora')}
          />
          <TextField
            id="destino"
            label={label('destino')}
            hint={ts('form.destino.hint')}
            error={error('destino')}
            value={values().destino}
            onInput={set('destino')}
            autocomplete="off"
            inputClass="input--30"
          />
          <For each={tipo()?.campos ?? []}>
            {(campo) => (
              <TextField
                id={`campos.${campo}`}
                label={label(`campos.${campo}`)}
                hint={ts(HINT[campo])}
                error={error(`campos.${campo}`)}
                value={values()[campo]}
                onInput={set(campo)}
                autocomplete="off"
              />
            )}
          </For>
          <TextField
            id="serieCedula"
            label={label('serieCedula')}
            hint={ts('form.serie.hint')}
            error={error('serieCedula')}
            value={values().serieCedula}
            onInput={set('serieCedula')}
            autocomplete="off"
            inputClass="input--10 pm-serie"
          />
          <button type="submit" class="button">
            {t('form.continue')}
          </button>
        </form>
      </Show>
      <Show when={!draft.shared()}>
        <p class="hint">{t('form.draftNote')}</p>
      </Show>
    </>
  )
}

/** `/permisos/solicitud`: the permit's questions, for a citizen signed in with ClaveÚnica. */
export function Formulario() {
  return <ConFicha>{(ficha) => <Preguntas ficha={ficha} />}</ConFicha>
}
