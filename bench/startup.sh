#!/usr/bin/env bash
# Start-up benchmark: times `./mgc check` of one spec file against the current revision over
# repeated runs, beside the floor measured in the same run (a bare JVM start: `java Hello`,
# bench/Hello.java), and prints the ratio against its limit (median <= 8x the floor).
#
#   bench/startup.sh [RUNS]        (default 20 runs of each case)
#   FIRST="compare 2012 2017" bench/startup.sh   (the first command after the "build"; default --help)
#   VARIANTS=1 bench/startup.sh    (also time what each start-up means buys: no archive, default
#                                   JVM flags, DRL compiled at start)
#
# As after a fresh build, the class-data-sharing archive is deleted first and the first command
# is `./mgc --help` (what a newcomer types first): the launcher records the archive from its own
# training work whatever that command is. Runs are interleaved (one of each case per round) so a
# change in machine load hits every case alike. Needs Java 17, Maven (first build) and bash.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
runs=${1:-20}
first=${FIRST:---help}
spec="$root/scenarios/examples/hyunmoo-2c.yaml"
RESULTS=$(mktemp -d)
trap 'rm -rf "$RESULTS"' EXIT

# Build the jar if needed, then start as after a build: no archive, `./mgc $FIRST` first.
MGC_CDS=0 "$root/mgc" --version >/dev/null
rm -f "$root"/target/mgc.jsa "$root"/target/mgc.jsa.ok "$root"/target/mgc.jsa.failed
"$root/mgc" $first >/dev/null 2>&1 || true
jar="$root/target/mgc-cli.jar"
hello="$root/target/bench/hello"
mkdir -p "$hello"
javac -d "$hello" "$root/bench/Hello.java"

machine
echo "first command after the build: ./mgc $first; archive: $(du -h "$root/target/mgc.jsa" 2>/dev/null | cut -f1 || echo none)"
echo "runs: $runs of each case, interleaved"
compare=()
if "$root/mgc" --help 2>/dev/null | grep -qE '^ +compare '; then
  read -r -a compare <<<"${COMPARE_ARGS:-2012 2017}"
fi
short=(-XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1)
for ((i = 0; i < runs; i++)); do
  time_once java -cp "$hello" Hello >>"$RESULTS/floor: java Hello"
  time_once "$root/mgc" check "$spec" >>"$RESULTS/A mgc check (everything)"
  if [ "${VARIANTS:-0}" = "1" ]; then
    time_once env MGC_CDS=0 "$root/mgc" check "$spec" >>"$RESULTS/B  A without the CDS archive"
    time_once java -jar "$jar" check "$spec" >>"$RESULTS/C  B with JVM default flags"
    time_once java "${short[@]}" -jar "$jar" check --rules "$root/rules" "$spec" >>"$RESULTS/D  B compiling the DRL at start"
  fi
  if [ ${#compare[@]} -gt 0 ]; then
    time_once "$root/mgc" compare "${compare[@]}" >>"$RESULTS/mgc compare ${compare[*]}"
  fi
done
summarize "floor: java Hello"
summarize "A mgc check (everything)"
if [ "${VARIANTS:-0}" = "1" ]; then
  summarize "B  A without the CDS archive"
  summarize "C  B with JVM default flags"
  summarize "D  B compiling the DRL at start"
fi
if [ ${#compare[@]} -gt 0 ]; then
  summarize "mgc compare ${compare[*]}"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
floor=$(median_of "floor: java Hello")
median=$(median_of "A mgc check (everything)")
awk -v m="$median" -v f="$floor" 'BEGIN { r = m / f; printf "target: ./mgc check median <= 8x java Hello: %.1fx (%.3f s / %.3f s; limit 8x = %.3f s): %s\n", r, m, f, 8 * f, (r <= 8 ? "met" : "NOT met") }'
if [ ${#compare[@]} -gt 0 ]; then
  awk -v m="$(median_of "mgc compare ${compare[*]}")" 'BEGIN { printf "target: ./mgc compare median <= 1 s: %s (%.3f s)\n", (m <= 1 ? "met" : "NOT met"), m }'
fi
