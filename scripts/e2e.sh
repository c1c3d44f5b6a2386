#!/usr/bin/env bash
# The end-to-end run in a real VS Code: installs Chromium and code-server when missing (cached),
# packages the extension, then drives it. Screenshots and logs of a failure: test-results/e2e/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/e2e-install.sh >/dev/null
npm run package --silent
npx vitest run --config vitest.e2e.config.mts
