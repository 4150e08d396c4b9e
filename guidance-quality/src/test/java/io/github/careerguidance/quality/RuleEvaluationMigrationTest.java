/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.quality.scheme.SchemeCatalogue;
import org.junit.jupiter.api.Test;

/**
 * Issue #13: rules that evaluate themselves ({@code Rule.evaluate}) decide exactly as the old {@code RuleEvaluator}
 * did: on generated registrations, dates, warning horizons and check targets (every built-in scheme, the policies
 * of the tests, generated schemes and policies with rules of every type), both paths give equal reports: verdicts,
 * codes, evidence, change dates, deemed-by, citations and the explanations in Dutch and English.
 *
 * <p>Runs {@code -Drules.examples} examples (default 3,000). Goes with the old path; {@link RuleOutcomesGoldenTest}
 * keeps the guard once the old path is deleted.
 */
class RuleEvaluationMigrationTest {
    private static final int EXAMPLES = Integer.getInteger("rules.examples", 3_000);
    private static final int[] WARNING_DAYS = {0, 30, 60, 120};
    private final QualityChecker[] old = new QualityChecker[WARNING_DAYS.length];
    private final QualityChecker[] now = new QualityChecker[WARNING_DAYS.length];

    RuleEvaluationMigrationTest() {
        for (int i = 0; i < WARNING_DAYS.length; i++) {
            old[i] = QualityChecker.legacy(SchemeCatalogue.builtIn(), WARNING_DAYS[i]);
            now[i] = QualityChecker.builder().warningDays(WARNING_DAYS[i]).build();
        }
    }

    @Test
    void selfEvaluatingRulesDecideAsTheOldEvaluatorDid() {
        qt().withExamples(EXAMPLES).withShrinkCycles(200)
                .forAll(longs().all(), integers().between(0, 6000), integers().between(0, 10_000), integers().between(0, 3))
                .checkAssert((seed, day, target, horizon) -> {
                    RuleCases.Case c = RuleCases.of(seed, day, target);
                    QualityReport before = c.check(old[horizon]);
                    QualityReport after = c.check(now[horizon]);
                    assertThat(RuleCases.render(0, c, after)).as("%s, warningDays %d", c.target(), WARNING_DAYS[horizon])
                            .isEqualTo(RuleCases.render(0, c, before));
                    assertThat(after).isEqualTo(before);
                });
    }
}
