#!/usr/bin/env bash
# Builds and tests the VS Code extension from a clean install; exits non-zero on the first failure.
# Usage: editor-extension/test/run-all.sh   (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "npm ci";            npm ci --no-audit --no-fund
step "compile";           npm run compile
step "typecheck";         npm run typecheck
step "grammar tests";     npm run test:grammar
step "unit tests";        npm run test:unit
step "bundle server";     npm run bundle-server
if [ -f server/Obligations.LanguageServer.dll ]; then
  step "server smoke test"; node test/server-smoke.mjs server/Obligations.LanguageServer.dll
fi
step "package";           rm -f ./*.vsix && npm run package

vsix=$(ls ./*.vsix)
step "check $vsix"
listing=$(unzip -l "$vsix")
for f in extension/package.json extension/dist/extension.js extension/syntaxes/obl.tmLanguage.json \
         extension/language-configuration.json extension/snippets/obl.json extension/readme.md; do
  grep -qi " $f\$" <<<"$listing" || { echo "missing in VSIX: $f" >&2; exit 1; }
done
if grep -qE ' extension/(src|test|node_modules)/' <<<"$listing"; then
  echo "VSIX contains sources, tests or node_modules" >&2; exit 1
fi
if [ -f server/Obligations.LanguageServer.dll ]; then
  grep -q ' extension/server/Obligations.LanguageServer.dll$' <<<"$listing" || { echo "server built but not in VSIX" >&2; exit 1; }
  echo "VSIX includes the language server."
  # The server is published for one runtime (scripts/bundle-server.mjs): the VSIX must say which platform
  # it is for and carry that platform's native libraries only (a portable publish has server/runtimes/*).
  target=$(unzip -p "$vsix" extension.vsixmanifest | sed -n 's/.*TargetPlatform="\([^"]*\)".*/\1/p')
  [ -n "$target" ] || { echo "VSIX with a server has no TargetPlatform" >&2; exit 1; }
  case "$vsix" in *"-$target-"*) ;; *) echo "VSIX name $vsix does not name its target $target" >&2; exit 1;; esac
  if grep -qE ' extension/server/runtimes/' <<<"$listing"; then
    echo "VSIX carries native libraries for several platforms (server/runtimes/)" >&2; exit 1
  fi
  echo "VSIX targets $target: $(du -k "$vsix" | cut -f1) KB."
else
  echo "VSIX has no language server (the server project is not there yet)."
fi
step "all passed: $vsix"
