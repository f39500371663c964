/**
 * `npm run bench -- proof`: the long proofs at full size, which `npm test` runs smaller
 * (decision 0071). The same test files through vitest, sized by their environment variables —
 * FUZZ_RUNS generated requests per endpoint (a tenth as many upload parts), CRASH_RUNS kills of
 * the server under write load — then a table of what each file proved and how long it took.
 * PROOF_FUZZ_RUNS and PROOF_CRASH_RUNS change the sizes; FUZZ_SEED and CRASH_SEED repeat a run.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const FILES = {
  'tests/integration/fuzz-bodies.test.ts': 'requests',
  'tests/integration/fuzz-queries.test.ts': 'requests',
  'tests/integration/fuzz-archivos.test.ts': 'parts',
  'tests/integration/crash.test.ts': 'kills',
} as const

interface VitestJson {
  testResults: {
    name: string
    startTime: number
    endTime: number
    assertionResults: { status: string; title: string; duration?: number }[]
  }[]
}

/** Runs the proofs; returns vitest's exit status (non-zero when a proof failed). */
export function proof(): number {
  const fuzzRuns = Number(process.env.PROOF_FUZZ_RUNS ?? 10_000)
  const crashRuns = Number(process.env.PROOF_CRASH_RUNS ?? 20)
  const report = '.tmp/proof.json'
  mkdirSync('.tmp', { recursive: true })
  rmSync(report, { force: true })
  const began = performance.now()
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      ...Object.keys(FILES),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, FUZZ_RUNS: String(fuzzRuns), CRASH_RUNS: String(crashRuns) },
    },
  )
  const seconds = (performance.now() - began) / 1000
  if (!existsSync(report)) return run.status ?? 1
  const results = (JSON.parse(readFileSync(report, 'utf8')) as VitestJson).testResults
  const parts = Math.max(50, Math.round(fuzzRuns / 10))
  const rows = Object.entries(FILES).map(([file, unit]) => {
    const result = results.find((r) => r.name.endsWith(file))
    const tests = result?.assertionResults ?? []
    const passed = tests.filter((t) => t.status === 'passed').length
    const each = unit === 'requests' ? fuzzRuns : unit === 'parts' ? parts : crashRuns
    // A fuzz file has a test per endpoint; the upload and crash files one test each.
    const size = unit === 'requests' ? `${tests.length} endpoints × ${each} requests` : `${each} ${unit}`
    const took = result ? (result.endTime - result.startTime) / 1000 : 0
    return { file, size, passed: `${passed}/${tests.length}`, seconds: took.toFixed(0) }
  })
  console.log(`\nproofs at full size (${seconds.toFixed(0)} s in all):`)
  console.table(rows)
  return run.status ?? 1
}
