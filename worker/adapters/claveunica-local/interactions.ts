// The login interaction oidc-provider delegates to us (its `/interaction/:uid` URL): ClaveÚnica asks for
// RUN and password and never shows a consent screen to state apps, so consent is granted here at once.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Interaction, Provider } from 'oidc-provider'
import { loginCitizen, subjectOf } from './citizens.ts'
import { readForm, sendHtml } from './http.ts'
import { errorPage, loginPage } from './pages.ts'

/** What a request to `/interaction/:uid[/abort]` asks for. */
export type InteractionAction = 'show' | 'login' | 'abort'

const MESSAGES = {
  'invalid-run': 'El RUN ingresado no es válido. Revisa el número y el dígito verificador.',
  'wrong-credentials': 'RUN o ClaveÚnica incorrectos. Revisa los datos e inténtalo de nuevo.',
} as const

/**
 * Handles one request of the login interaction: shows the login page, checks the submitted RUN and
 * password (re-showing the page with an error when wrong), or cancels back to the client with
 * `access_denied`.
 *
 * @example
 * // GET /interaction/abc → login page; POST /interaction/abc → 303 to the authorization resume URL
 * await handleInteraction(provider, req, res, 'abc', req.method === 'POST' ? 'login' : 'show')
 */
export async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  action: InteractionAction,
): Promise<void> {
  const details = await loadInteraction(provider, req, res)
  if (!details || details.uid !== uid) {
    sendHtml(
      res,
      400,
      errorPage(
        'Sesión de ingreso no válida',
        'El ingreso expiró o no corresponde a esta ventana. Vuelve a la aplicación e inicia sesión otra vez.',
      ),
    )
    return
  }
  if (action === 'abort') {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'La persona canceló el ingreso con ClaveÚnica' },
      { mergeWithLastSubmission: false },
    )
    return
  }
  if (details.prompt.name === 'consent') {
    await grantConsent(provider, req, res, details)
    return
  }
  if (details.prompt.name !== 'login') {
    sendHtml(res, 400, errorPage('Solicitud no válida', 'Esta etapa del ingreso no existe.'))
    return
  }
  if (action === 'show') {
    sendHtml(res, 200, loginPage({ uid }))
    return
  }
  await submitLogin(provider, req, res, uid)
}

async function loadInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<Interaction | undefined> {
  try {
    return await provider.interactionDetails(req, res)
  } catch {
    // oidc-provider throws SessionNotFound when the interaction cookie is missing or expired.
    return undefined
  }
}

async function submitLogin(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<void> {
  const form = await readForm(req)
  if (!form) {
    sendHtml(res, 400, errorPage('Solicitud no válida', 'El formulario no llegó completo.'))
    return
  }
  const typedRun = form.get('run') ?? ''
  const result = loginCitizen(typedRun, form.get('password') ?? '')
  if (!result.ok) {
    // 200 with the form again, as ClaveÚnica does: the person corrects the data on the same page.
    sendHtml(res, 200, loginPage({ uid, run: typedRun, error: MESSAGES[result.reason] }))
    return
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: subjectOf(result.person) } },
    { mergeWithLastSubmission: false },
  )
}

// Only reached when a client sends prompt=consent: the grant is otherwise created by loadExistingGrant.
async function grantConsent(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  details: Interaction,
): Promise<void> {
  const accountId = details.session?.accountId
  const clientId = details.params.client_id
  if (!accountId || typeof clientId !== 'string') {
    sendHtml(res, 400, errorPage('Solicitud no válida', 'No hay una sesión activa.'))
    return
  }
  const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined
  const grant = existing ?? new provider.Grant({ accountId, clientId })
  const scope = details.params.scope
  grant.addOIDCScope(typeof scope === 'string' ? scope : 'openid')
  const grantId = await grant.save()
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true })
}
