#!/usr/bin/env bash
# Build everything with AddressSanitizer + UndefinedBehaviorSanitizer in
# build-asan/ (-DEL_SANITIZE=ON) and run the whole ctest suite under them:
# any leak, memory error or undefined behaviour fails the run.
#   scripts/sanitize.sh [extra ctest args, e.g. -R text]
set -u
cd "$(dirname "$0")/.."
BUILD=${EL_ASAN_BUILD:-build-asan}
mkdir -p "$BUILD"
cmake -S . -B "$BUILD" -DEL_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo ${CC:+-DCMAKE_C_COMPILER=$CC} \
  >"$BUILD/configure.log" 2>&1 || { cat "$BUILD/configure.log"; echo "sanitize: configure failed"; exit 1; }
cmake --build "$BUILD" -j2 || { echo "sanitize: build failed"; exit 1; }
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Tests that care (crash_safety, hostile) read this to scale their work down.
export EL_UNDER_SANITIZER=1
ctest --test-dir "$BUILD" --output-on-failure -j2 "$@"
