# Shared helpers for the benchmark scripts (sourced, not run).
# time_runs NAME N CMD...: runs CMD N times, records wall seconds in $RESULTS/NAME.
# summarize NAME [UNITS]: prints median, min, max and spread of NAME's runs.

now_ns() { date +%s%N; }

time_once() {
  local start end
  start=$(now_ns)
  "$@" >/dev/null 2>&1 || true
  end=$(now_ns)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
}

summarize() {
  local name=$1
  sort -n "$RESULTS/$name" | awk -v name="$name" '
    { v[NR] = $1 }
    END {
      n = NR
      median = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
      q1 = v[int((n + 3) / 4)]; q3 = v[int((3 * n + 3) / 4)]
      printf "%-34s median %7.3f s   min %7.3f   max %7.3f   IQR %6.3f   (n=%d)\n", name, median, v[1], v[n], q3 - q1, n
    }'
}

median_of() {
  sort -n "$RESULTS/$1" | awk '{ v[NR] = $1 } END { n = NR; print (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2 }'
}

machine() {
  echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'))," \
       "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -version 2>&1 | head -1
}
