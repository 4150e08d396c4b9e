#!/usr/bin/env bash
# Runs the guidance benchmarks and regenerates the results tables in guidance-benchmarks/README.md
# (bulk quality check between results:start/end, engine decision between decision:start/end).
#   guidance-benchmarks/run.sh [quick|full]     quick: about 4 minutes; full: about 12 minutes
# Settings for stable figures on a 2-core machine: 6+ warmup iterations, 1+ forks, a fixed 1 GB heap.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-quick}
case "$mode" in
  quick) opts=(-wi 6 -w 1s -i 5 -r 1s -f 1) ;;
  full)  opts=(-wi 8 -w 2s -i 8 -r 2s -f 2) ;;
  *) echo "usage: $0 [quick|full]" >&2; exit 2 ;;
esac
./mvnw -q -B -ntp -pl guidance-benchmarks -am package -DskipTests
jar=guidance-benchmarks/target/benchmarks.jar
out=guidance-benchmarks/results
mkdir -p "$out"
java -jar "$jar" BulkQualityBenchmark "${opts[@]}" -rf json -rff "$out/jmh-$mode.json"
: > "$out/heap.tsv"
for n in 100000 1000000; do
  java -Xmx96m -cp "$jar" io.github.careerguidance.benchmarks.HeapProbe "$n" | tee -a "$out/heap.tsv"
done
java -cp "$jar" io.github.careerguidance.benchmarks.ResultsTable "$out/jmh-$mode.json" "$out/heap.tsv" \
  guidance-benchmarks/README.md "$mode, $(date -u +%Y-%m-%d)"

# Engine decision: one answer -> next step view on the 30-step DecisionJourney, with allocation per operation.
java -jar "$jar" DecisionBenchmark -prof gc "${opts[@]}" -rf json -rff "$out/jmh-decision-$mode.json"
java -cp "$jar" io.github.careerguidance.benchmarks.SessionSizeProbe | tee "$out/session-size.tsv"
java -cp "$jar" io.github.careerguidance.benchmarks.DecisionTable "$out/jmh-decision-$mode.json" \
  "$out/session-size.tsv" guidance-benchmarks/README.md "$mode, $(date -u +%Y-%m-%d)" "${DECISION_NOTE:-}"
