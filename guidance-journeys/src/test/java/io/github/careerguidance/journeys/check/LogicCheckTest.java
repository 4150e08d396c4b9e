/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The logic linter (#17) on a crafted design with one finding of each kind. */
class LogicCheckTest {
    private static final Journey LINT = load("lint.yaml");

    private static Journey load(String name) {
        try (InputStream in = LogicCheckTest.class.getResourceAsStream(name)) {
            return JourneyFormat.yaml().read(in).orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lint(Journey journey) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : JourneyChecker.ofDefaults().check(journey)) {
            if (d.code().startsWith("journeys.lint.")) {
                out.add(d.severity() + " " + d.code() + " " + d.location());
            }
        }
        return out;
    }

    @Test
    void eachKindOfFindingAtItsElement() {
        assertThat(lint(LINT))
                .containsExactlyInAnyOrder(
                        "WARNING journeys.lint.never-holds /steps/0/transitions/2/when",
                        "WARNING journeys.lint.never-holds /steps/1/transitions/0/when",
                        "WARNING journeys.lint.shadowed /steps/0/transitions/1/when",
                        "WARNING journeys.lint.never-holds-on-route /steps/1/transitions/1/when",
                        "WARNING journeys.lint.always-holds /steps/1/transitions/2/when",
                        "WARNING journeys.lint.content-never-shown /steps/2/content/0/when",
                        "WARNING journeys.lint.empty-information /steps/2/content",
                        "WARNING journeys.lint.outcome-unreachable /steps/5");
    }

    @Test
    void messagesNameTheStepAndTheCulpritInBothLanguages() {
        Diagnostics found = JourneyChecker.ofDefaults().check(LINT);
        Diagnostic shadowed = found.withCode("journeys.lint.shadowed").asList().get(0);
        assertThat(shadowed.message(Locale.ENGLISH))
                .isEqualTo("Transition 1 of step 'q-situatie' (to 'info-b') is"
                        + " never taken: transition 0 and those before it already take every client it would");
        assertThat(shadowed.message(Locale.forLanguageTag("nl"))).contains("overgang 0", "q-situatie");
        Diagnostic empty =
                found.withCode("journeys.lint.empty-information").asList().get(0);
        assertThat(empty.message(Locale.ENGLISH)).contains("info-a", "profile employment", "over-approximates");
        Diagnostic always =
                found.withCode("journeys.lint.always-holds").asList().get(0);
        assertThat(always.message(Locale.ENGLISH)).contains("the 1 transition(s) after it");
    }

    @Test
    void aStructurallyBrokenDesignIsNotLinted() {
        Journey broken = Journey.builder().from(LINT).start("nergens").build();
        Diagnostics found = JourneyChecker.ofDefaults().check(broken);
        assertThat(found.withCode("journeys.start.unknown").isEmpty()).isFalse();
        assertThat(lint(broken)).isEmpty();
    }

    @Test
    void theSixReferenceJourneysHaveNoLogicFindings() {
        for (Journey journey : ReferenceJourneys.all()) {
            assertThat(lint(journey)).as(journey.id()).isEmpty();
            assertThat(JourneyChecker.ofDefaults()
                            .check(journey)
                            .atLeast(Severity.ERROR)
                            .isEmpty())
                    .isTrue();
        }
    }
}
