#!/usr/bin/env bash
# End-to-end tests of the .obl language server through two real clients nobody here wrote:
#   (a) Neovim's built-in LSP client (headless), (b) the vscode-jsonrpc / vscode-languageserver-protocol libraries.
# Installs what it needs (neovim via apt-get when missing and running as root; npm ci), publishes the
# server, runs both, stops every process it started, and exits non-zero when any check fails.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v nvim >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing neovim"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null
  else
    echo "run-lsp-e2e: neovim is missing and cannot be installed (not root); install it first" >&2
    exit 1
  fi
fi

echo "== publishing the language server"
dotnet publish "$repo/src/Obligations.LanguageServer/Obligations.LanguageServer.csproj" -c Release -o "$work/server" -v q --nologo >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; exit 1; }
dll="$work/server/Obligations.LanguageServer.dll"

failed=0

echo "== (a) neovim $(nvim --version | head -1)"
mkdir -p "$work/ws"
cp "$repo"/examples/data-breach/*.obl "$work/ws/"
printf 'import data_breach\nobligation broken {\n    holder controller\n    must undefined_measure\n    when incident.risk = 3\n}\n' >"$work/ws/broken.obl"
OBL_LSP_DLL="$dll" OBL_WS="$work/ws" OBL_RESULT="$work/nvim.json" \
  timeout 120 nvim --headless --clean -c "luafile $repo/tests/e2e/nvim-lsp-test.lua" >"$work/nvim.log" 2>&1 &
pids+=($!)
wait "${pids[-1]}" || true
if [ ! -s "$work/nvim.json" ]; then
  echo "neovim wrote no results" >&2; cat "$work/nvim.log" >&2; failed=1
else
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    let bad = 0;
    for (const c of r.checks) { console.log(`${c.ok ? "ok    " : "FAILED"} ${c.name}${c.ok ? "" : "\n" + c.detail}`); if (!c.ok) bad++; }
    console.log(`neovim: ${r.checks.length - bad} passed, ${bad} failed`);
    process.exit(bad === 0 && r.checks.length >= 8 ? 0 : 1);
  ' "$work/nvim.json" || failed=1
fi

echo "== (b) vscode-languageserver-protocol client"
(cd "$repo/tests/lsp-client-e2e" && npm ci --no-audit --no-fund --silent)
(cd "$repo/tests/lsp-client-e2e" && OBL_LSP_DLL="$dll" OBL_REPO="$repo" timeout 180 node --test) || failed=1

echo "== (c) the Neovim snippet of docs/scenario-cases.md (scenario cases, CodeLens)"
mkdir -p "$work/cases-ws"
cp -R "$repo/editor-extension/test/e2e/workspace/fee" "$work/cases-ws/"
# The snippet exactly as documented, with its local functions made global for the test to call.
sed -n '/^```lua$/,/^```$/p' "$repo/docs/scenario-cases.md" | sed '1d;$d' \
  | sed 's/^local function obl_client/function obl_client/; s/^local function obl_on_attach/function obl_on_attach/' >"$work/snippet.lua"
OBL_LSP_DLL="$dll" OBL_WS="$work/cases-ws" OBL_RESULT="$work/nvim-cases.json" OBL_SNIPPET="$work/snippet.lua" \
  timeout 240 nvim --headless --clean -c "luafile $repo/tests/e2e/nvim-cases-test.lua" >"$work/nvim-cases.log" 2>&1 &
pids+=($!)
wait "${pids[-1]}" || true
if [ ! -s "$work/nvim-cases.json" ]; then
  echo "neovim wrote no results for the snippet" >&2; cat "$work/nvim-cases.log" >&2; failed=1
else
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    let bad = 0;
    for (const c of r.checks) { console.log(`${c.ok ? "ok    " : "FAILED"} ${c.name}${c.ok ? "" : "\n" + c.detail}`); if (!c.ok) bad++; }
    console.log(`neovim snippet: ${r.checks.length - bad} passed, ${bad} failed`);
    process.exit(bad === 0 && r.checks.length >= 6 ? 0 : 1);
  ' "$work/nvim-cases.json" || failed=1
fi

if [ "$failed" != "0" ]; then echo "run-lsp-e2e: FAILED" >&2; exit 1; fi
echo "run-lsp-e2e: all end-to-end checks passed"
