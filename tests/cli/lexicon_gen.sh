#!/bin/bash
# lexicon_gen.sh — the build step that compiles data/time/lexicon.tsv in:
# the shipped file goes through, and each kind of bad line stops it with
# the file and line named and no header written.
# args: eventline-binary source-dir shared-dir
set -u
GEN=$(dirname "$1")/timex_lexicon_gen
SRC=$2
fail() { echo "FAIL: $*"; exit 1; }
[ -x "$GEN" ] || fail "no generator at $GEN"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$GEN" "$SRC/data/time/lexicon.tsv" "$T/ok.h" || fail "the shipped lexicon must compile"
n=$(grep -cv '^#' "$SRC/data/time/lexicon.tsv")
grep -q "^#define LEX_N $n\$" "$T/ok.h" || fail "LEX_N should be $n"
check_bad() { # name, content, expected line number
  printf '# header\n%b' "$2" > "$T/$1.tsv"
  err=$("$GEN" "$T/$1.tsv" "$T/$1.h" 2>&1) && fail "$1: accepted"
  echo "$err" | grep -q "$T/$1.tsv:$3: " || fail "$1: message should name line $3: $err"
  [ ! -e "$T/$1.h" ] || fail "$1: wrote a header"
  echo "ok $1: $err"
}
check_bad duplicate 'monday\tWDAY\t1\t0\nmonday\tWDAY\t1\t0\n' 3
check_bad columns 'monday\tWDAY\t1\n' 2
check_bad upper 'Monday\tWDAY\t1\t0\n' 2
check_bad long 'abcdefghijklmnopq\tKEY\t0\t0\n' 2
check_bad value 'monday\tWDAY\tone\t0\n' 2
check_bad class 'monday\twday\t1\t0\n' 2
echo "lexicon_gen: all checks passed"
