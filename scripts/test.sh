#!/usr/bin/env bash
# The whole test command (`npm test`, which .ci/run calls): lint, types, builds, every suite.
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false
# The whole command's time, printed last whether it passes or fails (issue 20: at most 8 minutes).
started=$SECONDS
trap 'elapsed=$((SECONDS - started)); echo "npm test: $((elapsed / 60)) min $((elapsed % 60)) s"' EXIT

bash scripts/ensure-test-tools.sh
echo "== lint";      biome check --error-on-warnings .
echo "== typecheck"; tsc --noEmit -p tsconfig.json
echo "== layers";    node scripts/layers.ts
echo "== build";     vite build --logLevel warn
echo "== worker bundle (wrangler deploy --dry-run)"
WRANGLER_LOG=warn wrangler deploy --dry-run --outdir .tmp/worker-bundle
# The rate-limit test's own Worker (the edge limiter in workerd), built fresh like the portal's.
WRANGLER_LOG=warn wrangler deploy --dry-run --config tests/support/limits-worker.toml --outdir "$PWD/.tmp/limits-worker"
echo "== tests"
mkdir -p .tmp
status=0
E2E_SKIP_BUILD=1 vitest run --reporter=default --reporter=./tests/support/flaky-reporter.ts --reporter=json --outputFile.json=.tmp/vitest.json || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(".tmp/vitest.json", "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);
'
exit "$status"
