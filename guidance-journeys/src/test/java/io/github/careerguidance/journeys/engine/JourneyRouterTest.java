/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import static io.github.careerguidance.journeys.engine.EngineFixtures.EMPLOYED_BACHELOR;
import static io.github.careerguidance.journeys.engine.EngineFixtures.WW_MBO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.json.InvalidInputException;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.journeys.model.ProfileField;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JourneyRouterTest {
    private static final JourneyEngine LOOKING =
            JourneyEngine.compile(ReferenceJourneys.byId("looking-for-work").orElseThrow());
    private static final JourneyEngine RETRAIN =
            JourneyEngine.compile(ReferenceJourneys.byId("must-retrain").orElseThrow());
    private static final JourneyEngine SMALL = JourneyEngine.compile(EngineFixtures.small());
    private static final JourneyEngine SMALL_2 = JourneyEngine.compile(EngineFixtures.small("2.0.0", true));

    @Test
    void routesTheGoalToTheJourneyThatServesIt() {
        JourneyRouter router = JourneyRouter.of(List.of(LOOKING, RETRAIN));
        assertThat(router.route("must-retrain", WW_MBO).engine()).containsSame(RETRAIN);
        assertThat(router.route("looking-for-work", WW_MBO).orElseThrow()).isSameAs(LOOKING);
        Route none = router.route("first-time-study", WW_MBO);
        assertThat(none.isFound()).isFalse();
        assertThat(none.engine()).isEmpty();
        assertThat(none.diagnostics().stream().map(Diagnostic::code)).containsExactly("journeys.route.no-journey");
        assertThat(none.diagnostics().render(Locale.ENGLISH)).contains("first-time-study");
        assertThatThrownBy(none::orElseThrow).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void priorityAndApplicabilityDecideAmongJourneysForTheSameGoal() {
        Condition mbo = Condition.in(Operand.profile(ProfileField.EDUCATION_LEVEL), "mbo-2", "mbo-3", "mbo-4");
        JourneyRouter router =
                JourneyRouter.builder().add(LOOKING).add(SMALL, 10, mbo).build();
        assertThat(router.route("looking-for-work", WW_MBO).orElseThrow()).isSameAs(SMALL);
        assertThat(router.route("looking-for-work", EMPLOYED_BACHELOR).orElseThrow())
                .isSameAs(LOOKING);
        assertThat(router.route("looking-for-work", ClientProfile.anonymous()).orElseThrow())
                .isSameAs(LOOKING);
        JourneyRouter onlyMbo = JourneyRouter.builder().add(SMALL, 0, mbo).build();
        Route none = onlyMbo.route("looking-for-work", EMPLOYED_BACHELOR);
        assertThat(none.isFound()).isFalse();
        assertThat(none.diagnostics().render(Locale.ENGLISH)).contains("werk-op-maat 1.0.0");
    }

    @Test
    void routingIsDeterministicWhateverTheRegistrationOrder() {
        List<JourneyEngine> engines = new ArrayList<>(List.of(LOOKING, SMALL, SMALL_2));
        for (int i = 0; i < 6; i++) {
            Collections.rotate(engines, 1);
            if (i % 2 == 0) {
                Collections.reverse(engines);
            }
            JourneyRouter router = JourneyRouter.of(engines);
            // equal priority: the lower journey id wins ("looking-for-work" < "werk-op-maat")
            assertThat(router.route("looking-for-work", WW_MBO).orElseThrow()).isSameAs(LOOKING);
            assertThat(router.engines()).containsExactly(LOOKING, SMALL_2, SMALL);
        }
        JourneyRouter versions = JourneyRouter.of(List.of(SMALL, SMALL_2));
        assertThat(versions.route("looking-for-work", WW_MBO).orElseThrow()).isSameAs(SMALL_2);
    }

    @Test
    void versionsCompareAsSemanticVersions() {
        assertThat(JourneyRouter.compareVersions("1.10.0", "1.9.0")).isPositive();
        assertThat(JourneyRouter.compareVersions("1.0.0-rc.1", "1.0.0")).isNegative();
        assertThat(JourneyRouter.compareVersions("2.0.0", "2.0.0")).isZero();
        assertThat(JourneyRouter.compareVersions("0.9.9", "1.0.0")).isNegative();
    }
}
