import { For, Show } from 'solid-js'
import { formatDate } from '../i18n/dates.ts'
import type { EntradaCaso } from './api.ts'
import { tcaso } from './i18n/index.ts'

/** Who, as the citizen is told: them, the system, else Carabineros (never which officer). */
const quien = (entrada: EntradaCaso) =>
  tcaso(
    entrada.quien === 'usted'
      ? 'caso.quien.usted'
      : entrada.quien === 'sistema'
        ? 'caso.quien.sistema'
        : 'caso.quien.carabineros',
  )

/** Entries whose words already say who: "Usted respondió la pregunta". */
const DICE_QUIEN = new Set(['responder', 'agregar_informacion'])

/** A text the citizen or staff wrote, as written (its line breaks kept), under what it is. */
function Cita(props: { rotulo: string; texto: string }) {
  return (
    <>
      <p class="caso-historia__rotulo">{props.rotulo}</p>
      <blockquote class="caso-cita">{props.texto}</blockquote>
    </>
  )
}

/**
 * The case's dated history, oldest first, in the citizen's words (the server's: "Derivada a …",
 * "Enviada a la Fiscalía … con RUC …"), each entry with who — them, Carabineros or the system,
 * never which officer —, the question asked and the answer or information given, and, for a
 * close, the earlier número or where to go.
 *
 * @example
 * <Historia historia={vista.historia} />
 */
export function Historia(props: { historia: EntradaCaso[] }) {
  return (
    <section aria-labelledby="caso-historia-title">
      <h2 id="caso-historia-title" class="heading-m">
        {tcaso('caso.historia.title')}
      </h2>
      <ol class="caso-historia">
        <For each={props.historia}>
          {(entrada) => (
            <li>
              <time datetime={entrada.at}>{formatDate(entrada.at, 'America/Santiago')}</time>
              <p class="caso-historia__que">
                <strong>{entrada.texto}</strong>
                <Show when={!DICE_QUIEN.has(entrada.accion)}> · {quien(entrada)}</Show>
              </p>
              <Show when={entrada.pregunta}>
                {(pregunta) => <Cita rotulo={tcaso('caso.historia.pregunta')} texto={pregunta()} />}
              </Show>
              <Show when={entrada.respuesta}>
                {(respuesta) => (
                  <Cita
                    rotulo={tcaso(
                      entrada.accion === 'responder'
                        ? 'caso.historia.respuesta'
                        : 'caso.historia.informacion',
                    )}
                    texto={respuesta()}
                  />
                )}
              </Show>
              <Show when={entrada.detalle.numero_anterior}>
                {(numero) => <p>{tcaso('caso.historia.numeroAnterior', { numero: numero() })}</p>}
              </Show>
              <Show when={entrada.detalle.donde_acudir}>
                {(texto) => <p class="caso-cita">{tcaso('caso.historia.dondeAcudir', { texto: texto() })}</p>}
              </Show>
            </li>
          )}
        </For>
      </ol>
    </section>
  )
}
