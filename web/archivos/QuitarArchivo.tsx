/**
 * A chosen file's Remove button: its visible word, and the file's name for screen readers (a list
 * of "Quitar" buttons says nothing of which is which). Shared by the citizens' FileUpload and the
 * tipsters' ArchivosAnonimos.
 *
 * @example
 * <QuitarArchivo texto="Quitar" nombre="foto.jpg" onClick={() => quitar(id)} />
 */
export function QuitarArchivo(props: { texto: string; nombre: string; onClick: () => void }) {
  return (
    <button type="button" class="button button--secondary archivos__quitar" onClick={() => props.onClick()}>
      {props.texto}
      <span class="visually-hidden"> {props.nombre}</span>
    </button>
  )
}
