/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.summary;

import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.competence.DimensionScore;
import io.github.careerguidance.core.profile.Answer;
import java.time.Instant;
import java.util.Random;

/** Random sources and consents for the summary tests. */
final class SummaryFixtures {
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private SummaryFixtures() {}

    static Answer answer(Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return Answer.text("tekst " + random.nextInt(1000) + " \u00e9\u00e8 \"quote\"");
            case 1:
                return Answer.number(java.math.BigDecimal.valueOf(random.nextInt(20_000) - 10_000, 2));
            case 2:
                return Answer.choice("optie-" + random.nextInt(9));
            default:
                return Answer.choices("a-" + random.nextInt(5), "b-" + random.nextInt(5));
        }
    }

    static CompetenceProfile score(Random random) {
        int items = 1 + random.nextInt(6);
        int answered = 1 + random.nextInt(items);
        double sum = answered * (1 + random.nextInt(5));
        return CompetenceProfile.builder()
                .instrument("caas")
                .instrumentVersion("1.0.0")
                .framework("caas")
                .putDimension(
                        "concern",
                        DimensionScore.builder()
                                .sum(sum)
                                .mean(sum / answered)
                                .answered(answered)
                                .itemCount(items)
                                .build())
                .build();
    }

    /** A source with some of the ids q-0..q-9 answered and some of s-0..s-4 scored. */
    static SummarySource source(Random random) {
        ImmutableSummarySource.Builder b = SummarySource.builder();
        for (int i = 0; i < 10; i++) {
            if (random.nextBoolean()) {
                b.putAnswer("q-" + i, answer(random));
            }
        }
        for (int i = 0; i < 5; i++) {
            if (random.nextBoolean()) {
                b.putScore("s-" + i, score(random));
            }
        }
        if (random.nextBoolean()) {
            b.plan(PlanReference.of("plan-" + random.nextInt(99), String.valueOf(1 + random.nextInt(5))));
        }
        if (random.nextBoolean()) {
            b.handoverRequestId("ho-" + random.nextInt(999));
        }
        return b.build();
    }

    /** A consent over ids q-0..q-12 and s-0..s-6: some listed ids are not in any source. */
    static ShareConsent consent(Random random) {
        ImmutableShareConsent.Builder b = ShareConsent.builder().givenAt(NOW.minusSeconds(random.nextInt(3600)));
        for (int i = 0; i < 13; i++) {
            if (random.nextBoolean()) {
                b.addAnswer("q-" + i);
            }
        }
        for (int i = 0; i < 7; i++) {
            if (random.nextBoolean()) {
                b.addScore("s-" + i);
            }
        }
        return b.plan(random.nextBoolean()).handover(random.nextBoolean()).build();
    }
}
