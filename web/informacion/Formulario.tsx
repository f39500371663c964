import { A, useNavigate } from '@solidjs/router'
import { createSignal, For, Match, Show, Switch } from 'solid-js'
import { formatPatente, parsePatente } from '../../core/identificadores.ts'
import type { FieldError } from '../../worker/errors.ts'
import { Comuna, nombreComuna } from '../components/Comuna.tsx'
import { ErrorSummary } from '../components/ErrorSummary.tsx'
import { conCambio, Grupo, type Item } from '../components/Grupo.tsx'
import { Leyenda } from '../components/Leyenda.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { SummaryList, type SummaryRow } from '../components/SummaryList.tsx'
import { TextField } from '../components/TextField.tsx'
import { errorFor } from '../forms/validate.ts'
import { locale, obligatorio, t } from '../i18n/index.ts'
import { archivosEnCurso, archivosListos, elegidosDelTip, olvidarArchivos } from './archivos-tip.ts'
import { borradorActual, olvidar, respuestas, setRespuestas } from './borrador.ts'
import { type Etapa, enviarInformacion } from './enviar.ts'
import { categoria as categoriaElegida, enDispositivo, setCategoria } from './estado.ts'
import { olvidarGuardado } from './guardado.ts'
import type { InformacionKey } from './i18n/es.ts'
import { tinf } from './i18n/index.ts'
import {
  CAMPOS,
  type Categoria,
  idTexto,
  MAX_CORTO,
  MAX_ITEMS,
  MAX_TEXTO,
  PREGUNTAS,
  type Pregunta,
} from './preguntas.ts'
import { mostrarRecibo } from './recibo.ts'
import { paths } from './rutas.ts'
import { textoPlano } from './texto-plano.ts'
import { enPalabras, type Problema, problemas } from './validar.ts'

export { ready } from './i18n/index.ts'

const w = (key: string, params?: Record<string, string | number>) => tinf(key as InformacionKey, params)

/** A question's label, as its page and the check-your-answers page name it. */
function etiqueta(pregunta: Pregunta): string {
  return pregunta.id === 'vehiculos' && !pregunta.obligatoria
    ? w('inf.q.vehiculos.opcional')
    : w(`inf.q.${pregunta.id}`)
}

/** The label of a field, with its item's place for a group's (`Vehículo 2: Patente`). */
function etiquetaCampo(field: string): string {
  const [grupo, indice, campo] = field.split('.')
  if (grupo === 'donde') return w(`inf.q.donde.${indice}`)
  if (indice === undefined || campo === undefined) return w(`inf.q.${grupo}`)
  const item = grupo === 'quienes' ? 'persona' : 'vehiculo'
  return `${w(`inf.${item}.item`, { n: Number(indice) + 1 })}: ${w(`inf.${item}.${campo}`)}`
}

/** A problem in words, naming its field (a group's by its item: «Vehículo 1: …»). */
function palabra(p: Problema): string {
  const campo = etiquetaCampo(p.field)
  const item = campo.split(':')[0] ?? campo
  switch (p.clave) {
    case 'patente':
      return `${item}: ${w('inf.error.patente')}`
    case 'punto':
    case 'ninguno':
      return w(`inf.error.${p.clave}`)
    case 'vacio':
      return w('inf.error.vacio', { campo: item })
    case 'requerido':
      return obligatorio(campo)
    default:
      return w(`inf.error.${p.clave}`, { campo })
  }
}

/** A repeated group's page: people or vehicles, each item's fields as `CAMPOS` lists them. */
function GrupoPagina(props: { pregunta: Pregunta; errores: FieldError[] }) {
  const id = () => (props.pregunta.id === 'quienes' ? 'quienes' : 'vehiculos')
  const item = () => (id() === 'quienes' ? 'persona' : 'vehiculo')
  const campos = () => (id() === 'quienes' ? CAMPOS.personas : CAMPOS.vehiculos)
  const items = () => respuestas[id()]
  const cambiar = (next: Item[]) => setRespuestas(id(), next)
  return (
    <div id={props.pregunta.id} tabindex="-1">
      <h1 class="label-heading" tabindex="-1" ref={focusOnNavigation}>
        <span class="label">{etiqueta(props.pregunta)}</span>
      </h1>
      <p class="hint">{w(`inf.q.${props.pregunta.id}.hint`)}</p>
      <Show when={errorFor(props.errores, props.pregunta.id)}>
        {(error) => <p class="error-message">{error()}</p>}
      </Show>
      <Grupo
        items={items()}
        max={MAX_ITEMS}
        words={{
          item: (n) => w(`inf.${item()}.item`, { n }),
          agregar: w(`inf.${item()}.agregar`),
          quitar: (n) => w(`inf.${item()}.quitar`, { n }),
          ninguno: w(`inf.${item()}.ninguno`),
        }}
        onChange={cambiar}
      >
        {(index) => (
          <For each={[...campos()]}>
            {(campo) => (
              <TextField
                id={`${id()}.${index}.${campo}`}
                label={w(`inf.${item()}.${campo}`)}
                hint={campo === 'patente' ? w('inf.vehiculo.patente.hint') : undefined}
                error={errorFor(props.errores, `${id()}.${index}.${campo}`)}
                value={items()[index]?.[campo] ?? ''}
                onInput={(value) => cambiar(conCambio(items(), index, campo, value))}
                multiline={campo === 'descripcion'}
                maxLength={campo === 'descripcion' ? MAX_TEXTO : MAX_CORTO}
                inputClass={campo === 'patente' ? 'input--10' : undefined}
                autocomplete="off"
              />
            )}
          </For>
        )}
      </Grupo>
    </div>
  )
}

/** The place: comuna (the shared list), the place in words, an optional point. */
function LugarPagina(props: { pregunta: Pregunta; errores: FieldError[] }) {
  const cambiar = (campo: 'comuna' | 'lugar' | 'punto', value: string) => setRespuestas('donde', campo, value)
  return (
    <fieldset class="fieldset">
      <Leyenda text={etiqueta(props.pregunta)} asHeading headingRef={focusOnNavigation} />
      <Comuna
        id="donde.comuna"
        label={w('inf.q.donde.comuna')}
        placeholder={w('inf.q.donde.comunaPlaceholder')}
        error={errorFor(props.errores, 'donde.comuna')}
        value={respuestas.donde.comuna}
        onChange={(cut) => cambiar('comuna', cut)}
      />
      <For each={['lugar', 'punto'] as const}>
        {(campo) => (
          <TextField
            id={`donde.${campo}`}
            label={w(`inf.q.donde.${campo}`)}
            hint={w(`inf.q.donde.${campo}.hint`)}
            error={errorFor(props.errores, `donde.${campo}`)}
            value={respuestas.donde[campo]}
            onInput={(value) => cambiar(campo, value)}
            maxLength={campo === 'lugar' ? MAX_CORTO : undefined}
            inputClass={campo === 'punto' ? 'input--20' : undefined}
            autocomplete="off"
          />
        )}
      </For>
    </fieldset>
  )
}

/**
 * `/informacion/<categoria>/<n>`: the category's n-th question (one per page), checked on Continue,
 * its problems in the error summary naming the field.
 */
export function PreguntaPagina(props: { categoria: Categoria; paso: number }) {
  const navigate = useNavigate()
  const preguntas = () => PREGUNTAS[props.categoria]
  const pregunta = () => preguntas()[props.paso - 1]
  const [errores, setErrores] = createSignal<FieldError[]>([])
  // The address names the category: a page opened by its address takes it.
  if (categoriaElegida() !== props.categoria) setCategoria(props.categoria)
  usePageTitle(
    () => {
      const p = pregunta()
      return p ? etiqueta(p) : ''
    },
    () => errores().length > 0,
  )
  const atras = () => (props.paso <= 1 ? paths.start : paths.pregunta(props.categoria, props.paso - 1))
  const siguiente = () =>
    props.paso >= preguntas().length ? paths.archivos : paths.pregunta(props.categoria, props.paso + 1)
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    const p = pregunta()
    const lista = p ? enPalabras(problemas(p, respuestas), palabra) : []
    setErrores(lista)
    if (lista.length === 0) navigate(siguiente())
  }
  return (
    <Show when={pregunta()}>
      {(p) => (
        <>
          <A href={atras()} class="back-link">
            {t('form.back')}
          </A>
          <Show when={errores().length > 0 ? errores() : undefined} keyed>
            {(lista) => <ErrorSummary errors={lista} />}
          </Show>
          <form novalidate onSubmit={onSubmit}>
            <span class="caption">
              {w(`inf.cat.${props.categoria}`)} ·{' '}
              {t('form.step', { n: props.paso, total: preguntas().length })}
            </span>
            <Switch>
              <Match when={p().tipo === 'texto'}>
                <TextField
                  id={p().id}
                  label={etiqueta(p())}
                  hint={p().id === 'que' ? w(`inf.${props.categoria}.que.hint`) : w(`inf.q.${p().id}.hint`)}
                  error={errorFor(errores(), p().id)}
                  value={respuestas[idTexto(p().id)]}
                  onInput={(value) => setRespuestas(idTexto(p().id), value)}
                  asHeading
                  headingRef={focusOnNavigation}
                  multiline
                  maxLength={MAX_TEXTO}
                  autocomplete="off"
                />
              </Match>
              <Match when={p().tipo === 'lugar'}>
                <LugarPagina pregunta={p()} errores={errores()} />
              </Match>
              <Match when={p().tipo === 'personas' || p().tipo === 'vehiculos'}>
                <GrupoPagina pregunta={p()} errores={errores()} />
              </Match>
            </Switch>
            <button type="submit" class="button">
              {t('form.continue')}
            </button>
          </form>
          <p class="hint">{enDispositivo() ? tinf('inf.guardar.si') : tinf('inf.memoria')}</p>
        </>
      )}
    </Show>
  )
}

/** An answer as the check-your-answers page shows it. */
function valor(pregunta: Pregunta): string {
  const r = respuestas
  const nada = tinf('inf.check.nada')
  switch (pregunta.tipo) {
    case 'lugar': {
      const partes = [r.donde.comuna ? nombreComuna(r.donde.comuna) : '', r.donde.lugar, r.donde.punto]
      return partes.filter((s) => s.trim() !== '').join(' · ') || nada
    }
    case 'personas':
    case 'vehiculos': {
      const items = pregunta.tipo === 'personas' ? r.quienes : r.vehiculos
      const campos: readonly string[] = pregunta.tipo === 'personas' ? CAMPOS.personas : CAMPOS.vehiculos
      const textos = items.map((item) =>
        campos
          .map((campo) => {
            const escrito = (item[campo] ?? '').trim()
            const patente = campo === 'patente' ? parsePatente(escrito) : null
            return patente ? formatPatente(patente.patente) : escrito
          })
          .filter(Boolean)
          .join(', '),
      )
      return textos.filter(Boolean).join(' — ') || nada
    }
    case 'texto':
      return r[idTexto(pregunta.id)].trim() || nada
  }
}

/**
 * `/informacion/revisar`: check your answers, then send — the proof of work, the sealing and the
 * receipt key happen here (web/informacion/enviar.ts); a problem the server names is said with its
 * field, a lost answer is asked again with the same body.
 */
export function Revisar() {
  const navigate = useNavigate()
  const [errores, setErrores] = createSignal<FieldError[]>([])
  const [etapa, setEtapa] = createSignal<Etapa | undefined>()
  usePageTitle(
    () => t('form.checkTitle'),
    () => errores().length > 0,
  )
  const categoria = () => {
    const elegida = categoriaElegida()
    return elegida === '' ? undefined : elegida
  }
  const pagina = (cat: Categoria, field: string) => {
    const raiz = field.split('.')[0]
    const i = PREGUNTAS[cat].findIndex((p) => p.id === raiz)
    return i >= 0 ? paths.pregunta(cat, i + 1) : undefined
  }
  // Sent, or queued: nothing of the draft is left in the page or on the device.
  const terminar = async () => {
    olvidar()
    olvidarArchivos()
    await olvidarGuardado()
    navigate(paths.recibo, { replace: true })
  }
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    const cat = categoria()
    if (!cat || etapa()) return
    const locales = PREGUNTAS[cat].flatMap((p) => problemas(p, respuestas))
    if (locales.length > 0) {
      setErrores(enPalabras(locales, palabra))
      return
    }
    if (archivosEnCurso()) {
      setErrores([{ field: 'archivos', message: tinf('inf.archivos.esperar') }])
      return
    }
    setErrores([])
    // The files went up encrypted on their page: their ids and keys go inside the sealed tip.
    const plano = textoPlano(borradorActual(), cat, locale(), archivosListos())
    const resultado = await enviarInformacion(plano, locale(), setEtapa, () => ({
      field: 'categoria',
      message: tinf('inf.error.sinClave'),
    })).finally(() => setEtapa(undefined))
    if (resultado.ok) {
      mostrarRecibo({ recibo: resultado.recibo, dia: resultado.dia, unidad: resultado.unidad })
      await terminar()
    } else if (resultado.sinRed && enDispositivo()) {
      // Opted in to the offline kit: sealed now, queued, sent when the link returns (cola.ts).
      const { encolar } = await import('./cola.ts')
      const cola = await encolar(plano, locale())
      if (typeof cola !== 'string') {
        mostrarRecibo({ recibo: cola.recibo, dia: '', unidad: '', enCola: cola })
        await terminar()
      } else if (cola === 'archivos') {
        const { palabraCola } = await import('./cola-palabras.ts')
        setErrores([{ field: 'archivos', message: palabraCola(locale(), 'archivos') }])
      } else setErrores([{ field: 'body', message: tinf('inf.error.red') }])
    } else if (resultado.sinRed) setErrores([{ field: 'body', message: tinf('inf.error.red') }])
    else setErrores(resultado.problemas)
  }
  const filas = (cat: Categoria): SummaryRow[] => [
    { key: tinf('inf.check.categoria'), value: w(`inf.cat.${cat}`), href: paths.start },
    ...PREGUNTAS[cat].map((p, i) => ({
      key: etiqueta(p),
      value: valor(p),
      href: paths.pregunta(cat, i + 1),
    })),
    // Each file with what was removed from it, or the warning that it may name its author.
    ...elegidosDelTip[0]()
      .filter((e) => e.estado.kind !== 'rechazado')
      .map((e) => ({
        key: tinf('inf.check.archivo', { nombre: e.nombre }),
        value:
          e.advertencia ??
          (e.quitado.length > 0
            ? tinf('inf.check.quitado', { datos: e.quitado.join('; ') })
            : tinf('inf.check.sinDatos')),
        href: paths.archivos,
      })),
  ]
  return (
    <Show
      when={categoria()}
      fallback={
        <p>
          <A href={paths.start}>{tinf('inf.title')}</A>
        </p>
      }
    >
      {(cat) => (
        <>
          <A href={paths.archivos} class="back-link">
            {t('form.back')}
          </A>
          <Show when={errores().length > 0 ? errores() : undefined} keyed>
            {(lista) => (
              <ErrorSummary
                errors={lista}
                hrefFor={(field) =>
                  field === 'categoria'
                    ? paths.start
                    : field === 'archivos'
                      ? paths.archivos
                      : pagina(cat(), field)
                }
              />
            )}
          </Show>
          <span class="caption">{w(`inf.cat.${cat()}`)}</span>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {t('form.checkTitle')}
          </h1>
          <SummaryList rows={filas(cat())} />
          <p>{tinf('inf.enviar.nota')}</p>
          <form novalidate onSubmit={(event) => void onSubmit(event)}>
            <button type="submit" class="button" disabled={etapa() !== undefined}>
              {etapa() === 'prueba'
                ? tinf('inf.enviando.prueba')
                : etapa() === 'cifrando'
                  ? tinf('inf.enviando.cifrando')
                  : tinf('inf.enviar')}
            </button>
          </form>
        </>
      )}
    </Show>
  )
}
