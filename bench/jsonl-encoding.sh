#!/usr/bin/env bash
# JSON Lines encoding benchmark: whether the hand-written line encoder (JsonLineEncoder)
# still pays for itself against Jackson on the same results (bench/JsonLinesEncoding.java; outputs
# checked byte-equal first). Keep the encoder only while it is clearly faster (it measured 1.9x).
#
#   bench/jsonl-encoding.sh [RESULTS] [ROUNDS]     (defaults: 200000 7)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/lib.sh"
jar="$root/target/mgc-cli.jar"
"$root/mgc" revisions >/dev/null   # build
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" -cp "$jar" "$root/bench/JsonLinesEncoding.java"
machine
java -Xmx2g -cp "$jar:$classes" mgc.report.JsonLinesEncoding "${1:-200000}" "${2:-7}"
