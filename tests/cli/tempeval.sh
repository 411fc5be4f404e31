#!/bin/bash
# tempeval.sh — score the time tagger on the TempEval dev sets (TE3 Task A
# style: strict/relaxed extent F1, value and type F1) and fail if a figure
# drops below the floor (set a little under the measured scores).
# args: eventline-binary source-dir shared-dir
set -u
BIN_DIR=$(dirname "$1")
SHARED=$3
EVAL="$BIN_DIR/tempeval_eval"
TE="$SHARED/eval/tempeval"
if [ ! -x "$EVAL" ]; then echo "tempeval_eval not built"; exit 1; fi
if [ ! -d "$TE" ]; then echo "no TempEval data at $TE; skipping"; exit 0; fi
status=0
# set  strict-floor  value-floor
check() {
  local name=$1 strict_floor=$2 value_floor=$3; shift 3
  local out
  out=$("$EVAL" "$@") || { echo "$name: scorer failed"; status=1; return; }
  echo "== $name"; echo "$out"
  local strict value
  strict=$(echo "$out" | awk '/^strict/ {sub("F1=","",$4); print $4}')
  value=$(echo "$out" | awk '/^value / {sub("F1=","",$2); print $2}')
  if awk -v a="$strict" -v b="$strict_floor" 'BEGIN{exit !(a < b)}'; then
    echo "FAIL $name strict F1 $strict < $strict_floor"; status=1; fi
  if awk -v a="$value" -v b="$value_floor" 'BEGIN{exit !(a < b)}'; then
    echo "FAIL $name value F1 $value < $value_floor"; status=1; fi
}
check tbaq 0.87 0.80 "$TE/tbaq/TimeBank" "$TE/tbaq/AQUAINT"
check wikiwars-train 0.87 0.865 "$TE/wikiwars-train"
check tweets-train 0.90 0.855 "$TE/tweets-train"
exit $status
