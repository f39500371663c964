import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { repoRoot } from './server.ts'

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/**
 * Runs axe-core on the page as it is now (WCAG 2.0–2.2 A and AA, and axe's best practices) and
 * returns the violations, shortened for a readable assertion message. The context must bypass
 * the CSP: axe is injected as an inline script.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: join(repoRoot, 'node_modules/axe-core/axe.min.js') })
  }
  const violations = await page.evaluate(async () => {
    const axe = Reflect.get(window, 'axe') as {
      run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>
    }
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    })
    return result.violations
  })
  return violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => ({ target: node.target })),
  }))
}
