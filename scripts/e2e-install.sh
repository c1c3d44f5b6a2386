#!/usr/bin/env bash
# Install what the end-to-end tests need: Debian's Chromium (plus the headers code-server's
# native modules build against) and code-server 4.100.3 from the npm registry, in a cache
# folder outside the project's node_modules. Idempotent: a second run does nothing.
#
# Why code-server: VS Code's own test runners download VS Code builds from the internet, which
# this machine cannot reach; code-server is a real VS Code workbench published on the npm
# registry. 4.100.3 (VS Code 1.100.3) is the newest release whose engines accept Node 20.
# Installing it as root and offline trips over four things, handled below where they bite:
#   1. its postinstall refuses to run as root unless npm_config_unsafe_perm is set;
#   2. @vscode/ripgrep downloads rg from GitHub: its download cache is pre-seeded with Debian's rg;
#   3. node-pty runs `npx node-gyp`, which an npmrc with yes=false cancels: npm_config_yes=true;
#   4. its native modules build against the local Node headers: npm_config_nodedir=/usr.
#
# Env:
#   IPLAN_E2E_CACHE  cache root (default: $HOME/.cache/iplan-e2e); code-server goes to <cache>/code-server
#   CODE_SERVER_VERSION  (default 4.100.3: the newest whose engines accept Node 20)
#
# Last line printed: the absolute path of the code-server binary.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CACHE_ROOT="${IPLAN_E2E_CACHE:-$HOME/.cache/iplan-e2e}"
PREFIX="$CACHE_ROOT/code-server"
BIN="$PREFIX/node_modules/.bin/code-server"

# `code-server --version` writes a default config.yaml and a log under XDG dirs on first
# run: point those at a throwaway folder and keep only the "4.x.y <commit> with Code ..." line.
cs_version() {
  local t out
  t="$(mktemp -d "${TMPDIR:-/tmp}/iplan-e2e-ver.XXXXXX")"
  out="$(XDG_CONFIG_HOME="$t/config" XDG_DATA_HOME="$t/data" XDG_CACHE_HOME="$t/cache" \
         "$BIN" --version 2>&1 | grep -E '^[0-9]+\.[0-9]+\.[0-9]+' | head -n1)" || true
  rm -rf "$t"
  [ -n "$out" ] && echo "$out"
}

log() { echo "e2e-install: $*" >&2; }
die() { echo "e2e-install: ERROR: $*" >&2; exit 1; }

# ---- 1. Debian packages -----------------------------------------------------------------
APT_PKGS=(chromium build-essential pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep)
missing=()
for p in "${APT_PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "not root and no sudo: install ${missing[*]} by hand"
    SUDO="sudo"
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null || die "apt-get update failed"
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after apt install"
[ -x /usr/bin/rg ] || die "/usr/bin/rg missing after apt install"

# ---- 2. code-server ---------------------------------------------------------------------
if [ -x "$BIN" ] && have="$(cs_version)" && [[ "$have" == "$CODE_SERVER_VERSION"* ]]; then
  log "code-server $have already in $PREFIX"
  echo "$BIN"
  exit 0
fi

log "installing code-server@$CODE_SERVER_VERSION into $PREFIX (about a minute, ~300 MB)"
mkdir -p "$PREFIX"

# (2) @vscode/ripgrep looks in this cache before it downloads; the name is the one it asks for.
WORK_TMP="$(mktemp -d "${TMPDIR:-/tmp}/iplan-e2e-install.XXXXXX")"
trap 'rm -rf "$WORK_TMP"' EXIT
export TMPDIR="$WORK_TMP"
RG_CACHE="$TMPDIR/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE/stage"
cp /usr/bin/rg "$RG_CACHE/stage/rg"
tar -czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$RG_CACHE/stage" rg
rm -rf "$RG_CACHE/stage"

# (1) root postinstall, (3) the npx node-gyp prompt, (4) native modules against local headers.
export npm_config_unsafe_perm=true
export npm_config_yes=true
export npm_config_nodedir=/usr
export npm_config_fund=false
export npm_config_audit=false
export npm_config_update_notifier=false

# Not `-g`: npm exports its non-default config to lifecycle scripts, and an inherited
# npm_config_global=true makes code-server's postinstall `npm install` (in lib/vscode)
# reify the whole global tree and fail with ENOENT/"Cannot cd into" tar errors.
# A private package.json makes $PREFIX its own project root.
[ -f "$PREFIX/package.json" ] || \
  printf '{\n  "name": "iplan-e2e-code-server",\n  "private": true\n}\n' >"$PREFIX/package.json"
if ! (cd "$PREFIX" && npm install --prefix "$PREFIX" --save-exact --no-progress \
      --loglevel=error "code-server@$CODE_SERVER_VERSION") >"$WORK_TMP/npm.log" 2>&1; then
  tail -n 60 "$WORK_TMP/npm.log" >&2
  die "npm install code-server@$CODE_SERVER_VERSION failed (log above)"
fi

[ -x "$BIN" ] || { tail -n 60 "$WORK_TMP/npm.log" >&2; die "$BIN not found after install"; }
have="$(cs_version)" || die "installed code-server does not run ($BIN --version)"
[[ "$have" == "$CODE_SERVER_VERSION"* ]] || die "installed code-server reports '$have', wanted $CODE_SERVER_VERSION"
log "code-server $have installed"
echo "$BIN"
