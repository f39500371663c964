import { A, useNavigate } from '@solidjs/router'
import { Show } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { locale, t } from '../i18n/index.ts'
import { ArchivosAnonimos } from './ArchivosAnonimos.tsx'
import { alCambiarArchivos, elegidosDelTip, pagarParaArchivos } from './archivos-tip.ts'
import { categoria, enDispositivo } from './estado.ts'
import type { InformacionKey } from './i18n/es.ts'
import { tinf } from './i18n/index.ts'
import { esCategoria, PREGUNTAS } from './preguntas.ts'
import { paths } from './rutas.ts'

export { ready } from './i18n/index.ts'

/**
 * `/informacion/archivos`: the tip's photos and files, after its questions and before
 * check-your-answers (issue 17, point 5). Each file is cleaned, encrypted and uploaded as soon as it
 * is chosen (ArchivosAnonimos, decision 0046), so the send only waits for what is still on its way.
 * The list lives in the page's memory (archivos-tip.ts): back and forth keeps it, a reload loses it.
 */
export function ArchivosPagina() {
  const navigate = useNavigate()
  usePageTitle(() => tinf('inf.archivos.title'))
  const atras = () => {
    const cat = categoria()
    return cat === '' ? paths.start : paths.pregunta(cat, PREGUNTAS[cat].length)
  }
  return (
    <>
      <A href={atras()} class="back-link">
        {t('form.back')}
      </A>
      <form
        novalidate
        onSubmit={(event) => {
          event.preventDefault()
          navigate(paths.review)
        }}
      >
        <Show when={esCategoria(categoria()) && categoria()}>
          {(cat) => <span class="caption">{tinf(`inf.cat.${cat()}` as InformacionKey)}</span>}
        </Show>
        <h1 tabindex="-1" ref={focusOnNavigation}>
          {tinf('inf.archivos.title')}
        </h1>
        <p>{tinf('inf.archivos.lead')}</p>
        <ArchivosAnonimos
          id="archivos"
          label={tinf('inf.archivos.label')}
          idioma={locale()}
          conexion={{ origin: location.origin, desafio: pagarParaArchivos }}
          onCambio={alCambiarArchivos}
          lista={elegidosDelTip}
        />
        <button type="submit" class="button">
          {t('form.continue')}
        </button>
      </form>
      <p class="hint">{enDispositivo() ? tinf('inf.guardar.si') : tinf('inf.memoria')}</p>
    </>
  )
}
