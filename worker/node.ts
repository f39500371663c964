/**
 * The embedded default's entry point (`node worker/node.ts`): one resolve hook, then the server
 * (worker/embedded.ts).
 *
 * Node's resolver looks up the nearest package.json of every module it loads to learn whether a
 * `.js` file is ESM, and reads drizzle-orm's (180 KB) again each time: loading drizzle's few
 * hundred files cost about 0.6 s of a 1.3 s start. drizzle-orm ships a single package.json with
 * `"type": "module"`, so a relative `.js` import inside it is ESM: the hook says so and skips the
 * look-up. Everything else resolves as usual. See docs/decisions/0012-startup-resolve-hook.md.
 */
import { registerHooks } from 'node:module'

const DRIZZLE = '/node_modules/drizzle-orm/'

registerHooks({
  resolve(specifier, context, nextResolve) {
    const parent = context.parentURL
    if (parent?.includes(DRIZZLE) && specifier.startsWith('.') && specifier.endsWith('.js')) {
      const url = new URL(specifier, parent).href
      if (url.includes(DRIZZLE)) return { url, format: 'module', shortCircuit: true }
    }
    return nextResolve(specifier, context)
  },
})

await import('./embedded.ts')
