import { A } from '@solidjs/router'
import { FormErrorSummary } from '../../components/FieldChrome.tsx'
import { focusOnNavigation } from '../../components/page.ts'
import type { FormProblems } from '../../forms/form.ts'
import { REGLAS_PATH } from './api.ts'
import { tfp } from './i18n/index.ts'

/** A rule form's top: the way back to the rules, the form's problems, its title. */
export function CabeceraRegla(props: { title: string; form: FormProblems }) {
  return (
    <>
      <A href={REGLAS_PATH} class="back-link">
        {tfp('fp.reglas.volver')}
      </A>
      <FormErrorSummary form={props.form} />
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {props.title}
      </h1>
    </>
  )
}
