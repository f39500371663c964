import { useNavigate } from '@solidjs/router'
import { type Component, createEffect, createSignal, onMount, Show } from 'solid-js'
import { PaginaDe } from '../../components/pasos.tsx'
import { compartido, setCompartido } from '../dispositivo.ts'
import { Declaracion } from './Declaracion.tsx'
import { Evidencia } from './Evidencia.tsx'
import { ConFicha, ficha } from './ficha.tsx'
import { Objetos, Sospechosos, Testigos } from './Grupos.tsx'
import { rutaDe, usePaso } from './marco.tsx'
import { Contacto, Cuando, Detalles, Donde, Relato, Tipo } from './Preguntas.tsx'
import { Revisar } from './Revisar.tsx'
import { draft, empty, hayBorrador, pasosDe } from './respuestas.ts'

/** Each page of the form by its step (respuestas.ts `PASOS` says which an offence asks, in order). */
const PAGINAS: Record<string, Component<{ paso: ReturnType<typeof usePaso> }>> = {
  tipo: Tipo,
  cuando: Cuando,
  donde: Donde,
  relato: Relato,
  detalles: Detalles,
  objetos: Objetos,
  sospechosos: Sospechosos,
  testigos: Testigos,
  archivos: Evidencia,
  contacto: Contacto,
  revisar: Revisar,
  declaracion: Declaracion,
}

/**
 * The answers this page may show: once the draft is read; this citizen's (a draft another citizen
 * left on the device is dropped); and only when it is known whether the device is shared — a page
 * loaded afresh without having been asked, and no report under way on the device, goes back to the
 * start page, which asks.
 */
function ConRespuestas(props: { id: string }) {
  const navigate = useNavigate()
  const [listo, setListo] = createSignal(false)
  onMount(() => {
    void draft.ready.then(() => {
      if (compartido() === undefined) {
        if (!hayBorrador()) return navigate('/denuncias', { replace: true })
        setCompartido(false)
      }
      setListo(true)
    })
  })
  createEffect(() => {
    const run = ficha()?.titular.run
    if (!listo() || !run) return
    const actual = draft.values().run
    if (actual === '') draft.update('run', run)
    else if (actual !== run) draft.replace({ ...empty, run })
  })
  // A page the chosen offence does not ask, or any page before an offence is chosen: its first.
  const paso = () =>
    props.id !== 'tipo' && draft.values().tipo === ''
      ? undefined
      : pasosDe(draft.values()).find((p) => p.id === props.id)
  createEffect(() => {
    if (listo() && !paso()) navigate(rutaDe('tipo'), { replace: true })
  })
  return (
    <Show when={listo() && paso()} keyed>
      {(found) => <PaginaDe paso={found} usar={usePaso} paginas={PAGINAS} />}
    </Show>
  )
}

/** `/denuncias/<paso>`: a page of the form, for a signed-in citizen. */
export function Paso(props: { id: string }) {
  return (
    <ConFicha>
      <ConRespuestas id={props.id} />
    </ConFicha>
  )
}
