import { For, Show } from 'solid-js'
import { SummaryList } from '../../components/SummaryList.tsx'
import type { Registro } from '../api.ts'
import { tm } from '../i18n/index.ts'
import {
  corregibles,
  dia,
  motivo,
  nombreCampo,
  nombreEstado,
  nombreServicio,
  nombreTipo,
  valor,
} from '../palabras.ts'

/**
 * The services whose records the page groups, in its order (each named by `md.servicio.<servicio>`,
 * with its records' words); the account has its own section.
 */
const SERVICIOS: { servicio: string; tipos: Registro['tipo'][] }[] = [
  { servicio: 'constancias', tipos: ['constancia_voto', 'aviso_legal'] },
  { servicio: 'permisos', tipos: ['permiso', 'permiso_rechazado'] },
  { servicio: 'reencuentro', tipos: ['reencuentro'] },
  { servicio: 'condolencias', tipos: ['condolencia'] },
  { servicio: 'solicitudes', tipos: ['solicitud_datos'] },
]

/**
 * How long a record is kept and whether it can be erased: "Se conserva hasta …", then "Puede pedir
 * que se suprima" or why not, with the date it may go. Also under the account's details.
 */
export function Reloj(props: { registro: Registro }) {
  const supresion = () => {
    const s = props.registro.supresion
    return s.posible ? tm('md.registro.suprimible') : motivo(s.motivo, s.hasta)
  }
  return (
    <div class="md-reloj">
      <p>
        <strong>
          {props.registro.conservarHasta
            ? tm('md.registro.hasta', { fecha: dia(props.registro.conservarHasta) })
            : props.registro.tipo === 'solicitud_datos'
              ? tm('md.registro.alResponder')
              : tm('md.registro.mientras')}
        </strong>
      </p>
      <p>{supresion()}</p>
      <Show when={corregibles(props.registro).length > 0}>
        <p>
          {tm('md.registro.corregible', {
            campos: corregibles(props.registro)
              .map((campo) => nombreCampo(campo.campo))
              .join(', '),
          })}
        </p>
      </Show>
    </div>
  )
}

/** One record: what it is, its code, when it was made and its state, its fields, its clock. */
function Tarjeta(props: { registro: Registro }) {
  const r = () => props.registro
  // What the record does not hold (a refusal's reason on a constancia never refused) is not news.
  const campos = () => r().campos.filter((c) => c.valor !== null || c.rectificable)
  const meta = () =>
    [
      tm('md.registro.creado', { fecha: dia(r().creadoAt) }),
      ...(r().estado ? [tm('md.registro.estado', { estado: nombreEstado(r().estado ?? '') })] : []),
    ].join(' · ')
  return (
    <li class="md-registro">
      <h4 class="heading-s">
        {nombreTipo(r().tipo)}
        <Show when={r().code}>{(code) => <span class="md-registro__code"> {code()}</span>}</Show>
      </h4>
      <p class="meta">{meta()}</p>
      <Show when={campos().length > 0}>
        <SummaryList
          rows={campos().map((c) => ({ key: nombreCampo(c.campo), value: valor(c.campo, c.valor) }))}
        />
      </Show>
      <Reloj registro={r()} />
    </li>
  )
}

/** Every record but the account, service by service. */
export function Registros(props: { registros: Registro[] }) {
  const de = (tipos: Registro['tipo'][]) => props.registros.filter((r) => tipos.includes(r.tipo))
  const servicios = () => SERVICIOS.filter((servicio) => de(servicio.tipos).length > 0)
  return (
    <Show when={servicios().length > 0} fallback={<p>{tm('md.registros.empty')}</p>}>
      <For each={servicios()}>
        {(servicio) => (
          <>
            <h3>{nombreServicio(servicio.servicio)}</h3>
            <ul class="md-registros">
              <For each={de(servicio.tipos)}>{(registro) => <Tarjeta registro={registro} />}</For>
            </ul>
          </>
        )}
      </For>
    </Show>
  )
}
