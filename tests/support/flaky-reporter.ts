import type { Reporter, TestCase } from 'vitest/node'

/**
 * Lists, at the end of a run, every test that failed and then passed on its retry (decision 0084):
 * a retry keeps `main` green through a loaded machine's timing, and this list keeps each such
 * failure in sight as a defect to find, in the product or in the test.
 */
export default class FlakyReporter implements Reporter {
  private readonly flaky: string[] = []

  onTestCaseResult(testCase: TestCase): void {
    const diagnostic = testCase.diagnostic()
    if (diagnostic?.flaky)
      this.flaky.push(
        `${testCase.module.relativeModuleId} > ${testCase.fullName} (failed ${diagnostic.retryCount}×)`,
      )
  }

  onTestRunEnd(): void {
    if (this.flaky.length === 0) return
    console.log(`\nPassed only on a retry (${this.flaky.length}), each a defect to find:`)
    for (const line of this.flaky) console.log(`  ${line}`)
  }
}
