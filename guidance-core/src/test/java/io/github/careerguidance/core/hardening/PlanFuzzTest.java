/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.ActionPlans;
import io.github.careerguidance.core.plan.ActionStatus;
import io.github.careerguidance.core.plan.PlanAction;
import io.github.careerguidance.core.plan.Review;
import io.github.careerguidance.core.resume.ResumeCode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fuzz targets for hostile action-plan documents (JSON and YAML) and resume-code input. The contract under test:
 * bad input gives diagnostics (a failed {@code ReadResult}), never an exception; a plan that reads can be checked,
 * resolved, expanded, changed and written back to an equal plan.
 *
 * <p>In a normal build each target runs once per input in {@code src/test/resources/.../PlanFuzzTestInputs/<method>}
 * (regression mode); {@code fuzz.sh} at the repository root fuzzes them for real.
 */
class PlanFuzzTest {

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    private static void plan(byte[] data, GuidanceCodec codec) {
        ReadResult<ActionPlan> read = ActionPlans.read(text(data), codec);
        if (read.isSuccessful()) {
            assertThat(read.diagnostics().hasErrors()).isFalse();
        } else {
            assertThat(read.diagnostics().stream().anyMatch(d -> d.severity().compareTo(Severity.ERROR) >= 0))
                    .isTrue();
        }
        // a document that reads structurally but fails the checks still gives a value to exercise
        ReadResult<ActionPlan> raw = codec.read(text(data), ActionPlan.class);
        raw.value().ifPresent(PlanFuzzTest::exercise);
    }

    private static void exercise(ActionPlan plan) {
        Diagnostics found = ActionPlans.check(plan);
        assertThat(found).isNotNull();
        plan.horizonDate();
        for (Review review : plan.reviews()) {
            plan.reviewDate(review);
        }
        for (PlanAction action : plan.actions()) {
            plan.dueDate(action);
            assertThat(plan.recurrencePeriods(action)).hasSizeLessThanOrEqualTo(10_000);
            action.recurrence().ifPresent(r -> r.periods(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 12, 7)));
            // withStatus changes the first action with the id (ids may repeat in an unchecked plan)
            PlanAction target = plan.action(action.id()).orElseThrow();
            if (target.status().canBecome(ActionStatus.DONE)) {
                LocalDate day = target.history().isEmpty()
                        ? LocalDate.of(2026, 12, 7)
                        : target.history().get(target.history().size() - 1).date();
                assertThat(plan.withStatus(action.id(), ActionStatus.DONE, day).status(action.id()))
                        .contains(ActionStatus.DONE);
            }
        }
        for (GuidanceCodec codec : new GuidanceCodec[] {GuidanceCodec.json(), GuidanceCodec.yaml()}) {
            assertThat(codec.read(codec.write(plan), ActionPlan.class).value()).contains(plan);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void planJson(byte[] data) {
        plan(data, GuidanceCodec.json());
    }

    @FuzzTest(maxDuration = "30s")
    void planYaml(byte[] data) {
        plan(data, GuidanceCodec.yaml());
    }

    @FuzzTest(maxDuration = "30s")
    void resumeCode(byte[] data) {
        ReadResult<ResumeCode> read = ResumeCode.parse(text(data));
        if (read.isSuccessful()) {
            ResumeCode code = read.value().orElseThrow();
            assertThat(ResumeCode.parse(code.display()).value()).contains(code);
        } else {
            assertThat(read.diagnostics().size()).isEqualTo(1);
        }
    }
}
