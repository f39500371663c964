import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../support/app.ts'
import { admits, PROTECTED_ROUTES, PUBLIC_ROUTES } from '../support/authz.ts'
import { testClient } from '../support/client.ts'
import { signedInCitizen, signedInStaff } from '../support/identity.ts'

type Client = ReturnType<typeof testClient>

function call(client: Client, route: string, body: unknown) {
  const [method = 'GET', pattern = '/'] = route.split(' ')
  const path = pattern.replace(/:\w+/g, 'some-id')
  if (method === 'GET') return client.get(path)
  if (method === 'PATCH') return client.patch(path, body)
  if (method === 'PUT') return client.put(path, body)
  return client.post(path, body)
}

describe('the authorisation matrix', () => {
  let t: Awaited<ReturnType<typeof testApp>>
  const callers = new Map<'citizen' | 'officer' | 'supervisor' | 'admin', Client>()

  beforeAll(async () => {
    t = await testApp()
    callers.set('citizen', await signedInCitizen(t))
    for (const role of ['officer', 'supervisor', 'admin'] as const)
      callers.set(role, (await signedInStaff(t, role)).client)
  })

  it('lists every route of the app, public or guarded', () => {
    const known = new Set<string>([...PUBLIC_ROUTES, ...PROTECTED_ROUTES.map((r) => r.route)])
    const routes = t.app.routes
      .filter(
        (r) =>
          r.method !== 'ALL' &&
          (r.path.startsWith('/api/') || r.path.startsWith('/auth/') || r.path.startsWith('/.well-known/')),
      )
      .map((r) => `${r.method} ${r.path.replace(/\/$/, '')}`)
    for (const route of routes) expect(known, `${route} is in neither list`).toContain(route)
  })

  it.each(PROTECTED_ROUTES)(
    '$route: 401 without a session, 403 for the wrong caller',
    async ({ route, audience, body }) => {
      const stranger = testClient((path, init) => t.app.request(path, init))
      expect((await call(stranger, route, body)).status).toBe(401)
      // Allowed callers are exercised by each route's own tests (calling logout here would sign them out).
      for (const [caller, client] of callers) {
        if (admits(audience, caller)) continue
        expect((await call(client, route, body)).status, `${caller} on ${route}`).toBe(403)
      }
    },
  )
})
