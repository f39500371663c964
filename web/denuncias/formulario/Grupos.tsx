import { For, onMount } from 'solid-js'
import { MAX_OBJETOS, MAX_PERSONAS } from '../../../core/denuncias/tipos.ts'
import { conCambio, Grupo } from '../../components/Grupo.tsx'
import { TextField } from '../../components/TextField.tsx'
import { errorFor } from '../../forms/validate.ts'
import { label } from './Campos.tsx'
import type { FormularioMessageKey } from './i18n/es.ts'
import { td } from './i18n/index.ts'
import { Marco, type usePaso } from './marco.tsx'
import { draft, type Item, lista, type Grupo as NombreGrupo, tipoDe } from './respuestas.ts'

type PasoProps = { paso: ReturnType<typeof usePaso> }

/** One field of a repeated group's items, as the page asks it. */
interface CampoGrupo {
  id: string
  hint?: string
  multiline?: boolean
  numeric?: boolean
}

/** A page that is one repeated group: its question, its hint, its items. */
function PaginaGrupo(props: PasoProps & { nombre: NombreGrupo; campos: CampoGrupo[]; max: number }) {
  const word = (suffix: string) => `${props.nombre}.${suffix}` as FormularioMessageKey
  const items = () => lista(draft.values(), props.nombre)
  const cambiar = (next: Item[]) => draft.update(props.nombre, JSON.stringify(next))
  return (
    <Marco paso={props.paso} titulo={td(word('title'))}>
      <p class="hint dn-measure">{td(word('hint'))}</p>
      <div id={props.nombre} tabindex="-1">
        <Grupo
          items={items()}
          max={props.max}
          words={{
            item: (n) => td(word('item'), { n }),
            agregar: td(word('agregar')),
            quitar: (n) => td(word('quitar'), { n }),
            ninguno: td('grupo.ninguno'),
          }}
          onChange={cambiar}
        >
          {(index) => (
            <For each={props.campos}>
              {(campo) => {
                // Labelled as the API names them (`objetos.1.imei`: «IMEI del objeto 2»).
                const id = () => `${props.nombre}.${index}.${campo.id}`
                return (
                  <TextField
                    id={id()}
                    label={label(id())}
                    hint={campo.hint}
                    error={errorFor(props.paso.errors(), id())}
                    value={items()[index]?.[campo.id] ?? ''}
                    onInput={(value) => cambiar(conCambio(items(), index, campo.id, value))}
                    multiline={campo.multiline}
                    inputMode={campo.numeric ? 'numeric' : undefined}
                    inputClass={campo.numeric ? 'input--10' : undefined}
                    autocomplete="off"
                  />
                )
              }}
            </For>
          )}
        </Grupo>
      </div>
    </Marco>
  )
}

/** What each field of a thing taken or damaged says under its label. */
const HINT_OBJETO: Record<string, FormularioMessageKey | undefined> = {
  valor: 'objetos.valor.hint',
  serie: 'objetos.serie.hint',
  imei: 'objetos.imei.hint',
}

/** `/denuncias/objetos`: each thing taken or damaged, with the fields the offence asks of it. */
export function Objetos(props: PasoProps) {
  const tipo = () => tipoDe(draft.values())
  // An offence that needs one thing starts with an empty one to fill.
  onMount(() => {
    if (tipo()?.objetos?.minimo === 1 && lista(draft.values(), 'objetos').length === 0)
      draft.update('objetos', JSON.stringify([{}]))
  })
  const campos = (): CampoGrupo[] =>
    (tipo()?.objetos?.campos ?? []).map((id) => {
      const hint = HINT_OBJETO[id]
      return { id, hint: hint ? td(hint) : undefined, numeric: id === 'valor' || id === 'imei' }
    })
  return <PaginaGrupo paso={props.paso} nombre="objetos" campos={campos()} max={MAX_OBJETOS} />
}

/** `/denuncias/sospechosos`: who may have done it, as seen (optional). */
export function Sospechosos(props: PasoProps) {
  return (
    <PaginaGrupo
      paso={props.paso}
      nombre="sospechosos"
      campos={[
        { id: 'descripcion', multiline: true },
        { id: 'nombre', hint: td('sospechosos.nombre.hint') },
      ]}
      max={MAX_PERSONAS}
    />
  )
}

/** `/denuncias/testigos`: who saw it (optional). */
export function Testigos(props: PasoProps) {
  return (
    <PaginaGrupo
      paso={props.paso}
      nombre="testigos"
      campos={[{ id: 'nombre' }, { id: 'contacto', hint: td('testigos.contacto.hint') }]}
      max={MAX_PERSONAS}
    />
  )
}
