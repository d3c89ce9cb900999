#!/usr/bin/env bash
# Flight-model run time (issue 12): one rocket's range-payload curve in-process
# (Forden's Scud-B figures, as scenarios/capability/scud-b-flight.yaml; bench/FlightCurve.java: first round on a cold JVM, then the median of fresh curves), then the
# whole `mgc check --capability` of a Scud-B spec with the flight model, end to end.
#
#   bench/capability.sh [ROUNDS]     (default 11)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/mgc" --version >/dev/null
java -cp "$root/target/mgc-cli.jar" "$root/bench/FlightCurve.java" "${1:-11}"
spec=$(mktemp --suffix=.yaml)
trap 'rm -f "$spec"' EXIT
cat >"$spec" <<'YAML'
name: Scud-B (flight model)
type: ballistic-missile
range: 300 km
payload: 985 kg
propellant: liquid
diameter: 0.84
stages:
  - {gross_mass: 4897 kg, propellant_mass: 3699 kg, isp: 230 s, burn_time: 75 s}
YAML
start=$(date +%s%N)
"$root/mgc" check --capability "$spec" >/dev/null || true
echo "mgc check --capability (flight model, one system, JVM start included): $(( ($(date +%s%N) - start) / 1000000 )) ms"
