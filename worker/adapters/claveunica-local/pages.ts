// Server-rendered pages of the local ClaveÚnica: no JavaScript, real forms, full-page navigation only,
// so the flow behaves like ClaveÚnica's under a browser test and a screen reader alike.

import { formatRun } from '../../../core/run.ts'
import { DEMO_CITIZENS } from './citizens.ts'

/**
 * Escapes text for HTML element content and double-quoted attributes.
 *
 * @example
 * escapeHtml('<b>"Del Río"</b>') // '&lt;b&gt;&quot;Del Río&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

/** The title every login page carries, so tests and people recognise it. */
export const LOGIN_TITLE = 'ClaveÚnica — Ingresa tu RUN y ClaveÚnica'

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;background:#f4f4f4}
.gob{display:flex;height:6px}.gob .azul{flex:1;background:#0f69c4}.gob .rojo{flex:1;background:#eb3c46}
header{background:#fff;border-bottom:1px solid #ddd}
.gobierno{margin:0;padding:12px 24px;font-weight:600}
.dev{margin:0;padding:8px 24px;background:#fff4ce;border-top:1px solid #e0c060;font-size:.9rem}
main{max-width:26rem;margin:32px auto;background:#fff;padding:24px 28px;border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.2)}
h1{margin:0 0 4px;font-size:1.8rem;color:#0f69c4}
.lead{margin:0 0 20px;font-size:1.1rem}
label{display:block;font-weight:600;margin:16px 0 4px}
input{width:100%;padding:10px;font-size:1rem;border:1px solid #6b6b6b;border-radius:3px}
input[aria-invalid=true]{border:2px solid #b00020}
input:focus,button:focus{outline:3px solid #ffbf47;outline-offset:1px}
.hint{margin:4px 0 0;color:#444;font-size:.9rem}
.error{border-left:5px solid #b00020;background:#fdecee;padding:10px 14px;margin:0 0 8px}
button{margin-top:20px;width:100%;padding:12px;font-size:1rem;font-weight:600;border:0;border-radius:3px;background:#0f69c4;color:#fff;cursor:pointer}
button.secundario{background:#fff;color:#0f69c4;border:1px solid #0f69c4;margin-top:12px}
details{margin-top:24px;font-size:.9rem}table{border-collapse:collapse;margin-top:8px}
td,th{text-align:left;padding:2px 8px 2px 0}
`

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="gob" aria-hidden="true"><span class="azul"></span><span class="rojo"></span></div>
<header>
<p class="gobierno">Gobierno de Chile</p>
<p class="dev" role="note">Entorno local de desarrollo: esto <strong>no</strong> es ClaveÚnica. No ingreses tu ClaveÚnica real.</p>
</header>
<main>
${body}
</main>
</body>
</html>`
}

function demoTable(): string {
  const rows = DEMO_CITIZENS.map(
    (person) =>
      `<tr><td>${escapeHtml(formatRun(`${person.numero}-${person.dv}`))}</td><td>${escapeHtml(
        [...person.nombres, ...person.apellidos].join(' '),
      )}</td></tr>`,
  ).join('')
  return `<details><summary>Ciudadanos de prueba (contraseña <code>demo1234</code>)</summary>
<table><thead><tr><th scope="col">RUN</th><th scope="col">Nombre</th></tr></thead><tbody>${rows}</tbody></table></details>`
}

/**
 * The login page of an interaction: RUN and ClaveÚnica in a real `<form method="post">`, with the
 * error (if any) announced and tied to the fields.
 *
 * @example
 * loginPage({ uid: 'abc' }) // first visit
 * loginPage({ uid: 'abc', run: '44.444.444-4', error: 'RUN o ClaveÚnica incorrectos.' }) // after a failure
 */
export function loginPage(options: { uid: string; run?: string; error?: string }): string {
  const action = `/interaction/${encodeURIComponent(options.uid)}`
  const error = options.error
    ? `<div class="error" id="error" role="alert"><p>${escapeHtml(options.error)}</p></div>`
    : ''
  const invalid = options.error ? ' aria-invalid="true"' : ''
  const described = options.error ? 'run-hint error' : 'run-hint'
  const body = `<h1>ClaveÚnica</h1>
<p class="lead">Ingresa tu RUN y ClaveÚnica</p>
${error}
<form method="post" action="${action}">
<label for="run">RUN</label>
<input id="run" name="run" type="text" autocomplete="username" autocapitalize="characters" spellcheck="false" required value="${escapeHtml(options.run ?? '')}" aria-describedby="${described}"${invalid}>
<p class="hint" id="run-hint">Por ejemplo: 12.345.678-5</p>
<label for="password">ClaveÚnica</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}>
<button type="submit">Autenticar</button>
</form>
<form method="post" action="${action}/abort">
<button type="submit" class="secundario">Cancelar y volver</button>
</form>
${demoTable()}`
  return layout(options.error ? `Error: ${LOGIN_TITLE}` : LOGIN_TITLE, body)
}

/**
 * A plain error page, for requests that cannot be sent back to the client (unknown client, bad
 * redirect, expired interaction, foreign logout redirect).
 *
 * @example
 * errorPage('Solicitud inválida', 'La dirección de retorno no pertenece a una aplicación registrada.')
 */
export function errorPage(title: string, message: string, detail?: string): string {
  const extra = detail ? `<p><code>${escapeHtml(detail)}</code></p>` : ''
  return layout(`${title} — ClaveÚnica`, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${extra}`)
}
