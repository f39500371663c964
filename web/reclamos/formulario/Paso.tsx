import { type Component, lazy } from 'solid-js'
import { FormularioCiudadano } from '../../components/FormularioCiudadano.tsx'
import { PaginaDe } from '../../components/pasos.tsx'
import { tr } from '../i18n/index.ts'
import { type Paso as PasoUso, usePaso } from './marco.tsx'
import { Contacto, Cuando, Donde, Peticion, Quien, Relato, Testigos, Tipo } from './Preguntas.tsx'
import { draft, empty, PASOS } from './respuestas.ts'

/*
 * The evidence page and the review load the upload (Evidencia.tsx) on demand, with its words: the
 * other questions, where a reload lands as often, do not carry it.
 */
const Evidencia = lazy(() =>
  import('./Evidencia.tsx').then(async (m) => {
    await m.ready
    return { default: m.Evidencia }
  }),
)
const Revisar = lazy(() =>
  Promise.all([import('./Revisar.tsx'), import('./Evidencia.tsx').then((m) => m.ready)]).then(([m]) => ({
    default: m.Revisar,
  })),
)

/** Each page of the form by its step (respuestas.ts `PASOS` has what each asks, in order). */
const PAGINAS: Record<string, Component<{ paso: PasoUso }>> = {
  tipo: Tipo,
  relato: Relato,
  cuando: Cuando,
  donde: Donde,
  quien: Quien,
  testigos: Testigos,
  archivos: Evidencia,
  peticion: Peticion,
  contacto: Contacto,
  revisar: Revisar,
}

/**
 * `/reclamos/<paso>`: a page of the form, for a signed-in citizen only (signed out, to the sign-in
 * and back to the start page — a landing page within the first-visit budget, the form is not —; staff are told to use a citizen's account). The draft on the device is this
 * citizen's: another citizen's answers left on it are dropped, never shown.
 */
export function Paso(props: { id: string }) {
  return (
    <FormularioCiudadano
      draft={draft}
      empty={empty}
      returnTo="/reclamos"
      primera="/reclamos/tipo"
      paso={() => PASOS.find((p) => p.id === props.id)}
      textos={{ cargando: tr('gate.loading'), titulo: tr('gate.staff.title'), cuerpo: tr('gate.staff.body') }}
    >
      {(found) => <PaginaDe paso={found} usar={usePaso} paginas={PAGINAS} />}
    </FormularioCiudadano>
  )
}
