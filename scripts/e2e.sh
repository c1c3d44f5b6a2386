#!/usr/bin/env bash
# The end-to-end run in a real VS Code: installs Chromium and code-server when missing (cached),
# packages the extension, then drives it. `bash scripts/e2e.sh` runs the desktop test (the Node
# extension host), `bash scripts/e2e.sh web` the same .vsix in the web worker extension host.
# Screenshots and logs of a failure: test-results/e2e/ (test-results/e2e-web/).
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-desktop}"
case "$kind" in
  desktop) spec=test/e2e/vscode.e2e.ts ;;
  web) spec=test/e2e/web.e2e.ts ;;
  *) echo "usage: scripts/e2e.sh [desktop|web]" >&2; exit 2 ;;
esac
start=$SECONDS
bash scripts/e2e-install.sh >/dev/null
npm run package --silent
npx vitest run --config vitest.e2e.config.mts "$spec"
echo "end-to-end ($kind): $((SECONDS - start)) s, packaging included"
