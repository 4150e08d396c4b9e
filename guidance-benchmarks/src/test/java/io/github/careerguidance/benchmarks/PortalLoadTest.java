/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The load driver's mix-up check: a plan counts as the visitor's only with exactly its path and answers. */
class PortalLoadTest {
    private static final String PLAN = "{\"journey\":\"looking-for-work\",\"completed\":true,\"step\":\"plan\","
            + "\"answers\":{\"q-situatie\":{\"selectedOptions\":[\"kort\"]},\"q-wens\":{\"text\":\"visitor-7-journey-3\"}},"
            + "\"path\":[\"welkom\",\"q-situatie\",\"q-wens\",\"plan\"]}";

    @Test
    void theVisitorsOwnPlanPasses() {
        assertThat(PortalLoad.Visitor.mine(
                        PLAN,
                        List.of("welkom", "q-situatie", "q-wens"),
                        Map.of("q-situatie", "kort", "q-wens", "visitor-7-journey-3")))
                .isTrue();
    }

    @Test
    void anotherVisitorsAnswersPathOrExtraAnswersAreMixUps() {
        assertThat(PortalLoad.Visitor.mine(
                        PLAN,
                        List.of("welkom", "q-situatie", "q-wens"),
                        Map.of("q-situatie", "kort", "q-wens", "visitor-8-journey-3")))
                .isFalse();
        assertThat(PortalLoad.Visitor.mine(
                        PLAN,
                        List.of("welkom", "q-situatie", "q-wens"),
                        Map.of("q-situatie", "lang", "q-wens", "visitor-7-journey-3")))
                .isFalse();
        assertThat(PortalLoad.Visitor.mine(PLAN, List.of("welkom", "q-wens"), Map.of("q-wens", "visitor-7-journey-3")))
                .isFalse();
        assertThat(PortalLoad.Visitor.mine(
                        PLAN, List.of("welkom", "q-situatie", "q-wens"), Map.of("q-wens", "visitor-7-journey-3")))
                .isFalse();
    }
}
