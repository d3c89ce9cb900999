#!/usr/bin/env bash
# Report memory benchmark: the same seeded batch at two sizes (default 20,000 and 200,000
# systems, JSON Lines) checked against all six shipped revisions, written as HTML and as JSON to
# a file, end to end through ./mgc. Prints, per format and size, wall time, peak RSS and output
# size, then the peak-RSS ratio of the large run to the small one: a report in bounded memory
# keeps it near 1 while the input grows 10x (the first 1,000 systems are shown in full; see
# docs/architecture.md and DetailCap). Not a timed test: a figure to rerun and compare.
#
#   bench/report-memory.sh [SMALL] [LARGE] [FORMATS]   (defaults: 20000 200000 "html json")
#
# MGC_JAVA_OPTS is passed on (e.g. MGC_JAVA_OPTS=-Xmx512m shows the large run fits a small heap).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
small=${1:-20000}
large=${2:-200000}
formats=${3:-html json}
work="$root/target/bench"
mkdir -p "$work"
RESULTS=$(mktemp -d)
trap 'rm -rf "$RESULTS"' EXIT
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time, Debian package time) for peak RSS" >&2; exit 2; }
"$root/mgc" revisions >/dev/null   # build, and record the class-data-sharing archive
machine
for n in "$small" "$large"; do
  [ -f "$work/systems-$n.jsonl" ] || python3 "$root/bench/gen_jsonl.py" "$n" 42 "$work/systems-$n.jsonl"
done
for format in $formats; do
  for n in "$small" "$large"; do
    output="$work/report-$n.$format"
    start=$(now_ns)
    /usr/bin/time -f "%M" -o "$RESULTS/rss-$format-$n" "$root/mgc" check --all-revisions --format "$format" \
      --output "$output" "$work/systems-$n.jsonl" >/dev/null 2>&1 || true
    end=$(now_ns)
    awk -v s="$start" -v e="$end" -v n="$n" -v f="$format" -v rss="$(tail -1 "$RESULTS/rss-$format-$n")" \
        -v bytes="$(stat -c %s "$output")" \
      'BEGIN { printf "%-5s %7d systems: %7.1f s, peak RSS %6.0f MB, output %7.1f MB\n", f, n, (e - s) / 1e9, rss / 1024, bytes / 1e6 }'
  done
  awk -v a="$(tail -1 "$RESULTS/rss-$format-$small")" -v b="$(tail -1 "$RESULTS/rss-$format-$large")" -v f="$format" \
      -v k="$(( large / small ))" \
    'BEGIN { r = b / a; printf "%-5s peak RSS %dx the input: %.2fx (bounded: <= 1.5x): %s\n", f, k, r, (r <= 1.5 ? "met" : "NOT met") }'
done
