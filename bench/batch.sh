#!/usr/bin/env bash
# Batch benchmark: 1,000,000 seeded systems as JSON Lines, checked against all six shipped
# revisions (6,000,000 system x revision evaluations), findings included, written as JSON Lines
# to a file, in a 512 MB heap, end to end through ./mgc. Prints wall time (median and spread),
# evaluations a second and peak memory.
#
#   bench/batch.sh [RUNS] [SYSTEMS]     (defaults: 3 runs, 1000000 systems; target >= 1,000,000 evaluations/s)
#
# Also checks the parallel run's output is byte-identical to a one-thread run (set VERIFY=0 to skip).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
runs=${1:-3}
systems=${2:-1000000}
work="$root/target/bench"
mkdir -p "$work"
input="$work/systems-$systems.jsonl"
output="$work/results-$systems.jsonl"
RESULTS=$(mktemp -d)
trap 'rm -rf "$RESULTS"' EXIT

[ -f "$input" ] || python3 "$root/bench/gen_jsonl.py" "$systems" 42 "$input"
"$root/mgc" revisions >/dev/null   # build, and record the class-data-sharing archive
export MGC_JAVA_OPTS="-Xmx512m ${MGC_JAVA_OPTS:-}"
machine
echo "input: $input ($(du -h "$input" | cut -f1)), heap: -Xmx512m, threads: $(nproc)"
for ((i = 0; i < runs; i++)); do
  if [ -x /usr/bin/time ]; then
    start=$(now_ns)
    /usr/bin/time -f "%M" -o "$RESULTS/rss" "$root/mgc" check --all-revisions --format jsonl --output "$output" "$input" \
      >/dev/null 2>&1 || true
    end=$(now_ns)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }' >>"$RESULTS/batch"
    echo "run $((i + 1)): $(tail -1 "$RESULTS/batch") s, peak RSS $(( $(tail -1 "$RESULTS/rss") / 1024 )) MB"
  else
    time_once "$root/mgc" check --all-revisions --format jsonl --output "$output" "$input" >>"$RESULTS/batch"
    echo "run $((i + 1)): $(tail -1 "$RESULTS/batch") s"
  fi
done
echo "last line: $(tail -1 "$output")"
summarize batch
median=$(median_of batch)
awk -v m="$median" -v n="$systems" 'BEGIN { r = n * 6 / m; printf "throughput: %.0f system x revision evaluations/s (median run); target >= 1,000,000: %s\n", r, (r >= 1e6 ? "met" : "NOT met") }'
if [ "${VERIFY:-1}" = "1" ]; then
  "$root/mgc" check --all-revisions --format jsonl --threads 1 --output "$work/results-1thread.jsonl" "$input" >/dev/null 2>&1 || true
  if cmp -s "$output" "$work/results-1thread.jsonl"; then echo "parallel output identical to one thread: yes"; else echo "parallel output identical to one thread: NO"; exit 1; fi
fi
