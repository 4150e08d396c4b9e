/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.internal.QualityTerms;
import io.github.careerguidance.quality.scheme.Rule;
import io.github.careerguidance.quality.scheme.Scheme;
import io.github.careerguidance.quality.scheme.SchemeCatalogue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Dutch text the built-in catalogue can produce reads as Dutch (issue #16): the rules of every built-in scheme
 * and test policy, driven to their verdicts by the 1,500 generated cases of the golden file at four warning horizons
 * and by the scenario fixtures, give explanations with no English word from a list, no diagnostic or wire code
 * (such as {@code pe-points}, {@code complaints-procedure} or {@code quality.rule.*}), no camel-case field name, no
 * unfilled placeholder and no list in brackets; and each names the scheme version it applied.
 */
class DutchExplanationsTest {
    private static final Locale NL = LocalizedText.DUTCH;
    /** English words that are no Dutch words (so not "is", "in", "of", "minimum", "per", "audit", "code"). */
    private static final List<String> ENGLISH = List.of(
            "the",
            "and",
            "for",
            "with",
            "not",
            "on",
            "by",
            "to",
            "active",
            "expired",
            "suspended",
            "silent",
            "entry",
            "valid",
            "until",
            "missing",
            "accepted",
            "points",
            "hours",
            "sessions",
            "clients",
            "years",
            "none",
            "object",
            "expected",
            "found",
            "from",
            "level",
            "conduct",
            "complaints",
            "procedure",
            "privacy",
            "statement",
            "body",
            "looking",
            "career",
            "advice",
            "evidence",
            "applicant",
            "experience",
            "education",
            "reflection",
            "scheme",
            "rule",
            "holder",
            "registered",
            "date",
            "days",
            "due",
            "only",
            "least",
            "required",
            "year",
            "string",
            "number",
            "list",
            "text",
            "credits",
            "y",
            "h",
            "version",
            "another",
            "value");

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");
    private static final Pattern CAMEL = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");
    private static final Pattern BUNDLE_CODE = Pattern.compile("\\b(?:quality|core)\\.[a-z]");
    private static final Pattern VERSION = Pattern.compile("\\(schema [a-z0-9-]+, versie [^)]+\\)$");

    /** The wire codes with words of their own: these must never show in a Dutch text. */
    private static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        for (String kindAndCode : QualityTerms.codes()) {
            String code = kindAndCode.substring(kindAndCode.indexOf('.') + 1);
            if (code.contains("-") || code.contains("/") || code.matches(".*[A-Z].*")) {
                codes.add(code);
            }
        }
        return codes;
    }

    @Test
    void everyDutchTextOfTheBuiltInCatalogueIsDutch() {
        Map<String, String> offending = new TreeMap<>();
        Map<String, Set<Verdict>> verdictsByRule = new HashMap<>();
        Set<String> seenCodes = new TreeSet<>();
        Pattern codes = Pattern.compile("(?<![\\p{L}-])(?:"
                + String.join("|", codes().stream().map(Pattern::quote).toList()) + ")(?![\\p{L}-])");
        int texts = 0;
        for (int horizon : new int[] {0, 30, 60, 120}) {
            QualityChecker checker =
                    QualityChecker.builder().warningDays(horizon).build();
            Random rnd = new Random(13);
            for (int i = 0; i < RuleOutcomesGoldenTest.CASES; i++) {
                long seed = rnd.nextLong();
                int day = rnd.nextInt(6000);
                RuleCases.Case c = RuleCases.of(seed, day, i);
                if (c.target().startsWith("generated") || c.target().startsWith("policy:gen")) {
                    continue; // generated rules have made-up ids and codes; the built-in catalogue is what ships
                }
                QualityReport report = c.check(checker);
                for (Diagnostic d : report.diagnostics()) {
                    texts++;
                    check("diagnostic " + d.code(), d.message().resolve(NL), codes, offending, false);
                }
                for (SchemeResult s : report.schemes()) {
                    s.explanation().ifPresent(e -> check(s.scheme(), e.resolve(NL), codes, offending, false));
                    for (RuleResult r : s.rules()) {
                        texts++;
                        seenCodes.add(r.code());
                        verdictsByRule
                                .computeIfAbsent(r.ruleId(), k -> EnumSet.noneOf(Verdict.class))
                                .add(r.verdict());
                        check(
                                r.ruleId() + " " + r.code(),
                                r.explanation().resolve(NL),
                                codes,
                                offending,
                                r.code().startsWith("quality.rule."));
                    }
                }
            }
        }
        assertThat(offending).as("Dutch texts with English words or codes").isEmpty();
        assertThat(texts).isGreaterThan(10_000);
        // the cases drive every rule of every built-in scheme, and each to more than one verdict
        for (Scheme scheme : SchemeCatalogue.builtIn().schemes()) {
            for (Rule rule : scheme.rules()) {
                assertThat(verdictsByRule).as(rule.id()).containsKey(rule.id());
            }
        }
        long several =
                verdictsByRule.values().stream().filter(v -> v.size() > 1).count();
        assertThat(several).as("rules seen with more than one verdict").isGreaterThan(verdictsByRule.size() * 3L / 4);
        assertThat(seenCodes)
                .contains(
                        "quality.rule.registration.valid",
                        "quality.rule.registration.expiring",
                        "quality.rule.registration.expired",
                        "quality.rule.registration.status",
                        "quality.rule.minimum.met",
                        "quality.rule.minimum.short",
                        "quality.rule.documents.missing",
                        "quality.rule.documents.met",
                        "quality.rule.education.unmet",
                        "quality.rule.education.met",
                        "quality.rule.experience.met",
                        "quality.rule.experience.short",
                        "quality.rule.evidence-missing",
                        "quality.rule.parameter-missing",
                        "quality.rule.deemed",
                        "quality.rule.equivalence.holds",
                        "quality.rule.equivalence.absent",
                        "quality.rule.entry-only");
    }

    private static void check(
            String where, String nl, Pattern codes, Map<String, String> offending, boolean versioned) {
        List<String> problems = problems(nl, codes, versioned);
        if (!problems.isEmpty()) {
            offending.putIfAbsent(where + ": " + nl, String.join("; ", problems));
        }
    }

    /** What is not Dutch in a Dutch text (for other tests): English words, codes, brackets, a missing version. */
    static List<String> problems(String nl, boolean versioned) {
        return problems(
                nl,
                Pattern.compile("(?<![\\p{L}-])(?:"
                        + String.join("|", codes().stream().map(Pattern::quote).toList()) + ")(?![\\p{L}-])"),
                versioned);
    }

    private static List<String> problems(String nl, Pattern codes, boolean versioned) {
        List<String> problems = new ArrayList<>();
        Matcher w = WORD.matcher(nl);
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (ENGLISH.contains(word)) {
                problems.add("English word '" + w.group() + "'");
            }
        }
        Matcher code = codes.matcher(nl);
        if (code.find()) {
            problems.add("code '" + code.group() + "'");
        }
        if (CAMEL.matcher(nl).find() || BUNDLE_CODE.matcher(nl).find()) {
            problems.add("field name or message code");
        }
        if (nl.contains("[") || nl.contains("{")) {
            problems.add("list in brackets or unfilled placeholder");
        }
        if (versioned && !VERSION.matcher(nl).find()) {
            problems.add("no scheme version");
        }
        return problems;
    }

    @Test
    void theTextNamesTheTermPeriodAndVersionItApplied() {
        var registration = Fixtures.registration("rl-adviser-valid.yaml");
        QualityReport report =
                QualityChecker.builtIn().check(registration, "noloc-rl", java.time.LocalDate.of(2026, 11, 28));
        RuleResult valid = report.schemes().get(0).rule("NOLOC-RL-VALID").orElseThrow();
        String nl = valid.explanation().resolve(NL);
        assertThat(nl)
                .startsWith("De inschrijving in noloc-rl is actief, geldig ")
                .contains("tot en met 2027-02-28")
                .endsWith("(schema noloc-rl, versie 2021.1)");
        assertThat(valid.explanation().resolve(Locale.ENGLISH)).contains("valid until 2027-02-28");
    }
}
