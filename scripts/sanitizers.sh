#!/usr/bin/env bash
# Runs the test suite under the address and the thread sanitizer, each in its own build folder
# (.build-asan, .build-tsan), and prints how long each build and test run took.
#
# Usage: scripts/sanitizers.sh [address|thread|all] [-- SWIFT_TEST_ARGS...]   (default: all)
# Environment: SANITIZER_BUILD_JOBS (swift build -j; use 1 on a busy machine).
# Leaks inside the toolchain's libraries are suppressed (scripts/lsan-suppressions.txt; an
# LSAN_OPTIONS from the environment is appended). A report in the test process fails the run; one
# in a newstui process the tests start makes it exit non-zero, which the tests check.
set -euo pipefail
cd "$(dirname "$0")/.."

which=all
[ $# -gt 0 ] && [ "$1" != "--" ] && { which=$1; shift; }
[ $# -gt 0 ] && [ "$1" = "--" ] && shift
extra=("$@")
case "$which" in
  all) sanitizers=(address thread) ;;
  address|thread) sanitizers=("$which") ;;
  -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
  *) echo "sanitizers.sh: unknown sanitizer '$which' (address, thread, all)" >&2; exit 2 ;;
esac
jobs=()
[ -n "${SANITIZER_BUILD_JOBS:-}" ] && jobs=(-j "$SANITIZER_BUILD_JOBS")
export LANG=${LANG:-C.UTF-8}
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

status=0
summary=()
for s in "${sanitizers[@]}"; do
  case "$s" in address) scratch=.build-asan ;; thread) scratch=.build-tsan ;; esac
  echo "sanitizers: building the tests with --sanitize=$s in $scratch"
  t0=$(date +%s)
  if ! swift build --build-tests --sanitize="$s" --scratch-path "$scratch" "${jobs[@]}"; then
    summary+=("$s: BUILD FAILED after $(( $(date +%s) - t0 ))s"); status=1; continue
  fi
  t1=$(date +%s)
  echo "sanitizers: swift test --sanitize=$s"
  if swift test --skip-build --sanitize="$s" --scratch-path "$scratch" "${extra[@]}"; then
    result=passed
  else
    result=FAILED; status=1
  fi
  t2=$(date +%s)
  summary+=("$s: tests $result (build $(( t1 - t0 ))s, tests $(( t2 - t1 ))s)")
done
printf 'sanitizers: %s\n' "${summary[@]}"
exit $status
