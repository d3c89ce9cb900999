#!/usr/bin/env bash
# Report memory benchmark: the same seeded batch at two sizes (default 20,000 and 200,000
# systems, JSON Lines) checked against all six shipped revisions, written as HTML and as JSON to
# a file, end to end through ./mgc. Prints, per format and size, wall time, peak RSS and output
# size, then the peak-RSS ratio of the large run to the small one: a report in bounded memory
# keeps it near 1 while the input grows 10x, and the large run fits the same small heap (the first
# 1,000 systems are shown in full; see docs/architecture.md and DetailCap). Not a timed test: a
# figure to rerun and compare.
#
#   bench/report-memory.sh [SMALL] [LARGE] [FORMATS]   (defaults: 20000 200000 "html json")
#
# Runs in a 256 MB heap (MGC_JAVA_OPTS overrides it): a JVM with room grows its heap with garbage,
# not with what it holds, so only a fixed heap makes peak RSS say what the report keeps. Before
# the cap, 20,000 systems as HTML peaked at 1.6 GB and 200,000 at 3.8 GB (issue 14).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
small=${1:-20000}
large=${2:-200000}
formats=${3:-html json}
work="$root/target/bench"
mkdir -p "$work"
export MGC_JAVA_OPTS="${MGC_JAVA_OPTS:--Xmx256m}"
RESULTS=$(mktemp -d)
trap 'rm -rf "$RESULTS"' EXIT
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time, Debian package time) for peak RSS" >&2; exit 2; }
"$root/mgc" revisions >/dev/null   # build, and record the class-data-sharing archive
machine
echo "JVM options: $MGC_JAVA_OPTS"
for n in "$small" "$large"; do
  [ -f "$work/systems-$n.jsonl" ] || python3 "$root/bench/gen_jsonl.py" "$n" 42 "$work/systems-$n.jsonl"
done
for format in $formats; do
  for n in "$small" "$large"; do
    output="$work/report-$n.$format"
    start=$(now_ns)
    rm -f "$output"
    status=0
    /usr/bin/time -f "%M" -o "$RESULTS/rss-$format-$n" "$root/mgc" check --all-revisions --format "$format" \
      --output "$output" "$work/systems-$n.jsonl" >/dev/null 2>"$RESULTS/err" || status=$?
    end=$(now_ns)
    # Exit 1 is the verdict (some system prohibited); anything else is a failed run (2, or a JVM out of memory).
    [ "$status" -le 1 ] || { echo "$format $n systems: FAILED (exit $status): $(tail -1 "$RESULTS/err")"; continue; }
    awk -v s="$start" -v e="$end" -v n="$n" -v f="$format" -v rss="$(tail -1 "$RESULTS/rss-$format-$n")" \
        -v bytes="$(stat -c %s "$output")" \
      'BEGIN { printf "%-5s %7d systems: %7.1f s, peak RSS %6.0f MB, output %7.1f MB\n", f, n, (e - s) / 1e9, rss / 1024, bytes / 1e6 }'
  done
  if [ -s "$RESULTS/rss-$format-$small" ] && [ -s "$RESULTS/rss-$format-$large" ] && [ -f "$work/report-$large.$format" ]; then
    awk -v a="$(tail -1 "$RESULTS/rss-$format-$small")" -v b="$(tail -1 "$RESULTS/rss-$format-$large")" -v f="$format" \
        -v k="$(( large / small ))" -v opts="$MGC_JAVA_OPTS" \
      'BEGIN { printf "%-5s %dx the input: peak RSS %.2fx; the large run fits %s: yes\n", f, k, b / a, opts }'
  else
    echo "$format: the large run did not complete in $MGC_JAVA_OPTS: not bounded"
  fi
done
