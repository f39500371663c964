// oidc-provider ships no types and @types/oidc-provider is not a dependency, so this declares only the
// part of its v9 API the local ClaveÚnica uses (read from node_modules/oidc-provider/lib). Delete this
// file if @types/oidc-provider is ever installed.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  /** A client as oidc-provider's `clients` option takes it (snake_case, as in OpenID registration). */
  export interface ClientMetadata {
    client_id: string
    client_secret: string
    redirect_uris: string[]
    grant_types?: string[]
    response_types?: string[]
    token_endpoint_auth_method?: string
    id_token_signed_response_alg?: string
  }

  /** The claims an account releases; oidc-provider filters them by the granted scopes. */
  export type AccountClaims = { sub: string } & Record<string, unknown>

  export interface Account {
    accountId: string
    claims(use: string, scope: string): Promise<AccountClaims> | AccountClaims
  }

  export interface Grant {
    readonly jti: string
    accountId: string
    clientId: string
    addOIDCScope(scope: string): void
    save(): Promise<string>
  }

  export interface GrantModel {
    new (init: { accountId: string; clientId: string }): Grant
    find(id: string): Promise<Grant | undefined>
  }

  export interface Session {
    readonly new?: boolean
    accountId?: string
    loginTs?: number
    grantIdFor(clientId: string): string | undefined
    destroy(): Promise<void>
  }

  /** The `ctx.oidc` object of a request oidc-provider is handling. */
  export interface OIDCContext {
    readonly provider: Provider
    readonly session?: Session
    readonly client?: { clientId: string }
    readonly account?: { accountId: string }
    readonly result?: { consent?: { grantId?: string } }
    readonly params?: Record<string, unknown>
    readonly requestParamOIDCScopes: Set<string>
  }

  /** The Koa context oidc-provider passes to configuration functions. */
  export interface KoaContextWithOIDC {
    oidc: OIDCContext
    type: string
    body: unknown
    status: number
  }

  /** A Koa context built for a plain Node request, used to read and clear signed cookies. */
  export interface KoaContext {
    cookies: {
      set(name: string, value: string | null, options?: Record<string, unknown>): void
    }
  }

  export interface ErrorOut {
    error: string
    error_description?: string
  }

  export interface Interaction {
    uid: string
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> }
    params: Record<string, unknown>
    session?: { accountId: string }
    grantId?: string
    returnTo: string
  }

  export interface InteractionResults {
    login?: { accountId: string; remember?: boolean }
    consent?: { grantId: string }
    error?: string
    error_description?: string
  }

  type TtlFunction = (ctx: KoaContextWithOIDC, token: unknown, client: unknown) => number

  export interface Configuration {
    clients?: ClientMetadata[]
    clientDefaults?: Partial<ClientMetadata>
    claims?: Record<string, string[] | null>
    scopes?: string[]
    responseTypes?: string[]
    clientAuthMethods?: string[]
    pkce?: { required: (ctx: KoaContextWithOIDC, client: unknown) => boolean }
    jwks?: { keys: Record<string, unknown>[] }
    cookies?: {
      names?: { session?: string; interaction?: string; resume?: string }
      keys?: string[]
      long?: Record<string, unknown>
      short?: Record<string, unknown>
    }
    routes?: Record<string, string>
    ttl?: {
      AccessToken?: number | TtlFunction
      AuthorizationCode?: number | TtlFunction
      IdToken?: number | TtlFunction
      Interaction?: number | TtlFunction
      Grant?: number | TtlFunction
      Session?: (ctx: KoaContextWithOIDC, session: Session) => number
    }
    features?: Record<string, { enabled: boolean }>
    enabledJWA?: { idTokenSigningAlgValues?: string[] }
    allowOmittingSingleRegisteredRedirectUri?: boolean
    expiresWithSession?: (ctx: KoaContextWithOIDC, code: unknown) => Promise<boolean> | boolean
    loadExistingGrant?: (ctx: KoaContextWithOIDC) => Promise<Grant | undefined>
    findAccount?: (ctx: KoaContextWithOIDC, sub: string, token?: unknown) => Promise<Account | undefined>
    renderError?: (ctx: KoaContextWithOIDC, out: ErrorOut, error: Error) => Promise<void> | void
  }

  export class Provider {
    constructor(issuer: string, configuration?: Configuration)
    readonly issuer: string
    readonly Grant: GrantModel
    readonly Session: { get(ctx: KoaContext): Promise<Session> }
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>
    createContext(req: IncomingMessage, res: ServerResponse): KoaContext
    cookieName(type: 'session' | 'interaction' | 'resume'): string
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>
    on(event: string, listener: (...args: unknown[]) => void): this
  }
}
