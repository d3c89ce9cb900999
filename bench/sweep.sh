#!/usr/bin/env bash
# Sweep benchmark: a 1,000 x 1,000 grid of range x payload (1,000,000 points) for ballistic
# missiles against all six shipped revisions, boundary written as CSV. Prints wall time (median
# and spread). Target: <= 10 s.
#
#   bench/sweep.sh [RUNS]      (default 5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
runs=${1:-5}
work="$root/target/bench"
mkdir -p "$work"
RESULTS=$(mktemp -d)
trap 'rm -rf "$RESULTS"' EXIT
"$root/mgc" revisions >/dev/null
machine
args=(sweep --type ballistic-missile --range 2:2000:2 --payload 5:5000:5 --all-revisions --output "$work/sweep.csv")
echo "command: ./mgc ${args[*]}"
for ((i = 0; i < runs; i++)); do
  time_once "$root/mgc" "${args[@]}" >>"$RESULTS/sweep 1M points x 6 revisions"
done
summarize "sweep 1M points x 6 revisions"
median=$(median_of "sweep 1M points x 6 revisions")
awk -v m="$median" 'BEGIN { printf "target: <= 10 s: %s\n", (m <= 10 ? "met" : "NOT met") }'
grep '^2012,ballistic-missile,\(300\|500\|800\|802\),' "$work/sweep.csv" | sed 's/^/sample: /'
