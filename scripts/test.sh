#!/usr/bin/env bash
# The single test entry point (CI runs it through .ci/run):
#   dependencies -> build -> ctest -> ctest under ASan+UBSan -> valgrind
#   end to end -> libFuzzer smoke run.
# Every step runs even if an earlier one failed; the last line is
# "N passed, N failed" over the steps, and the exit code is non-zero if any
# step failed.  EL_TEST_FAST=1 skips the sanitizer, valgrind and fuzz steps.
set -u
cd "$(dirname "$0")/.."
FUZZ_SECS=${EL_FUZZ_SECS:-15}
pass=0; fail=0; failed=""
step() { # NAME CMD...
  local name=$1; shift
  local t0=$SECONDS
  echo "=== step $name: $*"
  if "$@"; then
    pass=$((pass + 1)); echo "=== step $name: ok ($((SECONDS - t0)) s)"
  else
    fail=$((fail + 1)); failed="$failed $name"; echo "=== step $name: FAILED ($((SECONDS - t0)) s)"
  fi
}
build() { cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null && cmake --build build -j2; }

step deps scripts/install-deps.sh --test
step build build
step ctest ctest --test-dir build --output-on-failure -j2
if [ "${EL_TEST_FAST:-0}" != 1 ]; then
  step sanitize scripts/sanitize.sh
  step valgrind scripts/valgrind.sh build
  step fuzz scripts/fuzz.sh "$FUZZ_SECS"
fi
[ -n "$failed" ] && echo "failed steps:$failed"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
