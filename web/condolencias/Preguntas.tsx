import { QuestionPage } from '../components/QuestionPage.tsx'
import { t } from '../i18n/index.ts'
import { CondolenciaInput, draft, MAX_MENSAJE } from './form.ts'
import { tcd } from './i18n/index.ts'
import { paths } from './rutas.ts'

export { ready } from './i18n/index.ts'

/** Step 1: the name shown with the message. */
export function Nombre() {
  return (
    <QuestionPage
      draft={draft}
      schema={CondolenciaInput}
      field="nombre"
      caption={t('service.condolencias')}
      label={tcd('cond.nombre.label')}
      hint={tcd('cond.nombre.hint')}
      step={1}
      steps={2}
      back={paths.start}
      next={paths.mensaje}
      autocomplete="name"
    />
  )
}

/** Step 2: the message itself. */
export function Mensaje() {
  return (
    <QuestionPage
      draft={draft}
      schema={CondolenciaInput}
      field="mensaje"
      caption={t('service.condolencias')}
      label={tcd('cond.mensaje.label')}
      hint={tcd('cond.mensaje.hint')}
      step={2}
      steps={2}
      back={paths.nombre}
      next={paths.review}
      multiline
      maxLength={MAX_MENSAJE}
    />
  )
}
