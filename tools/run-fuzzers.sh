#!/bin/bash
# Builds the libFuzzer targets (clang, ASan+UBSan) in ./build-fuzz and runs
# each for SECONDS (default 45) on its seed corpus and dictionary.
#   tools/run-fuzzers.sh [SECONDS] [TARGET…]
# Fails when any target crashes, leaks, takes over 10 s on one input or
# goes over 2 GiB of memory; the input that did it is left in
# build-fuzz/fuzz/runs/TARGET/ (crash-*, leak-*, timeout-*, oom-*), to be
# minimised and kept in tests/fuzz-regressions/TARGET/ (see README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-45}
shift || true
builddir=build-fuzz

# The dictionaries beside common.dict that each target gets.
declare -A dicts=(
  [document-text]="" [quote-checker]="" [link-cleaner-text]=""
  [document-html]="html" [link-cleaner-html]="html"
  [gazetteer]="gazetteer" [record]="json html" [serve-body]="json html"
  [lt-check]="form"
)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(document-text document-html quote-checker
  link-cleaner-text link-cleaner-html gazetteer record serve-body lt-check)

options=(-Dfuzzing=true -Dsanitizers=true -Db_lundef=false -Dintrospection=disabled -Dtests=false)
# Quiet when it works; the whole output when it does not (ninja prints
# compiler errors on standard output).
build_log=$(mktemp)
trap 'rm -f "$build_log"' EXIT
build_step () {
  if ! "$@" >"$build_log" 2>&1; then
    cat "$build_log" >&2
    echo "run-fuzzers: the fuzzing build failed: $*" >&2
    exit 1
  fi
}
if [ -f "$builddir/build.ninja" ]; then
  build_step env CC=clang meson setup --reconfigure "$builddir" "${options[@]}"
else
  build_step env CC=clang meson setup "$builddir" "${options[@]}"
fi
build_step meson compile -C "$builddir"

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export G_DEBUG=gc-friendly LC_ALL=C.UTF-8

failed=()
summary=()
for target in "${targets[@]}"; do
  [ -n "${dicts[$target]+set}" ] || { echo "run-fuzzers: no target $target" >&2; exit 2; }
  run="$builddir/fuzz/runs/$target"
  rm -rf "$run"
  mkdir -p "$run/corpus"
  cat fuzz/common.dict > "$run/fuzz.dict"
  for d in ${dicts[$target]}; do cat "fuzz/$d.dict" >> "$run/fuzz.dict"; done
  echo "== fuzz-$target, ${seconds}s"
  status=0
  # New inputs go to the run's own corpus; the seeds stay as they are.
  # The regressions are not seeds: the replay tests of the unit suite run
  # them, and a known crash would stop the search for new ones here.
  nice "$builddir/fuzz/fuzz-$target" -max_total_time="$seconds" -rss_limit_mb=2048 \
    -malloc_limit_mb=2048 -max_len=65536 -timeout=10 -print_final_stats=1 \
    -dict="$run/fuzz.dict" -artifact_prefix="$run/" \
    "$run/corpus" "$builddir/fuzz/corpus/$target" > "$run/log" 2>&1 || status=$?
  done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$run/log" | tail -n1 || true)
  execs=$(sed -n 's/^stat::average_exec_per_sec:[[:space:]]*//p' "$run/log")
  if [ "$status" -ne 0 ]; then
    failed+=("$target")
    grep -E 'ERROR:|SUMMARY:|Test unit written|runtime error' "$run/log" | head -n 8 || true
    summary+=("$(printf '%-18s FAILED (exit %s), log: %s' "$target" "$status" "$run/log")")
  else
    summary+=("$(printf '%-18s ok  %s exec/s  %s' "$target" "${execs:-?}" \
      "$(echo "$done_line" | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [^ ]+')")")
  fi
done

echo "== fuzzing summary (${seconds}s each)"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "run-fuzzers: ${#failed[@]} target(s) failed: ${failed[*]}" >&2
  exit 1
fi
