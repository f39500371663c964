/**
 * `node scripts/layers.ts` (a step of `npm test`): the layers point one way (decision 0072).
 *
 * Every TypeScript file of the project (what tsconfig.json includes) belongs to the layer named by
 * its top folder, lowest first: `core/` (pure rules and types the browser may import), `db/`,
 * `worker/`, `web/`, then `scripts/` and `tests/`; the config files at the root sit above them
 * all. A file may import from its own layer and the ones below, never from one above, types
 * included. `core/` imports no package of the server (`node:`, drizzle, hono, libSQL…): only
 * those in CORE_PACKAGES. And no import cycle joins files of different folders (a cycle inside one
 * folder is that folder's business; a cycle of types only is erased and does not count). Imports
 * are the compiler's own list for each file (`import`, `import type`, `export … from`, `import()`),
 * read through TypeScript 7's API (tsgo).
 *
 * @example
 *   node scripts/layers.ts          # prints each violation and exits 1, or "layers: ok (N files)"
 */
import { dirname, join, posix, relative, resolve, sep } from 'node:path'
import { type Node, SyntaxKind } from 'typescript/unstable/ast'
import { API } from 'typescript/unstable/sync'

/**
 * Each layer's height; a file's layer is its top folder (root files: `.`). `scripts/` and `tests/`
 * stand side by side (the bench runs the tests' servers; a test runs a script's function).
 */
export const LAYERS = { core: 0, db: 1, worker: 2, web: 3, scripts: 4, tests: 4, '.': 5 } as const
export type Layer = keyof typeof LAYERS

/** The only packages `core/` may import: none of them brings the server into the browser. */
export const CORE_PACKAGES: readonly string[] = ['valibot']

/**
 * One file's imports: project files as project-relative paths (`/`-separated), those still there at
 * run time apart (`import type`, `export type` and `import('…')` types are erased), packages by
 * their specifier.
 */
export type Imports = { files: readonly string[]; runtime: readonly string[]; packages: readonly string[] }
export type Graph = ReadonlyMap<string, Imports>

export function layerOf(file: string): Layer | undefined {
  const top = file.includes('/') ? file.slice(0, file.indexOf('/')) : '.'
  return Object.hasOwn(LAYERS, top) ? (top as Layer) : undefined
}

/** The import graph of the project at `root`, as its tsconfig.json sees it. */
export function importGraph(root: string): Graph {
  const api = new API({ cwd: root })
  try {
    const snapshot = api.updateSnapshot({ openProjects: [join(root, 'tsconfig.json')] })
    const project = snapshot.getProjects()[0]
    if (!project) throw new Error(`no project at ${root}/tsconfig.json`)
    const names = project.program
      .getSourceFileNames()
      .map((name) => relative(root, name).split(sep).join('/'))
      .filter((name) => !name.startsWith('..') && !name.includes('node_modules/'))
    const known = new Set(names)
    const graph = new Map<string, Imports>()
    for (const name of names) {
      const source = project.program.getSourceFile(join(root, name))
      const entry = { files: [] as string[], runtime: [] as string[], packages: [] as string[] }
      for (const node of source?.imports ?? []) {
        const specifier = (node as unknown as { text: string }).text
        if (!specifier.startsWith('.')) entry.packages.push(specifier)
        else {
          const target = resolveFile(name, specifier, known)
          if (target) entry.files.push(target)
          if (target && !typeOnly(node)) entry.runtime.push(target)
        }
      }
      graph.set(name, entry)
    }
    return graph
  } finally {
    api.close()
  }
}

/** Whether the import whose specifier is `node` is erased from the JavaScript (types only). */
function typeOnly(node: Node): boolean {
  const parent = node.parent as unknown as { kind: SyntaxKind; parent?: { kind: SyntaxKind } } & Record<
    string,
    unknown
  >
  if (parent.kind === SyntaxKind.ImportDeclaration) {
    const clause = parent.importClause as { phaseModifier?: SyntaxKind } | undefined
    return clause?.phaseModifier === SyntaxKind.TypeKeyword
  }
  if (parent.kind === SyntaxKind.ExportDeclaration) return parent.isTypeOnly === true
  return parent.kind === SyntaxKind.LiteralType && parent.parent?.kind === SyntaxKind.ImportType
}

/** A relative specifier to a project file (`.js` written for `.ts`, a folder for its index). */
function resolveFile(from: string, specifier: string, known: Set<string>): string | undefined {
  const base = posix.normalize(posix.join(posix.dirname(from), specifier.replace(/\?.*$/, '')))
  const stem = base.replace(/\.(js|jsx|mjs)$/, '')
  for (const candidate of [
    base,
    `${stem}.ts`,
    `${stem}.tsx`,
    `${base}.ts`,
    `${base}.tsx`,
    `${base}/index.ts`,
  ]) {
    if (known.has(candidate)) return candidate
  }
  // Not TypeScript (CSS, JSON, an asset): no layer rule applies to it.
  return undefined
}

/** What breaks the rules in `graph`: upward imports, server packages in core/, cross-folder cycles. */
export function violations(graph: Graph): string[] {
  const found: string[] = []
  for (const [file, { files, packages }] of graph) {
    const from = layerOf(file)
    if (!from) {
      found.push(`file outside the layers: ${file} (a new top folder gets its place in LAYERS)`)
      continue
    }
    for (const target of files) {
      const to = layerOf(target)
      if (to && LAYERS[to] > LAYERS[from]) {
        found.push(`upward import: ${file} (${from}) → ${target} (${to})`)
      }
    }
    if (from === 'core') {
      for (const specifier of packages) {
        const name = specifier.startsWith('@')
          ? specifier.split('/').slice(0, 2).join('/')
          : (specifier.split('/')[0] ?? '')
        if (!CORE_PACKAGES.includes(name))
          found.push(`core imports a package it may not: ${file} → ${specifier}`)
      }
    }
  }
  for (const cycle of cycles(graph)) {
    const folders = new Set(cycle.map((file) => posix.dirname(file)))
    if (folders.size > 1) {
      found.push(
        `import cycle across folders (${[...folders].sort().join(', ')}): ${cycle.sort().join(', ')}`,
      )
    }
  }
  return found
}

/**
 * The strongly connected components of more than one file over the imports that remain at run time
 * (a cycle of types only is erased and orders nothing); Tarjan's algorithm, iterative.
 */
export function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  let next = 0
  for (const start of graph.keys()) {
    if (index.has(start)) continue
    const work: { file: string; edge: number }[] = [{ file: start, edge: 0 }]
    index.set(start, next)
    low.set(start, next++)
    stack.push(start)
    onStack.add(start)
    while (work.length > 0) {
      const frame = work[work.length - 1] as { file: string; edge: number }
      const targets = graph.get(frame.file)?.runtime ?? []
      const target = targets[frame.edge++]
      if (target !== undefined) {
        if (!graph.has(target)) continue
        if (!index.has(target)) {
          index.set(target, next)
          low.set(target, next++)
          stack.push(target)
          onStack.add(target)
          work.push({ file: target, edge: 0 })
        } else if (onStack.has(target)) {
          low.set(frame.file, Math.min(low.get(frame.file) ?? 0, index.get(target) ?? 0))
        }
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low.set(parent.file, Math.min(low.get(parent.file) ?? 0, low.get(frame.file) ?? 0))
      if (low.get(frame.file) === index.get(frame.file)) {
        const component: string[] = []
        let member: string | undefined
        do {
          member = stack.pop()
          if (member === undefined) break
          onStack.delete(member)
          component.push(member)
        } while (member !== frame.file)
        if (component.length > 1) components.push(component)
      }
    }
  }
  return components
}

if (import.meta.main) {
  const root = resolve(process.argv[2] ?? dirname(import.meta.dirname))
  const graph = importGraph(root)
  const found = violations(graph)
  for (const line of found) console.error(line)
  if (found.length > 0) {
    console.error(`layers: ${found.length} violation(s); the rules are in docs/decisions/0072`)
    process.exit(1)
  }
  console.log(`layers: ok (${graph.size} files)`)
}
