#!/bin/bash
# run.sh — throughput of `eventline timex` vs chrono-node on the same text.
# usage: bench/timex/run.sh [path/to/eventline] [reps]
# Corpus: the TempEval .tml texts (tags stripped) + the seed articles from
# ../shared, one document per "\f" line.  eventline is timed as a whole
# process (start-up included); chrono-node in-process (Node start-up
# excluded), so the ratio is conservative for eventline.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
EVENTLINE=${1:-$ROOT/build/eventline}
REPS=${2:-10}
SHARED=${EL_SHARED_DIR:-$ROOT/../shared}
[ -d "$HERE/node_modules/chrono-node" ] || (cd "$HERE" && npm install --no-audit --no-fund >/dev/null)
CORPUS=$(mktemp /tmp/timex-bench.XXXXXX)
trap 'rm -f "$CORPUS" "$CORPUS.big" "$CORPUS.out" "$CORPUS.rss" "$CORPUS.chrono"' EXIT
python3 - "$SHARED" > "$CORPUS" <<'PY'
import glob, re, sys, html
docs = []
for f in sorted(glob.glob(sys.argv[1] + "/eval/tempeval/**/*.tml", recursive=True)):
    t = open(f, encoding="utf-8").read()
    m = re.search(r"<TEXT>(.*)</TEXT>", t, re.S)
    if m: docs.append(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip())
for f in sorted(glob.glob(sys.argv[1] + "/seeds/*.txt")):
    docs.append(open(f, encoding="utf-8").read().strip())
sys.stdout.write("\n\f\n".join(docs))
PY
# eventline reads the corpus 5 * REPS times over (one stream): it is so much
# faster that REPS passes take a few tenths of a second, too close to the
# 10 ms resolution of the CPU times; throughput (bytes/s) is compared.
for _ in $(seq $((REPS * 5))); do cat "$CORPUS"; printf '\n\f\n'; done > "$CORPUS.big"
BYTES=$(stat -c %s "$CORPUS.big")
"$EVENTLINE" timex --dct 2026-01-08 < "$CORPUS" > /dev/null  # warm cache
# wall and CPU (user+sys) time of the whole eventline process
T0=$(date +%s.%N)
read -r EL_CPU EL_RSS < <( { /usr/bin/time -f "%U %S %M" "$EVENTLINE" timex --dct 2026-01-08 < "$CORPUS.big" > "$CORPUS.out"; } 2>&1 | tail -1 | awk '{print $1 + $2, $3}')
T1=$(date +%s.%N)
EL_SECS=$(echo "$T1 - $T0" | bc -l)
N_EL=$(wc -l < "$CORPUS.out")
# chrono-node's peak memory: the whole node process (what a user pays)
{ /usr/bin/time -f "%M" -o "$CORPUS.rss" node "$HERE/chrono_bench.js" "$CORPUS" 2026-01-08 "$REPS" > "$CORPUS.chrono"; } 2>/dev/null
read -r C_BYTES C_SECS N_CH C_CPU < "$CORPUS.chrono"
C_RSS=$(tail -1 "$CORPUS.rss")
awk -v eb="$BYTES" -v es="$EL_SECS" -v ec="$EL_CPU" -v ne="$N_EL" -v er="$EL_RSS" -v cb="$C_BYTES" -v cs="$C_SECS" -v cc="$C_CPU" -v nc="$N_CH" -v cr="$C_RSS" 'BEGIN {
  if (ec <= 0) ec = 0.01;
  printf "eventline timex: %d bytes, wall %.3f s (%.2f MB/s), cpu %.3f s (%.2f MB/s), %d expressions, peak RSS %.1f MB\n", eb, es, eb/es/1e6, ec, eb/ec/1e6, ne, er/1024;
  printf "chrono-node:     %d bytes, wall %.3f s (%.2f MB/s), cpu %.3f s (%.2f MB/s), %d expressions, peak RSS %.1f MB\n", cb, cs, cb/cs/1e6, cc, cb/cc/1e6, nc, cr/1024;
  printf "throughput ratio eventline/chrono: wall %.1fx, cpu %.1fx; memory ratio chrono/eventline: %.1fx\n", (eb/es)/(cb/cs), (eb/ec)/(cb/cc), cr/er }'
