#!/usr/bin/env bash
# Start-up benchmark: times `./mgc check` of one spec file against the current revision over
# repeated runs and prints median and spread, beside the floor (a bare JVM start, `java -version`)
# measured in the same run, and the variants that show what each start-up means buys.
#
#   bench/startup.sh [RUNS]        (default 20 runs of each; target: mgc check median <= 0.5 s)
#
# Runs are interleaved (one of each case per round) so a change in machine load hits every
# case alike. Needs Java 17, Maven (first build) and bash; nothing else.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
runs=${1:-20}
spec="$root/scenarios/examples/hyunmoo-2c.yaml"
RESULTS=$(mktemp -d)
trap 'rm -rf "$RESULTS"' EXIT

# Build the jar and record the class-data-sharing archive (the launcher's first run does both).
"$root/mgc" check "$spec" >/dev/null 2>&1 || true
"$root/mgc" check "$spec" >/dev/null 2>&1 || true
jar="$root/target/mgc.jar"

machine
echo "runs: $runs of each case, interleaved"
# Optional: time `mgc compare` too, once the command exists (COMPARE_ARGS overrides its arguments).
compare=()
if "$root/mgc" --help 2>/dev/null | grep -qE '^ +compare '; then
  read -r -a compare <<<"${COMPARE_ARGS:-2012 2017}"
  "$root/mgc" compare "${compare[@]}" >/dev/null 2>&1 || true
fi
short=(-XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1)
for ((i = 0; i < runs; i++)); do
  time_once java -version >>"$RESULTS/floor: java -version"
  time_once "$root/mgc" check "$spec" >>"$RESULTS/A mgc check (everything)"
  time_once env MGC_CDS=0 "$root/mgc" check "$spec" >>"$RESULTS/B  A without the CDS archive"
  time_once java -jar "$jar" check "$spec" >>"$RESULTS/C  B with JVM default flags"
  time_once java "${short[@]}" -jar "$jar" check --rules "$root/rules" "$spec" >>"$RESULTS/D  B compiling the DRL at start"
  if [ ${#compare[@]} -gt 0 ]; then
    time_once "$root/mgc" compare "${compare[@]}" >>"$RESULTS/mgc compare ${compare[*]}"
  fi
done
summarize "floor: java -version"
summarize "A mgc check (everything)"
summarize "B  A without the CDS archive"
summarize "C  B with JVM default flags"
summarize "D  B compiling the DRL at start"
if [ ${#compare[@]} -gt 0 ]; then
  summarize "mgc compare ${compare[*]}"
  awk -v m="$(median_of "mgc compare ${compare[*]}")" 'BEGIN { printf "target: ./mgc compare median <= 1 s: %s (%.3f s)\n", (m <= 1 ? "met" : "NOT met"), m }'
fi
median=$(median_of "A mgc check (everything)")
awk -v m="$median" 'BEGIN { printf "target: ./mgc check median <= 0.5 s: %s (%.3f s)\n", (m <= 0.5 ? "met" : "NOT met"), m }'
