/**
 * On a developer's machine, ClaveÚnica is the local OpenID provider (worker/adapters/claveunica-local),
 * started in this process on its own loopback port. It runs when APP_ENV is development and no
 * real ClaveÚnica client is configured, or whenever CLAVEUNICA_LOCAL_PORT is set (the tests).
 * Returns the settings that point the app at it; production never loads it.
 */
export async function startLocalClaveUnicaIfWanted(
  env: Record<string, string | undefined>,
  publicUrl: string,
): Promise<{ env: Record<string, string>; close: () => Promise<void> } | null> {
  const development = (env.APP_ENV ?? 'development') === 'development'
  const wanted = env.CLAVEUNICA_LOCAL_PORT !== undefined || (development && !env.CLAVEUNICA_CLIENT_ID)
  if (!wanted || env.APP_ENV === 'production') return null
  const { startLocalClaveUnica } = await import('./claveunica-local/provider.ts')
  const clientId = 'comisaria-virtual-local'
  const clientSecret = 'local-secret-not-for-production'
  const provider = await startLocalClaveUnica({
    port: Number(env.CLAVEUNICA_LOCAL_PORT ?? 8788),
    clients: [
      {
        clientId,
        clientSecret,
        redirectUris: [new URL('/auth/claveunica/callback', publicUrl).toString()],
        tokenEndpointAuthMethod: 'client_secret_post',
      },
    ],
  })
  return {
    env: {
      CLAVEUNICA_ISSUER: provider.issuer,
      CLAVEUNICA_AUTHORIZE_URL: provider.authorizeUrl,
      CLAVEUNICA_TOKEN_URL: provider.tokenUrl,
      CLAVEUNICA_USERINFO_URL: provider.userinfoUrl,
      CLAVEUNICA_JWKS_URL: provider.jwksUrl,
      CLAVEUNICA_LOGOUT_URL: provider.logoutUrl,
      CLAVEUNICA_CLIENT_ID: clientId,
      CLAVEUNICA_CLIENT_SECRET: clientSecret,
      CLAVEUNICA_TOKEN_AUTH: 'client_secret_post',
    },
    close: provider.close,
  }
}
