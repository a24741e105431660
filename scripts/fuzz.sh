#!/usr/bin/env bash
# Fuzzes each target for a bounded time, then minimizes its corpus. Not part of CI: CI replays
# the saved corpus (tests/fuzz_corpus.rs).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default: 300 seconds each; rules plan check
#
# Needs `cargo install cargo-fuzz`. Sanitizers need nightly, so this runs with `-s none`.
# The corpus grows in fuzz/corpus/TARGET (committed, minimized with `cargo fuzz cmin`); the
# seeds are the shipped rules, the examples and the test fixtures. A crash is saved under
# fuzz/artifacts/TARGET/: make it a fixture with a snapshot, then fix it.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(rules plan check)

# Inputs longer than this are cut: short inputs run faster, and keep the corpus small. A
# check needs a whole small plan (tests/rules/*/fail.yaml are 5-8 KB), posts included.
max_len() {
  case $1 in
    check) echo 8192 ;;
    *) echo 4096 ;;
  esac
}

seeds() {
  case $1 in
    rules) echo rules tests/fixtures/syntax tests/fixtures/schema ;;
    plan | check) echo examples tests/fixtures/plans tests/rules ;;
    *) echo "unknown target $1 (rules, plan, check)" >&2; exit 2 ;;
  esac
}

cargo fuzz build -s none
for target in "${targets[@]}"; do
  corpus=fuzz/corpus/$target
  mkdir -p "$corpus" "fuzz/logs"
  log=fuzz/logs/$target.log
  # shellcheck disable=SC2046
  cargo fuzz run -s none "$target" "$corpus" $(seeds "$target") -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=1024 -max_len="$(max_len "$target")" -print_final_stats=1 \
    2>&1 | tee "$log" | grep -E '^(#[0-9]+ +(INITED|DONE|pulse))|Done [0-9]+ runs|ERROR|SUMMARY' || true
  if grep -q 'ERROR: libFuzzer' "$log"; then
    echo "$target: crashed; see $log and fuzz/artifacts/$target/" >&2
    exit 1
  fi
  cargo fuzz cmin -s none "$target" "$corpus" >/dev/null 2>&1
  echo "$target: $(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log"); corpus $(ls "$corpus" | wc -l) files, $(du -sh "$corpus" | cut -f1)"
done
