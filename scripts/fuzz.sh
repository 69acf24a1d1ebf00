#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (release, -sanitize=fuzzer,address) and runs them.
#
# Usage: scripts/fuzz.sh [TARGET|all|replay] [SECONDS] [-- LIBFUZZER_ARGS...]
#   TARGET   article | entities | claims | keys (default: all, one after another)
#   SECONDS  how long to fuzz each target (default 60)
#   replay   run every target once over its seed corpus and kept crash inputs, then stop
#
# Targets: article  bytes -> CorpusLoader.parse(bytes:id:path:) (decoding, ArticleParser)
#          entities bytes -> article -> Analyzer.recognize, and the cache's JSON round trip
#          claims   bytes -> one or two articles (NUL separates them) -> Analyzer().analyze
#                   (claims, conflicts) -> JSON report and the reader/conflicts screens
#          keys     terminal input bytes -> KeyDecoder -> AppState.update -> RootView.render
# Seeds are read from Fuzz/corpus/TARGET (never written); what the fuzzer learns goes to
# .build-fuzz/corpus/TARGET, crashes to .build-fuzz/crashes/TARGET/. Reproduce a crash with
#   .build-fuzz/release/FuzzArticle .build-fuzz/crashes/article/crash-...
# Environment: FUZZ_CONFIG (release or debug; release runs about 3x faster), FUZZ_BUILD_JOBS
# (swift build -j), FUZZ_RSS_MB (default 2048).
set -euo pipefail
cd "$(dirname "$0")/.."

target=all
seconds=60
[ $# -gt 0 ] && [ "$1" != "--" ] && { target=$1; shift; }
[ $# -gt 0 ] && [ "$1" != "--" ] && { seconds=$1; shift; }
[ $# -gt 0 ] && [ "$1" = "--" ] && shift
extra=("$@")

all=(article entities claims keys)
case "$target" in
  all|replay) targets=("${all[@]}") ;;
  article|entities|claims|keys) targets=("$target") ;;
  -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
  *) echo "fuzz.sh: unknown target '$target' (article, entities, claims, keys, all, replay)" >&2; exit 2 ;;
esac

scratch=$PWD/.build-fuzz
jobs=()
[ -n "${FUZZ_BUILD_JOBS:-}" ] && jobs=(-j "$FUZZ_BUILD_JOBS")
config=${FUZZ_CONFIG:-release}
echo "fuzz: building the targets ($config, -sanitize=fuzzer,address) in $scratch"
# ld.gold warns about every ASan helper symbol it cannot export; those lines are noise.
(cd Fuzz && swift build -c "$config" --scratch-path "$scratch" "${jobs[@]}" -Xswiftc -sanitize=fuzzer,address 2>&1) \
  | grep -v "Cannot export local symbol" || true
[ "${PIPESTATUS[0]}" = 0 ] || { echo "fuzz: build failed" >&2; exit 1; }

binary() { case "$1" in article) echo FuzzArticle ;; entities) echo FuzzEntities ;; claims) echo FuzzClaims ;; keys) echo FuzzKeys ;; esac; }
maxlen() { case "$1" in keys) echo 256 ;; *) echo 4096 ;; esac; }

status=0
for t in "${targets[@]}"; do
  bin=$scratch/$config/$(binary "$t")
  [ -x "$bin" ] || { echo "fuzz: $bin was not built" >&2; exit 1; }
  if [ "$target" = replay ]; then
    inputs=(Fuzz/corpus/"$t"/*)
    [ -d Fuzz/regressions/"$t" ] && inputs+=(Fuzz/regressions/"$t"/*)
    echo "fuzz: replaying ${#inputs[@]} inputs through $t"
    "$bin" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" "${inputs[@]}" 2>&1 | grep -v "^\*\*\*" || status=1
    [ "${PIPESTATUS[0]}" = 0 ] || status=1
    continue
  fi
  mkdir -p "$scratch/corpus/$t" "$scratch/crashes/$t"
  echo "fuzz: $t for ${seconds}s (max_len $(maxlen "$t"))"
  "$bin" "$scratch/corpus/$t" "Fuzz/corpus/$t" \
    -max_total_time="$seconds" -max_len="$(maxlen "$t")" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -timeout=20 \
    -artifact_prefix="$scratch/crashes/$t/" -print_final_stats=1 "${extra[@]}" || status=$?
done
exit $status
