/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import io.github.careerguidance.quality.internal.SmallMap;
import io.github.careerguidance.quality.scheme.RuleOutcome;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;

/**
 * The checker's {@link RuleOutcome}: a verdict under construction, with code, arguments, evidence and the date it
 * would change.
 *
 * <p>Arguments and evidence are small insertion-ordered maps in one array each (one outcome per rule and record in
 * a bulk check); the evidence map is made only when some evidence is added.
 */
final class Outcome implements RuleOutcome {
    final Verdict verdict;
    final String code;
    final Map<String, Object> args;
    private SmallMap<String> evidence;
    LocalDate changesOn;

    private Outcome(Verdict verdict, String code, Map<String, Object> args) {
        this.verdict = verdict;
        this.code = code;
        this.args = args;
    }

    static Outcome of(Verdict verdict, String code, Object... args) {
        return new Outcome(verdict, code, SmallMap.of(args));
    }

    /** A not-applicable outcome. */
    static Outcome notApplicable(String code, Object... args) {
        return of(Verdict.NOT_APPLICABLE, code, args);
    }

    /** A pass by equivalence: the rule {@code rule} holds because of a valid entry in {@code scheme}. */
    static Outcome deemed(String rule, String scheme) {
        Outcome o = of(Verdict.PASS, "quality.rule.deemed", "equivalence", rule, "scheme", scheme);
        o.evidence("deemedBy", rule);
        return o;
    }

    /** A rule that failed to evaluate (a bug); reported as not assessable. */
    static Outcome error(String rule, RuntimeException e) {
        return of(
                Verdict.NOT_ASSESSABLE,
                "quality.rule.internal-error",
                "rule",
                rule,
                "detail",
                e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    Map<String, String> evidenceMap() {
        return evidence == null ? Collections.emptyMap() : evidence;
    }

    @Override
    public Outcome evidence(String name, Object value) {
        if (value != null) {
            if (evidence == null) {
                evidence = new SmallMap<>();
            }
            evidence.put(name, String.valueOf(value));
        }
        return this;
    }

    @Override
    public Outcome changesOn(LocalDate date) {
        this.changesOn = date;
        return this;
    }

    @Override
    public Outcome changesNoLaterThan(LocalDate date) {
        if (date != null && (changesOn == null || date.isBefore(changesOn))) {
            this.changesOn = date;
        }
        return this;
    }

    @Override
    public boolean passed() {
        return verdict == Verdict.PASS;
    }

    /** The more telling of two outcomes; evidence of both is kept, the earliest change date wins. */
    static Outcome worst(Outcome a, Outcome b) {
        if (a == null) {
            return b;
        }
        Outcome w = a.verdict.combine(b.verdict) == b.verdict && b.verdict != a.verdict ? b : a;
        Outcome other = w == a ? b : a;
        if (other.evidence != null) {
            if (w.evidence == null) {
                w.evidence = new SmallMap<>();
            }
            other.evidence.forEach(w.evidence::putIfAbsent);
        }
        if (other.changesOn != null && (w.changesOn == null || other.changesOn.isBefore(w.changesOn))) {
            w.changesOn = other.changesOn;
        }
        return w;
    }

    @Override
    public String toString() {
        return "Outcome[" + verdict.code() + " " + code + "]";
    }
}
