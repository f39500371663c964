import { A, useNavigate, useSearchParams } from '@solidjs/router'
import { createSignal, onMount, Show } from 'solid-js'
import { Comuna } from '../components/Comuna.tsx'
import { MarcoPaso } from '../components/MarcoPaso.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { QuestionPage } from '../components/QuestionPage.tsx'
import { Radios } from '../components/Radios.tsx'
import { errorFor, validateFields } from '../forms/validate.ts'
import { locale, t } from '../i18n/index.ts'
import { Acceso } from './Acceso.tsx'
import { aEntrada, CondolenciaInput, draft, empty, iniciales, MAX_MENSAJE } from './form.ts'
import { tcd } from './i18n/index.ts'
import { leer } from './lectura.ts'
import { type Memorial, memorialUrl, paths } from './rutas.ts'

export { ready } from './i18n/index.ts'

const PASOS = 3

/** No memorial chosen (the form opened by its address): back to the book. */
function SinMemorial() {
  usePageTitle(() => tcd('cond.sinMemorial'))
  return (
    <>
      <p>{tcd('cond.sinMemorial')}</p>
      <A href={paths.start}>{tcd('cond.volver')}</A>
    </>
  )
}

/**
 * Step 1, `/condolencias/mensaje?memorial=<slug>`: the message. Arriving from another memorial
 * than the draft's starts a new draft (a message is written to one person); the memorial's name is
 * kept for the review, read from the device's copy when there is no network.
 */
export function Mensaje() {
  const [params] = useSearchParams()
  const [listo, setListo] = createSignal(false)
  onMount(async () => {
    await draft.ready
    const slug = typeof params.memorial === 'string' ? params.memorial : ''
    if (slug && slug !== draft.values().memorial) draft.replace({ ...empty, memorial: slug })
    setListo(true)
    const memorial = draft.values().memorial
    if (memorial && !draft.values().memorialNombre) {
      const leido = await leer<Memorial>(memorialUrl(memorial))
      if (leido.kind === 'ok' && draft.values().memorial === memorial)
        draft.update('memorialNombre', `${leido.body.grado} ${leido.body.nombre}`.trim())
    }
  })
  return (
    <Acceso>
      {() => (
        <Show when={listo()}>
          <Show when={draft.values().memorial} fallback={<SinMemorial />}>
            <QuestionPage
              draft={draft}
              schema={CondolenciaInput}
              field="mensaje"
              caption={tcd('cond.form.caption')}
              label={tcd('cond.mensaje.label')}
              hint={tcd('cond.mensaje.hint')}
              step={1}
              steps={PASOS}
              back={paths.memorial(draft.values().memorial)}
              next={paths.firma}
              multiline
              maxLength={MAX_MENSAJE}
              toInput={aEntrada}
            />
          </Show>
        </Show>
      )}
    </Acceso>
  )
}

/** Step 2, `/condolencias/firma`: the full name as the session gives it, or initials and comuna. */
export function Firma() {
  const navigate = useNavigate()
  const [intento, setIntento] = createSignal(0)
  const campos = ['firma', 'comuna']
  const errores = () =>
    intento() > 0 ? validateFields(CondolenciaInput, aEntrada(draft.values()), campos, locale()) : []
  const continuar = (event: SubmitEvent) => {
    event.preventDefault()
    setIntento((n) => n + 1)
    if (validateFields(CondolenciaInput, aEntrada(draft.values()), campos, locale()).length === 0)
      navigate(paths.review)
  }
  return (
    <Acceso>
      {(nombre) => (
        <MarcoPaso
          atras={paths.mensaje}
          paso={`${tcd('cond.form.caption')} · ${t('form.step', { n: 2, total: PASOS })}`}
          nota={t('form.draftNote')}
          titulo={tcd('cond.firma.legend')}
          campoEsTitulo
          errores={errores()}
          intento={intento()}
          onSubmit={continuar}
        >
          <Show when={draft.loaded()}>
            <Radios
              id="firma"
              legend={tcd('cond.firma.legend')}
              hint={tcd('cond.firma.hint')}
              error={errorFor(errores(), 'firma')}
              options={[
                {
                  value: 'completa',
                  label: tcd('cond.firma.completa'),
                  hint: nombre() ? tcd('cond.firma.completaHint', { nombre: nombre() }) : undefined,
                },
                {
                  value: 'iniciales',
                  label: tcd('cond.firma.iniciales'),
                  hint: tcd('cond.firma.inicialesHint', { iniciales: iniciales(nombre()) || 'M. C. R.' }),
                },
              ]}
              value={draft.values().firma}
              onChange={(value) => draft.update('firma', value)}
              asHeading
              headingRef={focusOnNavigation}
            />
            <Show when={draft.values().firma === 'iniciales'}>
              <Comuna
                id="comuna"
                label={tcd('cond.comuna.label')}
                placeholder={tcd('cond.comuna.placeholder')}
                error={errorFor(errores(), 'comuna')}
                value={draft.values().comuna}
                onChange={(cut) => draft.update('comuna', cut)}
              />
            </Show>
          </Show>
        </MarcoPaso>
      )}
    </Acceso>
  )
}
