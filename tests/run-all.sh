#!/usr/bin/env bash
# Runs every test suite of the project and ends with one line "N passed, N failed".
#  1. the .NET suites (dotnet test over Obligations.sln);
#  2. the editor extension's own checks (grammar, unit, packaging), when editor-extension/ has them;
#  3. the end-to-end suites with real clients (Neovim, a vscode-jsonrpc client, code-server), when present.
# Each suite installs what it needs itself. Set OBL_SKIP_E2E=1 to run only 1 and 2 while iterating.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
log_dir=$(mktemp -d)
passed=0
failed=0
failed_suites=()

count_dotnet() {
  # Sums "Passed: N" / "Failed: N" from dotnet test's per-assembly summary lines.
  local p f
  p=$(grep -E '^(Passed|Failed)!' "$1" | sed -E 's/.*Passed: *([0-9]+).*/\1/' | awk '{s+=$1} END {print s+0}')
  f=$(grep -E '^(Passed|Failed)!' "$1" | sed -E 's/.*Failed: *([0-9]+), Passed.*/\1/' | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
}

run_suite() {
  local name=$1; shift
  echo "=== $name"
  "$@" 2>&1 | tee "$log_dir/$name.log"
  local status=${PIPESTATUS[0]}
  # Counts from "N passed, N failed" lines (optionally "word: " first) and node's TAP "# pass N" / "# fail N".
  local counts
  counts=$(grep -E '^([A-Za-z-]+: )?[0-9]+ passed, [0-9]+ failed|^# (pass|fail) [0-9]+$' "$log_dir/$name.log" \
    | awk '/^# pass/ {p+=$3; next} /^# fail/ {f+=$3; next} {for (i=1;i<=NF;i++) { if ($(i+1) ~ /^passed,/) p+=$i; if ($(i+1) ~ /^failed/) f+=$i }} END {if (NR) print p+0, f+0}')
  if [[ -n "$counts" ]]; then
    passed=$((passed + ${counts% *}))
    failed=$((failed + ${counts#* }))
  fi
  if [[ $status -ne 0 ]]; then
    failed_suites+=("$name")
    [[ -z "$counts" ]] && failed=$((failed + 1))
  fi
}

echo "=== dotnet test"
dotnet build Obligations.sln -c Release 2>&1 | tail -3
dotnet test Obligations.sln -c Release --no-build 2>&1 | tee "$log_dir/dotnet.log"
dotnet_status=${PIPESTATUS[0]}
count_dotnet "$log_dir/dotnet.log"
if [[ $dotnet_status -ne 0 ]]; then
  failed_suites+=("dotnet")
  grep -qE '^(Passed|Failed)!' "$log_dir/dotnet.log" || failed=$((failed + 1))
fi

if [[ -x editor-extension/test/run-all.sh ]]; then
  run_suite editor-extension bash editor-extension/test/run-all.sh
fi

if [[ "${OBL_SKIP_E2E:-0}" != "1" ]]; then
  [[ -f tests/e2e/run-lsp-e2e.sh ]] && run_suite lsp-e2e bash tests/e2e/run-lsp-e2e.sh
  [[ -f editor-extension/test/e2e/run-e2e.sh ]] && run_suite vscode-e2e bash editor-extension/test/e2e/run-e2e.sh
fi

cd "$root"
if [[ ${#failed_suites[@]} -gt 0 ]]; then
  echo "Failing suites: ${failed_suites[*]}"
fi
echo "$passed passed, $failed failed"
[[ ${#failed_suites[@]} -eq 0 && $failed -eq 0 ]]
