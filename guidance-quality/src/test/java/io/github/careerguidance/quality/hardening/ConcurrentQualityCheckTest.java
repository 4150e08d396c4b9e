/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.quality.QualityChecker;
import io.github.careerguidance.quality.QualityReport;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.testsupport.ConcurrentReplay;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One quality checker shared by 8 threads, each checking many registrations against varying schemes and dates; every
 * report must equal the one a single thread produces for the same input (no state shared between checks leaks into
 * another). The number of checks per thread is {@code -Dguidance.concurrency.checks} (default 1,000: about 1 ms per
 * check on a busy 2-core machine); the concurrent phase fails after {@code -Dguidance.concurrency.timeout} (default
 * {@code PT10M}). The threads, start barrier and replay are {@link ConcurrentReplay}'s.
 */
class ConcurrentQualityCheckTest {
    private static final int THREADS = 8;
    private static final int CHECKS = Integer.getInteger("guidance.concurrency.checks", 1_000);
    private static final Duration TIMEOUT = Duration.parse(System.getProperty("guidance.concurrency.timeout", "PT10M"));
    private static final List<String> FIXTURES = List.of(
            "rl-adviser-valid",
            "bka-too-few-clients",
            "oa-adviser-two-years",
            "oa-rl-equivalence",
            "provider-without-independent-body",
            "rl-expired-last-year");
    private static final List<String> SCHEMES = List.of("noloc-rl", "noloc-rj", "cmi-rl", "blik-op-werk");
    private static final LocalDate BASE = LocalDate.of(2025, 1, 1);

    private static QualityReport check(QualityChecker checker, List<Registration> registrations, int thread, int i) {
        int n = thread * CHECKS + i;
        return checker.check(
                registrations.get(n % registrations.size()),
                SCHEMES.get((n / 7) % SCHEMES.size()),
                BASE.plusDays(n % 730));
    }

    @Test
    void eightThreadsShareOneCheckerAndEveryReportMatchesASingleThreadedReplay() {
        List<Registration> registrations = new ArrayList<>();
        for (String f : FIXTURES) {
            registrations.add(GuidanceCodec.yaml()
                    .read(
                            getClass().getResourceAsStream("/io/github/careerguidance/quality/fixtures/" + f + ".yaml"),
                            Registration.class)
                    .orElseThrow());
        }
        QualityChecker checker = QualityChecker.builtIn();
        Set<Object> verdicts = new HashSet<>();
        ConcurrentReplay.Report report = ConcurrentReplay.run(
                THREADS, CHECKS, TIMEOUT, (thread, i) -> check(checker, registrations, thread, i), (thread, i) -> {
                    QualityReport single = check(checker, registrations, thread, i);
                    verdicts.add(single.verdict());
                    return single;
                });
        System.out.println(report.summary("ConcurrentQualityCheckTest", "checks"));
        assertThat(verdicts)
                .as("the inputs give different verdicts, so a crossed report would show")
                .hasSizeGreaterThan(1);
        assertThat(report.mismatches())
                .as("reports that differ from the single-threaded replay: %s", report.examples())
                .isZero();
    }
}
