#!/usr/bin/env bash
# Whole-process benchmark: generates plans from 1/8 to twice the national size (clean and
# with 1% violations), then times `staffcheck check` on each with /usr/bin/time -v, best of
# RUNS, and reports wall time, peak memory and their ratio to the file size.
#
#   scripts/bench.sh [RUNS]        (default 3; plans are written to target/bench-plans/)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
cargo build --release --quiet --bin staffcheck --bin staffcheck-generate
dir=target/bench-plans
mkdir -p "$dir"

echo "| size | violations | MB | wall (s) | peak RSS (MB) | RSS / file | exit |"
echo "|---|---|---|---|---|---|---|"
for size in 0.125 0.25 0.5 1 2; do
  units=$(python3 -c "print(round(3321 * $size))")
  for rate in 0 0.01; do
    plan="$dir/plan-$size-$rate.yaml"
    [ -f "$plan" ] || ./target/release/staffcheck-generate --units "$units" --rate "$rate" "$plan" 2>/dev/null
    bytes=$(stat -c %s "$plan")
    best_wall=""; best_rss=""; code=0
    for _ in $(seq "$runs"); do
      set +e
      /usr/bin/time -v ./target/release/staffcheck check --color never "$plan" > /dev/null 2> "$dir/time.txt"
      code=$?
      set -e
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); print (t[1] * 60) + t[2]}' "$dir/time.txt")
      rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time.txt")
      if [ -z "$best_wall" ] || awk "BEGIN {exit !($wall < $best_wall)}"; then best_wall=$wall; best_rss=$rss; fi
    done
    python3 -c "print(f'| $size | {float($rate) * 100:g}% | {$bytes / 1e6:.1f} | {$best_wall:.2f} | {$best_rss / 1024:.0f} | {$best_rss * 1024 / $bytes:.2f} | $code |')"
  done
done
