/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rule outcomes against a golden file (issue #13): 1,500 check cases generated from a fixed seed
 * ({@link RuleCases}), every built-in scheme, the test policies and generated schemes and policies with rules of
 * every type, each line what the checker decided per subject and rule (verdict, code, change date, deemed-by,
 * evidence, the explanation in Dutch and English, the number of citations).
 *
 * <p>The file {@code golden/rule-outcomes.ndjson} was written by the old {@code RuleEvaluator} before it was deleted
 * (its property test against the new path ran green on 10,000 examples first), so this test holds the rules that
 * evaluate themselves to its behaviour. A deliberate change of a rule's behaviour or text changes lines here: write
 * the file again from the current checker with {@code -Dgolden.write=true} (runs {@link #writeGoldenFile()}) and
 * review the diff line by line.
 */
class RuleOutcomesGoldenTest {
    static final int CASES = 1_500;
    private static final String RESOURCE = "io/github/careerguidance/quality/golden/rule-outcomes.ndjson";
    private static final int[] WARNING_DAYS = {0, 30, 60, 120};

    /** The lines of the current checker, case by case. */
    static List<String> lines(java.util.function.IntFunction<QualityChecker> checkers) {
        Random rnd = new Random(13);
        List<String> lines = new ArrayList<>(CASES);
        QualityChecker[] byHorizon = new QualityChecker[WARNING_DAYS.length];
        for (int i = 0; i < WARNING_DAYS.length; i++) {
            byHorizon[i] = checkers.apply(WARNING_DAYS[i]);
        }
        for (int i = 0; i < CASES; i++) {
            long seed = rnd.nextLong();
            int day = rnd.nextInt(6000);
            RuleCases.Case c = RuleCases.of(seed, day, i);
            lines.add(RuleCases.render(i, c, c.check(byHorizon[i % WARNING_DAYS.length])));
        }
        return lines;
    }

    private static QualityChecker checker(int warningDays) {
        return QualityChecker.builder().warningDays(warningDays).build();
    }

    @Test
    void everyCaseIsDecidedAsRecorded() throws IOException {
        List<String> golden;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            golden = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        assertThat(golden).hasSize(CASES);
        List<String> now = lines(RuleOutcomesGoldenTest::checker);
        for (int i = 0; i < CASES; i++) {
            assertThat(now.get(i)).as("case %d", i).isEqualTo(golden.get(i));
        }
    }

    @Test
    void theCasesCoverEveryRuleTypeAndVerdict() throws IOException {
        String all;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String code : List.of(
                "quality.rule.registration.valid",
                "quality.rule.registration.expiring",
                "quality.rule.registration.expired",
                "quality.rule.registration.level",
                "quality.rule.registration.number",
                "quality.rule.minimum.met",
                "quality.rule.minimum.short",
                "quality.rule.minimum.due-soon",
                "quality.rule.minimum.years-met",
                "quality.rule.minimum.year-short",
                "quality.rule.reflection.transition",
                "quality.rule.clients.registered-before",
                "quality.rule.education.met",
                "quality.rule.education.candidate",
                "quality.rule.education.unmet",
                "quality.rule.experience.met",
                "quality.rule.experience.short",
                "quality.rule.documents.met",
                "quality.rule.documents.missing",
                "quality.rule.review.review-met",
                "quality.rule.review.interim-missing",
                "quality.rule.review.audit-met",
                "quality.rule.equivalence.holds",
                "quality.rule.equivalence.absent",
                "quality.rule.deemed",
                "quality.rule.coverage.met",
                "quality.rule.coverage.uncovered",
                "quality.rule.entry-only",
                "quality.scheme.not-in-force")) {
            assertThat(all).as(code).contains("\"" + code + "\"");
        }
        for (String verdict : List.of("pass", "warning", "fail", "not-assessable", "not-applicable")) {
            assertThat(all).as(verdict).contains(",\"" + verdict + "\",");
        }
    }

    /** Writes the golden file from the current checker into the source tree; run only on purpose. */
    @Test
    @EnabledIfSystemProperty(named = "golden.write", matches = "true")
    void writeGoldenFile() throws IOException {
        Path file = Path.of("src/test/resources").resolve(RESOURCE);
        Files.createDirectories(file.getParent());
        Files.write(file, lines(RuleOutcomesGoldenTest::checker), StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isPositive();
    }
}
