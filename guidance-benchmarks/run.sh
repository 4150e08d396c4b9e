#!/usr/bin/env bash
# Runs the guidance benchmarks and regenerates the results tables in guidance-benchmarks/README.md
# (bulk quality check between results:start/end, engine decision against the floor and the peers between
# decision:start/end, any other benchmark class in its own jmh:<Class>:start/end section).
#   guidance-benchmarks/run.sh [quick|full]     quick: under 5 minutes on an idle 2-core machine when the jar is
#   up to date (the build of changed modules comes on top); full: about three times quick
# Settings for stable figures on a 2-core machine: 6+ warmup iterations, 1+ forks, a fixed 1 GB heap.
# DECISION_NOTE="..." adds a note (e.g. the machine's load) to the decision table's run line.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-quick}
case "$mode" in
  # Nanosecond-scale benchmarks run millions of operations per iteration (300 ms warm-up, 500 ms measured). A bulk
  # operation is one pass over the 100,000-record file (0.4-4 s), so every bulk iteration is one pass whatever the
  # iteration time: 6 warm-up passes and 5 measured ones (with fewer, JMH's 99.9 % error is several times the score).
  quick) opts=(-wi 6 -w 300ms -i 5 -r 500ms -f 1); bulk=(-wi 6 -w 1s -i 5 -r 1s -f 1)
         flowable=(-wi 6 -w 300ms -i 3 -r 500ms -f 1); heap=(100000); cli_rounds=3; startup_rounds=7; portal=(--warmup 10 --seconds 20) ;;
  full)  opts=(-wi 8 -w 2s -i 8 -r 2s -f 2); bulk=("${opts[@]}")
         flowable=(-wi 6 -w 1s -i 5 -r 1s -f 2); heap=(100000 1000000); cli_rounds=7; startup_rounds=15; portal=(--warmup 20 --seconds 60) ;;
  *) echo "usage: $0 [quick|full]" >&2; exit 2 ;;
esac
started=$(date +%s)
./mvnw -q -B -ntp -pl guidance-benchmarks,guidance-cli,guidance-examples -am package -DskipTests
jar=guidance-benchmarks/target/benchmarks.jar
out=guidance-benchmarks/results
readme=guidance-benchmarks/README.md
label="$mode, $(date -u +%Y-%m-%d)"
mkdir -p "$out"

# Bulk quality check, then the heap high-water mark (fresh JVM per size).
java -jar "$jar" '\.BulkQualityBenchmark\.' "${bulk[@]}" -rf json -rff "$out/jmh-$mode.json"
: > "$out/heap.tsv"
for n in "${heap[@]}"; do
  java -Xmx96m -cp "$jar" io.github.careerguidance.benchmarks.HeapProbe "$n" | tee -a "$out/heap.tsv"
done
java -cp "$jar" io.github.careerguidance.benchmarks.ResultsTable "$out/jmh-$mode.json" "$out/heap.tsv" \
  "$readme" "$label"

# The CLI against the library on the same 100,000-record file in the same run (issue #16): bin/guidance providers
# check as a fresh process (JVM start and output included, max RSS from /usr/bin/time) interleaved with in-process
# BulkChecker passes; records/s both, their ratio, the CLI's max RSS. A row in results/cli.tsv, not in the README.
java -cp "$jar" io.github.careerguidance.benchmarks.CliProbe "${cli_rounds}" bin/guidance | tee "$out/cli.tsv"

# Start-up of the short commands (issue #18): java -version, bin/guidance schemes list and bin/guidance journey check
# of the reference journey looking-for-work, interleaved round by round under /usr/bin/time on the JDK bin/guidance
# uses; median wall and CPU seconds, the ratios to java -version, the load average. A row in results/startup.tsv.
java -cp "$jar" io.github.careerguidance.benchmarks.StartupProbe "${startup_rounds}" bin/guidance | tee "$out/startup.tsv"

# The portal under load (issue #15): the examples' runnable jar started as one and two `guidance serve` processes
# (no compile dependency on the examples), 50 virtual visitors doing whole journeys over HTTP, each checking on its
# plan JSON that its session holds only its own answers; H2, and PostgreSQL when GUIDANCE_PG_URL (and
# GUIDANCE_PG_USER) are set. journeys/s, p50/p99 per page type, errors, mix-ups: results/portal-load.md.
portal_jar=$(ls guidance-examples/target/guidance-examples-*-all.jar | head -n 1)
java -cp "$jar" io.github.careerguidance.benchmarks.PortalLoad --jar "$portal_jar" --visitors 50 "${portal[@]}" \
  --out "$out/portal-load.md"

# Engine decision against the hand-written floor and the in-memory peers (one run, so the ratios compare
# like with like), then the persisted-workflow tier (Flowable, a shorter run), with allocation per decision.
java -jar "$jar" '\.DecisionBenchmark\.' -prof gc "${opts[@]}" -rf json -rff "$out/jmh-decision-$mode.json"
java -jar "$jar" '\.FlowableDecisionBenchmark\.' -prof gc "${flowable[@]}" -rf json \
  -rff "$out/jmh-flowable-$mode.json"
java -cp "$jar" io.github.careerguidance.benchmarks.SessionSizeProbe | tee "$out/session-size.tsv"
java -cp "$jar" io.github.careerguidance.benchmarks.DecisionTable "$out/jmh-decision-$mode.json" \
  "$out/jmh-flowable-$mode.json" "$out/session-size.tsv" "$readme" "$label" "${DECISION_NOTE:-}"

# Every other benchmark class (e.g. SimulationBenchmark) gets a generic table of its own.
known='^io\.github\.careerguidance\.benchmarks\.(BulkQualityBenchmark|DecisionBenchmark|FlowableDecisionBenchmark)\.'
others=$(java -jar "$jar" -l | grep '^io\.github\.careerguidance\.' | grep -Ev "$known" | sed 's/\.[^.]*$//' | sort -u || true)
for cls in $others; do
  name=${cls##*.}
  java -jar "$jar" "${cls//./\\.}\\." -prof gc "${opts[@]}" -rf json -rff "$out/jmh-$name-$mode.json"
  java -cp "$jar" io.github.careerguidance.benchmarks.GenericTable "$out/jmh-$name-$mode.json" "$readme" \
    "$label" "${DECISION_NOTE:-}"
done
echo "run.sh $mode took $(( $(date +%s) - started )) s"
