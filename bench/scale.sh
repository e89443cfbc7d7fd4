#!/usr/bin/env bash
# Scale benchmark: synthetic corpora of 1k, 10k and 100k passages (the real report included; see
# internal/synthcorpus), measured with the CLI as a process and with go test -bench.
#
#   bench/scale.sh [OUT_DIR]
#
# For each size it reports: cold build (summitbot index with a fresh INDEX_DIR: wall time, build
# throughput, peak RSS), warm start (the same command reusing the persisted index: wall time, peak
# RSS), and answer quality at that size (summitbot eval on the 40 in-scope evaluation questions plus
# the 7 out-of-scope ones). Then in-process search latency (p50/p99) and build throughput from
# go test -bench. Needs GNU time (/usr/bin/time) for peak RSS. Takes about three minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"
go build -o "$out/summitbot" ./cmd/summitbot
go build -o "$out/gencorpus" ./cmd/gencorpus
timer=()
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -f '%e %M' -o "$out/time"); fi

measure() { # measure LABEL CMD…: runs CMD, prints its wall seconds and peak RSS (MiB)
  shift
  if [ ${#timer[@]} -gt 0 ]; then
    "${timer[@]}" "$@" >"$out/stdout" 2>"$out/stderr"
    read -r wall rss <"$out/time"
    printf '%s %s\n' "$wall" "$((rss / 1024))"
  else
    local start=$(date +%s.%N)
    "$@" >"$out/stdout" 2>"$out/stderr"
    printf '%s ?\n' "$(echo "$(date +%s.%N) - $start" | bc)"
  fi
}

printf '| passages | cold start, process (index build) | build throughput | peak RSS | warm start, process | warm RSS | eval at this size |\n'
printf '| ---: | ---: | ---: | ---: | ---: | ---: | --- |\n'
for n in 1000 10000 100000; do
  corpus="$out/corpus-$n" idx="$out/index-$n"
  rm -rf "$corpus" "$idx"
  "$out/gencorpus" -passages "$n" -seed 1 -out "$corpus" >/dev/null
  read -r cold_wall cold_rss < <(measure cold env INDEX_DIR="$idx" "$out/summitbot" index -corpus "$corpus")
  built=$(grep -o 'built in [^ ]*' "$out/stdout" | sed 's/built in //')
  passages=$(grep -o '[0-9]* passages, [0-9]* terms' "$out/stdout" | cut -d' ' -f1)
  secs=$(awk -v d="$built" 'BEGIN { if (d ~ /ms$/) { sub(/ms$/, "", d); d /= 1000 } else if (d ~ /µs$/) { sub(/µs$/, "", d); d /= 1e6 } else sub(/s$/, "", d); print d }')
  throughput=$(awk -v p="$passages" -v s="$secs" 'BEGIN { printf "%.0f passages/s", p / s }')
  read -r warm_wall warm_rss < <(measure warm env INDEX_DIR="$idx" "$out/summitbot" index -corpus "$corpus")
  grep -q 'reused in' "$out/stdout" || { echo "warm start did not reuse the index" >&2; exit 1; }
  evalline=$(INDEX_DIR="$idx" "$out/summitbot" eval -corpus "$corpus" bot/testdata/eval/questions.jsonl)
  printf '| %s | %s s (index %s) | %s | %s MiB | %s s | %s MiB | %s |\n' \
    "$passages" "$cold_wall" "$built" "$throughput" "$cold_rss" "$warm_wall" "$warm_rss" "$evalline"
done
echo
echo "In-process benchmarks (go test -bench):"
go test -run XXX -bench 'BuildScale|SearchScale|WarmStart' -benchtime 1x ./index | grep -E 'Build|Warm' || true
go test -run XXX -bench 'SearchScale' -benchtime 1000x ./index | grep Search || true
