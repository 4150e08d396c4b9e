#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the guidance maintainers
#
# Real (coverage-guided) fuzzing of guidance's Jazzer fuzz tests, one target at a time.
#
#   ./fuzz.sh [minutes] [target]     minutes per target (default 5); target: a method name, or all (default)
#
# A normal build (./mvnw verify) runs the same tests in regression mode only, over the committed inputs in
# src/test/resources/<package>/<Class>Inputs/<method>/. Here JAZZER_FUZZ=1 makes Jazzer mutate inputs for the given
# time. New coverage goes to .cifuzz-corpus/ (not committed); a crash is written as a crash-<sha1> file into the
# target's Inputs directory, so it becomes a regression test once committed: reproduce with ./mvnw verify, fix, keep
# the file. Fuzzing is CPU-heavy: run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")"

minutes="${1:-5}"
only="${2:-all}"
seconds=$((minutes * 60))

# module  class  method
targets=(
  "guidance-journeys io.github.careerguidance.journeys.hardening.JourneyFuzzTest journeyJson"
  "guidance-journeys io.github.careerguidance.journeys.hardening.JourneyFuzzTest journeyYaml"
  "guidance-journeys io.github.careerguidance.journeys.hardening.JourneyFuzzTest conditions"
  "guidance-journeys io.github.careerguidance.journeys.hardening.JourneyFuzzTest sessionResume"
  "guidance-research io.github.careerguidance.research.hardening.PopulationModelFuzzTest populationYaml"
  "guidance-research io.github.careerguidance.research.hardening.PopulationModelFuzzTest populationJson"
  "guidance-quality io.github.careerguidance.quality.hardening.QualityFuzzTest registrationJson"
  "guidance-quality io.github.careerguidance.quality.hardening.QualityFuzzTest registrationNdjson"
  "guidance-quality io.github.careerguidance.quality.hardening.QualityFuzzTest registrationCsv"
  "guidance-quality io.github.careerguidance.quality.hardening.QualityFuzzTest schemeAndPolicy"
  "guidance-core io.github.careerguidance.core.hardening.PlanFuzzTest planJson"
  "guidance-core io.github.careerguidance.core.hardening.PlanFuzzTest planYaml"
  "guidance-core io.github.careerguidance.core.hardening.PlanFuzzTest resumeCode"
)

mkdir -p target/fuzz
for t in "${targets[@]}"; do
  read -r module class method <<< "$t"
  if [[ "$only" != "all" && "$only" != "$method" ]]; then
    continue
  fi
  log="target/fuzz/${method}.log"
  echo "== fuzzing ${class##*.}#${method} for ${minutes} min (log: ${log})"
  # -max_total_time reaches libFuzzer through Jazzer's JUnit argument pass-through; it overrides the
  # annotation's maxDuration (30s), which only bounds an IDE run.
  set +e
  JAZZER_FUZZ=1 ./mvnw -B -pl "$module" -am test \
    -Dtest="${class##*.}#${method}" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="${seconds}s" \
    -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="${seconds}" \
    -Djazzer.internal.arg.2=-print_final_stats=1 > "$log" 2>&1
  rc=$?
  set -e
  grep -E '^#[0-9]+.*DONE|stat::number_of_executed_units|stat::new_units_added|== Java Exception|FAILURE|Tests run:' "$log" | tail -6 || true
  if [[ $rc -ne 0 ]]; then
    echo "!! ${method}: the fuzzer found a problem (exit $rc); see $log and any new crash-* file under $module/src/test/resources"
  fi
done
