#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the suites need on a bare machine, builds, runs
# every suite, and ends with one line totalling them all.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "==> apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${need_apt[@]}" >/dev/null \
    || echo "warning: could not install ${need_apt[*]}; the tests that need it will report skipped"
fi

echo "==> dotnet build"
if ! dotnet build GraphTraining.sln -c Debug -nologo -clp:ErrorsOnly; then
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

status=0
for project in tests/Data.Tests tests/Schema.Tests tests/Server.Tests; do
  name=$(basename "$project")
  echo "==> dotnet test $name"
  dotnet test "$project" --no-build -nologo --logger "console;verbosity=normal" 2>&1 | tee "$results/$name.log" | grep -E "^\s+(Failed|Skipped) |^Total tests|^\s+(Passed|Failed|Skipped): |error" || true
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done

echo "==> conformance (node)"
(cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error >/dev/null && npm test 2>&1) | tee "$results/conformance.log" | grep -vE "^\s*$" | tail -n 60
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

passed=0; failed=0; skipped=0
# The console logger at normal verbosity ends each run with "Total tests: N", then "Passed: N",
# "Failed: N" and "Skipped: N" lines (a zero count is left out).
count() { grep -E "^\s+$1: [0-9]+$" "$2" | tail -n 1 | grep -oE "[0-9]+$" || echo 0; }
for log in "$results"/*.Tests.log; do
  if ! grep -qE "^Total tests: [0-9]+" "$log"; then failed=$((failed + 1)); continue; fi
  passed=$((passed + $(count Passed "$log")))
  failed=$((failed + $(count Failed "$log")))
  skipped=$((skipped + $(count Skipped "$log")))
done
node_count() { grep -E "^(# |ℹ )$1 [0-9]+" "$results/conformance.log" | tail -n 1 | grep -oE "[0-9]+$" || echo 0; }
passed=$((passed + $(node_count pass)))
failed=$((failed + $(node_count fail)))
skipped=$((skipped + $(node_count skipped) + $(node_count todo)))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
