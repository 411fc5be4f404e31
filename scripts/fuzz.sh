#!/usr/bin/env bash
# Build the libFuzzer harnesses (fuzz/fuzz_*.c) with clang in build-fuzz/ and
# run each for a bounded time.
#   scripts/fuzz.sh [SECONDS_EACH] [HARNESS...]     (default 20 s, all harnesses)
# The working corpus grows in build-fuzz/corpus/<harness> (seeded from
# fuzz/corpus/<harness>); crashes land in build-fuzz/artifacts/<harness>/.
# EL_FUZZ_CFLAGS adds compiler flags (e.g. -Wno-error=X while a clang-only
# warning in the library is being fixed).
# Exits non-zero if any harness crashed, leaked, timed out or failed to build.
set -u
cd "$(dirname "$0")/.."
SECS=${1:-20}
shift || true
BUILD=${EL_FUZZ_BUILD:-build-fuzz}
JOBS=${EL_FUZZ_JOBS:-1}  # >1 runs that many fuzzing processes per harness

if ! command -v clang >/dev/null; then
  echo "fuzz: clang not found (scripts/install-deps.sh --test)"; exit 1
fi
# The library gets coverage instrumentation too, not only the harness file.
FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g ${EL_FUZZ_CFLAGS:-}"
mkdir -p "$BUILD"
cmake -S . -B "$BUILD" -DCMAKE_C_COMPILER=clang -DEL_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS="$FLAGS" >"$BUILD/configure.log" 2>&1 || {
  cat "$BUILD/configure.log"; echo "fuzz: configure failed"; exit 1; }

if [ $# -gt 0 ]; then
  harnesses="$*"
else
  harnesses=$(for f in fuzz/fuzz_*.c; do basename "$f" .c; done)
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ok=0; bad=0
for h in $harnesses; do
  if ! cmake --build "$BUILD" -j2 --target "$h" >"$BUILD/$h.build.log" 2>&1; then
    bad=$((bad + 1)); echo "fuzz $h: BUILD FAILED"; tail -20 "$BUILD/$h.build.log"; continue
  fi
  corpus="$BUILD/corpus/$h"; art="$BUILD/artifacts/$h/"
  mkdir -p "$corpus" "$art"
  seeds="fuzz/corpus/$h"; [ -d "$seeds" ] || seeds=""
  log="$BUILD/$h.log"
  extra=""
  [ "$JOBS" -gt 1 ] && extra="-fork=$JOBS"
  # shellcheck disable=SC2086
  "$BUILD/$h" -max_total_time="$SECS" -timeout=20 -rss_limit_mb=3000 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$art" $extra "$corpus" $seeds >"$log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s+=$2} END {print s+0}')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
  if [ $rc -eq 0 ]; then
    ok=$((ok + 1)); echo "fuzz $h: ok, $execs executions in ${SECS}s ($cov)"
  else
    bad=$((bad + 1)); echo "fuzz $h: FAILED (exit $rc) after $execs executions; log $log"
    grep -E 'ERROR|runtime error|invariant failed|SUMMARY|Test unit written|^ +#[0-9]+ ' "$log" | head -40
  fi
done
echo "fuzz: $ok harnesses passed, $bad failed"
[ $bad -eq 0 ]
