#!/usr/bin/env bash
# The single test entry point (CI runs it through .ci/run):
#   dependencies -> build -> ctest -> ctest under ASan+UBSan -> valgrind
#   end to end -> libFuzzer smoke run.
# Every step runs even if an earlier one failed.  The last line is
# "N passed, N failed" over every test run: each ctest test (both passes),
# each valgrind check, each fuzz harness, and the deps/build steps; the exit
# code is non-zero if any step failed.  EL_TEST_FAST=1 skips the sanitizer,
# valgrind and fuzz steps.
set -u
cd "$(dirname "$0")/.."
FUZZ_SECS=${EL_FUZZ_SECS:-15}
pass=0; fail=0; failed=""
log=$(mktemp); trap 'rm -f "$log"' EXIT
# tally RC: add the counts a step printed (ctest summary, valgrind or fuzz
# tally), or count the step itself when it printed none.
tally() {
  local rc=$1 p f line
  line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1)
  if [ -n "$line" ]; then
    f=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
    p=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line"); p=$((p - f))
  elif line=$(grep -E '^(valgrind|fuzz): [0-9]+ [a-z ]+, [0-9]+ failed' "$log" | tail -1) && [ -n "$line" ]; then
    p=$(sed -E 's/^[a-z]+: ([0-9]+) .*/\1/' <<<"$line")
    f=$(sed -E 's/.*, ([0-9]+) failed.*/\1/' <<<"$line")
  elif [ "$rc" -eq 0 ]; then p=1; f=0; else p=0; f=1; fi
  [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1 # a step that failed counts as a failure
  pass=$((pass + p)); fail=$((fail + f))
}
step() { # NAME CMD...
  local name=$1; shift
  local t0=$SECONDS rc
  echo "=== step $name: $*"
  "$@" 2>&1 | tee "$log"; rc=${PIPESTATUS[0]}
  tally "$rc"
  if [ "$rc" -eq 0 ]; then
    echo "=== step $name: ok ($((SECONDS - t0)) s)"
  else
    failed="$failed $name"; echo "=== step $name: FAILED ($((SECONDS - t0)) s)"
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
[ -z "$failed" ]
