import { useLocation } from '@solidjs/router'
import { type Component, lazy } from 'solid-js'
import { FormularioCiudadano } from '../../components/FormularioCiudadano.tsx'
import { PaginaDe, type PasoDe, usePasoDe } from '../../components/pasos.tsx'
import { tre } from '../i18n/index.ts'
import { formulario } from './marco.ts'
import { Contacto, Familiar, Mensaje, Motivo, Relacion, Ultimo } from './Preguntas.tsx'
import { draft, empty, PASOS, type PasoForm } from './respuestas.ts'

// The review (the outbox's client) loads when reached: the questions do not carry it.
const Revisar = lazy(() => import('./Revisar.tsx').then((m) => ({ default: m.Revisar })))

/** A step made live for its page, with this form's pages and answers. */
const usarPaso = (paso: PasoForm) => usePasoDe(formulario, paso)

/** Each page of the form by its step (respuestas.ts `PASOS` has what each asks, in order). */
const PAGINAS: Record<string, Component<{ paso: PasoDe }>> = {
  familiar: Familiar,
  relacion: Relacion,
  ultimo: Ultimo,
  motivo: Motivo,
  mensaje: Mensaje,
  contacto: Contacto,
  revisar: Revisar,
}

/**
 * `/reencuentro/<paso>`: a page of the form, for a signed-in citizen only (signed out, to the
 * sign-in and back to the screener; staff are told to use a citizen's account). The screener's «No»
 * arrives with `?peligro=no`, kept with the draft; a page reached without it goes to the screener.
 * The draft on the device is this citizen's: another citizen's answers left on it are dropped.
 */
export function Paso(props: { id: string }) {
  const location = useLocation()
  const antes = () => {
    if (new URLSearchParams(location.search).get('peligro') === 'no') draft.update('peligro', 'no')
    return draft.values().peligro !== 'no' ? '/reencuentro/peligro' : undefined
  }
  return (
    <FormularioCiudadano
      draft={draft}
      empty={empty}
      returnTo="/reencuentro/peligro"
      antes={antes}
      primera="/reencuentro/familiar"
      paso={() => PASOS.find((p) => p.id === props.id)}
      textos={{
        cargando: tre('gate.loading'),
        titulo: tre('gate.staff.title'),
        cuerpo: tre('gate.staff.body'),
      }}
    >
      {(paso) => <PaginaDe paso={paso} usar={usarPaso} paginas={PAGINAS} />}
    </FormularioCiudadano>
  )
}
