import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importGraph, violations } from '../../scripts/layers.ts'

const roots: string[] = []

/** A project tree of the given files, with a tsconfig.json like the repository's. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'))
  roots.push(root)
  const all: Record<string, string> = {
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        allowImportingTsExtensions: true,
        verbatimModuleSyntax: true,
        noEmit: true,
        strict: true,
        types: [],
      },
      include: ['core', 'db', 'worker', 'web', 'scripts', 'tests', 'lib'],
    }),
    'core/run.ts': 'export const run = (text: string) => text.trim()\n',
    'db/schema.ts': "import { run } from '../core/run.ts'\nexport const table = run('x')\n",
    'worker/service.ts': "import { table } from '../db/schema.ts'\nexport const service = () => table\n",
    'web/page.ts': "import { service } from '../worker/service.ts'\nexport const page = service\n",
    ...files,
  }
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

const check = (files: Record<string, string>) => violations(importGraph(tree(files)))

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

describe('the layers check (scripts/layers.ts)', () => {
  it('passes a tree whose imports all point down', () => {
    expect(check({})).toEqual([])
  })

  it('catches planted upward imports (type-only and dynamic too), a server package in core/, a cross-folder cycle and a file outside the layers', () => {
    const found = check({
      // Upward: db → worker by a type, worker → scripts by a re-export, core → web by import().
      'db/schema.ts': "import type { service } from '../worker/service.ts'\nexport type T = typeof service\n",
      'worker/dev.ts': "export { tool } from '../scripts/tool.ts'\n",
      'scripts/tool.ts': 'export const tool = 1\n',
      'core/rule.ts':
        "import { readFileSync } from 'node:fs'\nexport const load = () => import('../web/page.ts')\nexport { readFileSync }\n",
      // A cycle at run time across two folders; one of types only, which is erased, is not reported.
      'worker/a/one.ts': "import { two } from '../b/two.ts'\nexport const one = () => two\n",
      'worker/b/two.ts': "import { one } from '../a/one.ts'\nexport const two = () => one\n",
      'worker/c/three.ts': "import type { Four } from '../d/four.ts'\nexport type Three = { four?: Four }\n",
      'worker/d/four.ts':
        "import type { Three } from '../c/three.ts'\nexport type Four = { three?: Three }\n",
      // A top folder with no place among the layers.
      'lib/helper.ts': 'export const helper = 1\n',
    })
    expect(found.sort()).toEqual(
      [
        'upward import: db/schema.ts (db) → worker/service.ts (worker)',
        'upward import: worker/dev.ts (worker) → scripts/tool.ts (scripts)',
        'upward import: core/rule.ts (core) → web/page.ts (web)',
        'core imports a package it may not: core/rule.ts → node:fs',
        'import cycle across folders (worker/a, worker/b): worker/a/one.ts, worker/b/two.ts',
        'file outside the layers: lib/helper.ts (a new top folder gets its place in LAYERS)',
      ].sort(),
    )
  })
})
