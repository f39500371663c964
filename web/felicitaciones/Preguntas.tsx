import { type JSX, Match, Switch } from 'solid-js'
import type { FieldError } from '../../worker/errors.ts'
import { camposFelicitacion } from '../../worker/felicitaciones/palabras.ts'
import { focusOnNavigation } from '../components/page.ts'
import { QuestionFrame, QuestionPage } from '../components/QuestionPage.tsx'
import { Radios } from '../components/Radios.tsx'
import { Select } from '../components/Select.tsx'
import { TextField } from '../components/TextField.tsx'
import { errorFor } from '../forms/validate.ts'
import { registerFieldLabels } from '../i18n/server-catalog.ts'
import { aEntrada, draft, FelicitacionInput, MENSAJE_MAX, type Respuestas } from './form.ts'
import { tf } from './i18n/index.ts'
import { paths } from './rutas.ts'
import { gruposDeUnidades, useUnidades } from './unidades.ts'

export { ready } from './i18n/index.ts'

// The API names these fields by the catalogue's labels: the form's messages say the same.
registerFieldLabels(camposFelicitacion)

const STEPS = 4

/** A question page of this form with more than one text field, or a choice (QuestionFrame). */
function Pregunta(props: {
  title: string
  fields: (keyof Respuestas & string)[]
  step: number
  back: string
  next: string
  children: (errors: () => FieldError[]) => JSX.Element
}) {
  return (
    <QuestionFrame
      draft={draft}
      schema={FelicitacionInput}
      toInput={aEntrada}
      fields={props.fields}
      title={props.title}
      caption={tf('fel.title')}
      step={props.step}
      steps={STEPS}
      back={props.back}
      next={props.next}
    >
      {props.children}
    </QuestionFrame>
  )
}

/** Step 1: the unit, from the public list of units. */
export function Unidad() {
  const unidades = useUnidades()
  return (
    <Pregunta
      title={tf('fel.unidad.label')}
      fields={['unidadCode']}
      step={1}
      back={paths.start}
      next={paths.funcionario}
    >
      {(errors) => (
        <Switch>
          <Match when={unidades() === 'loading'}>
            <h1 tabindex="-1" ref={focusOnNavigation}>
              {tf('fel.unidad.label')}
            </h1>
            <p>{tf('fel.unidad.loading')}</p>
          </Match>
          <Match when={unidades() === 'failed' && !draft.values().unidadCode}>
            <h1 tabindex="-1" ref={focusOnNavigation}>
              {tf('fel.unidad.label')}
            </h1>
            <p>{tf('fel.unidad.offline')}</p>
          </Match>
          <Match when={true}>
            <Select
              id="unidadCode"
              label={tf('fel.unidad.label')}
              hint={tf('fel.unidad.hint')}
              error={errorFor(errors(), 'unidadCode')}
              placeholder={tf('fel.unidad.placeholder')}
              groups={(() => {
                const list = unidades()
                return Array.isArray(list) ? gruposDeUnidades(list) : []
              })()}
              value={draft.values().unidadCode}
              onChange={(value) => draft.update('unidadCode', value)}
              asHeading
              headingRef={focusOnNavigation}
            />
          </Match>
        </Switch>
      )}
    </Pregunta>
  )
}

/** Step 2: an officer, as their uniform shows them, or nobody (the whole unit). */
export function Funcionario() {
  return (
    <Pregunta
      title={tf('fel.funcionario.title')}
      fields={['funcionarioNombre', 'funcionarioGrado']}
      step={2}
      back={paths.unidad}
      next={paths.mensaje}
    >
      {(errors) => (
        <>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tf('fel.funcionario.title')}
          </h1>
          <p class="hint">{tf('fel.funcionario.hint')}</p>
          <TextField
            id="funcionarioNombre"
            label={tf('fel.funcionario.nombre')}
            hint={tf('fel.funcionario.nombreHint')}
            error={errorFor(errors(), 'funcionarioNombre')}
            value={draft.values().funcionarioNombre}
            onInput={(value) => draft.update('funcionarioNombre', value)}
            inputClass="input--20"
          />
          <TextField
            id="funcionarioGrado"
            label={tf('fel.funcionario.grado')}
            hint={tf('fel.funcionario.gradoHint')}
            error={errorFor(errors(), 'funcionarioGrado')}
            value={draft.values().funcionarioGrado}
            onInput={(value) => draft.update('funcionarioGrado', value)}
            inputClass="input--20"
          />
        </>
      )}
    </Pregunta>
  )
}

/** Step 3: the message. */
export function Mensaje() {
  return (
    <QuestionPage
      draft={draft}
      schema={FelicitacionInput}
      field="mensaje"
      caption={tf('fel.title')}
      label={tf('fel.mensaje.label')}
      hint={tf('fel.mensaje.hint')}
      step={3}
      steps={STEPS}
      back={paths.funcionario}
      next={paths.nombre}
      multiline
      maxLength={MENSAJE_MAX}
      toInput={aEntrada}
    />
  )
}

/** Step 4: whether the unit sees the citizen's name — not unless they say so. */
export function Nombre() {
  return (
    <Pregunta
      title={tf('fel.nombre.legend')}
      fields={['mostrarNombre']}
      step={4}
      back={paths.mensaje}
      next={paths.review}
    >
      {(errors) => (
        <Radios
          id="mostrarNombre"
          legend={tf('fel.nombre.legend')}
          hint={tf('fel.nombre.hint')}
          error={errorFor(errors(), 'mostrarNombre')}
          options={[
            { value: 'no', label: tf('fel.nombre.no') },
            { value: 'si', label: tf('fel.nombre.si') },
          ]}
          value={draft.values().mostrarNombre}
          onChange={(value) => draft.update('mostrarNombre', value)}
          asHeading
          headingRef={focusOnNavigation}
        />
      )}
    </Pregunta>
  )
}
