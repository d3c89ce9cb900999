#!/usr/bin/env bash
# Batch benchmark: 1,000,000 seeded systems as JSON Lines, checked against all six shipped
# revisions (6,000,000 system x revision evaluations), findings included, written as JSON Lines
# to a file, in a 512 MB heap, end to end through ./mgc; beside it, in the same run, the
# hand-coded one-thread yardstick (bench/HandCoded.java: Jackson streaming, the six revisions'
# terms by hand, no rule engine) on the same file. Runs are interleaved (mgc, hand-coded, mgc, ...)
# so a change in machine load hits both alike; what counts is the ratio within one run.
#
#   bench/batch.sh [RUNS] [SYSTEMS]     (defaults: 3 runs, 1000000 systems)
#
# Targets: mgc >= 1,000,000 evaluations/s, and >= 0.75x the hand-coded program's rate (medians).
# Also checks that the hand-coded program agrees with mgc on every verdict and deciding rule, and
# that mgc's parallel output is byte-identical to a one-thread run (VERIFY=0 skips the latter).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
runs=${1:-3}
systems=${2:-1000000}
work="$root/target/bench"
mkdir -p "$work"
input="$work/systems-$systems.jsonl"
output="$work/results-$systems.jsonl"
hand_output="$work/hand-coded-$systems.jsonl"
RESULTS=$(mktemp -d)
trap 'rm -rf "$RESULTS"' EXIT

[ -f "$input" ] || python3 "$root/bench/gen_jsonl.py" "$systems" 42 "$input"
"$root/mgc" revisions >/dev/null   # build, and record the class-data-sharing archive
jar="$root/target/mgc-cli.jar"
hand="$work/hand-coded"
mkdir -p "$hand"
javac -d "$hand" -cp "$jar" "$root/bench/HandCoded.java"
export MGC_JAVA_OPTS="-Xmx512m ${MGC_JAVA_OPTS:-}"
machine
echo "input: $input ($(du -h "$input" | cut -f1)), heap: -Xmx512m, mgc threads: $(nproc), hand-coded: 1 thread"
evals=$((systems * 6))
timed() {  # timed NAME CMD...: wall seconds to $RESULTS/NAME, peak RSS (MB) to $RESULTS/NAME.rss
  local name=$1 start end
  shift
  start=$(now_ns)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$RESULTS/rss" "$@" >/dev/null 2>&1 || true
  else
    "$@" >/dev/null 2>&1 || true
    echo 0 >"$RESULTS/rss"
  fi
  end=$(now_ns)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }' >>"$RESULTS/$name"
  echo $(( $(tail -1 "$RESULTS/rss") / 1024 )) >>"$RESULTS/$name.rss"
}
rate() { awk -v t="$1" -v n="$evals" 'BEGIN { printf "%.2f M/s", n / t / 1e6 }'; }
for ((i = 0; i < runs; i++)); do
  timed mgc "$root/mgc" check --all-revisions --format jsonl --output "$output" "$input"
  timed hand java -Xmx512m -cp "$jar:$hand" HandCoded "$input" "$hand_output"
  m=$(tail -1 "$RESULTS/mgc"); h=$(tail -1 "$RESULTS/hand")
  echo "run $((i + 1)): mgc $m s = $(rate "$m") (peak RSS $(tail -1 "$RESULTS/mgc.rss") MB);" \
       "hand-coded $h s = $(rate "$h") (peak RSS $(tail -1 "$RESULTS/hand.rss") MB);" \
       "ratio $(awk -v m="$m" -v h="$h" 'BEGIN { printf "%.2fx", h / m }')"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "last line: $(tail -1 "$output")"
summarize mgc
summarize hand
mgc_median=$(median_of mgc)
hand_median=$(median_of hand)
status=0
awk -v m="$mgc_median" -v n="$evals" 'BEGIN { r = n / m; printf "target: mgc >= 1,000,000 evaluations/s: %.0f/s (median %.3f s for %d): %s\n", r, m, n, (r >= 1e6 ? "met" : "NOT met") }'
awk -v m="$mgc_median" -v h="$hand_median" -v n="$evals" 'BEGIN { r = h / m; printf "target: mgc >= 0.75x hand-coded: %.2fx (mgc %.2f M/s, hand-coded %.2f M/s, medians of this run): %s\n", r, n / m / 1e6, n / h / 1e6, (r >= 0.75 ? "met" : "NOT met") }'
if agreement=$(java -cp "$jar:$hand" HandCoded --agree "$output" "$hand_output" 2>&1); then
  echo "hand-coded agrees with mgc on every verdict and deciding rule: yes ($agreement)"
else
  echo "hand-coded agrees with mgc on every verdict and deciding rule: NO ($agreement)"
  status=1
fi
if [ "${VERIFY:-1}" = "1" ]; then
  "$root/mgc" check --all-revisions --format jsonl --threads 1 --output "$work/results-1thread.jsonl" "$input" >/dev/null 2>&1 || true
  if cmp -s "$output" "$work/results-1thread.jsonl"; then
    echo "parallel output identical to one thread: yes"
  else
    echo "parallel output identical to one thread: NO"
    status=1
  fi
fi
exit $status
