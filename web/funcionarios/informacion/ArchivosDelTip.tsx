import { createSignal, For, onCleanup, Show } from 'solid-js'
import type { ArchivoDelTip } from '../../informacion/archivos-anonimos.ts'
import { descifrarArchivo } from '../../informacion/archivos-cifrado.ts'
import { INFORMACION_API } from './api.ts'
import { tin } from './i18n/index.ts'

/** A size in words: «2,4 MB», «830 kB». */
const tamano = (bytes: number) =>
  bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1000))} kB`

/**
 * One file of a tip: what the tip says of it (name, type, size, the metadata the tipster's device
 * removed) and «Abrir»: its ciphertext fetched (the read audited on the server), decrypted here
 * with the key sealed in the tip and checked against its SHA-256, shown inline when it is a
 * picture, offered as a download either way. The decrypted bytes live only in this page.
 */
function Archivo(props: { mesa: string; archivo: ArchivoDelTip }) {
  const [url, setUrl] = createSignal<string | undefined>()
  const [error, setError] = createSignal<string | undefined>()
  const [abriendo, setAbriendo] = createSignal(false)
  onCleanup(() => {
    const actual = url()
    if (actual) URL.revokeObjectURL(actual)
  })
  const abrir = async () => {
    setAbriendo(true)
    setError(undefined)
    try {
      const respuesta = await fetch(
        `${INFORMACION_API}/mesas/${encodeURIComponent(props.mesa)}/archivos/${encodeURIComponent(props.archivo.id)}`,
        { credentials: 'same-origin' },
      )
      if (!respuesta.ok) throw new Error(String(respuesta.status))
      const plano = await descifrarArchivo(await respuesta.blob(), props.archivo.clave, {
        tipo: props.archivo.tipo,
        sha256: props.archivo.sha256,
      })
      setUrl(URL.createObjectURL(plano))
    } catch {
      setError(tin('in.tip.archivo.error'))
    }
    setAbriendo(false)
  }
  return (
    <li>
      <p>
        <strong>{props.archivo.nombre}</strong> ({props.archivo.tipo}, {tamano(props.archivo.bytes)})
      </p>
      <p class="hint">
        {props.archivo.quitado.length > 0
          ? tin('in.tip.archivo.quitado', { lista: props.archivo.quitado.join(', ') })
          : tin('in.tip.archivo.nadaQuitado')}
      </p>
      <Show
        when={url()}
        fallback={
          <button
            type="button"
            class="button button--secondary"
            disabled={abriendo()}
            onClick={() => void abrir()}
          >
            {tin('in.tip.archivo.abrir', { nombre: props.archivo.nombre })}
          </button>
        }
      >
        {(enlace) => (
          <>
            <Show when={props.archivo.tipo.startsWith('image/')}>
              <img
                src={enlace()}
                alt={props.archivo.nombre}
                style={{ 'max-width': '100%', height: 'auto' }}
              />
            </Show>
            <p>
              <a href={enlace()} download={props.archivo.nombre}>
                {tin('in.tip.archivo.descargar', { nombre: props.archivo.nombre })}
              </a>
            </p>
          </>
        )}
      </Show>
      <p class="error-message" role="alert">
        {error() ?? ''}
      </p>
    </li>
  )
}

/**
 * The files of a tip and of its tipster's messages, as their sealed plaintexts list them.
 *
 * @example
 * <ArchivosDelTip mesa="drogas" archivos={abierto.plano.archivos} />
 */
export function ArchivosDelTip(props: { mesa: string; archivos: ArchivoDelTip[] }) {
  return (
    <Show when={props.archivos.length > 0} fallback={<p>{tin('in.tip.archivo.ninguno')}</p>}>
      <ul class="list">
        <For each={props.archivos}>{(archivo) => <Archivo mesa={props.mesa} archivo={archivo} />}</For>
      </ul>
    </Show>
  )
}
