/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.internal;

import io.github.careerguidance.quality.Verdict;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;

/**
 * A verdict under construction: code, arguments, evidence and the date it would change. Internal.
 *
 * <p>Arguments and evidence are small insertion-ordered maps in one array each (one outcome per rule and record in
 * a bulk check); the evidence map is made only when some evidence is added.
 */
public final class Outcome {
    final Verdict verdict;
    final String code;
    final Map<String, Object> args;
    private SmallMap<String> evidence;
    LocalDate changesOn;

    Outcome(Verdict verdict, String code, Map<String, Object> args) {
        this.verdict = verdict;
        this.code = code;
        this.args = args;
    }

    /**
     * The verdict.
     *
     * @return the verdict
     */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * The message code.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The message arguments.
     *
     * @return the arguments
     */
    public Map<String, Object> arguments() {
        return args;
    }

    /**
     * The evidence, in the order it was added.
     *
     * @return the evidence; an empty, unmodifiable map when there is none
     */
    public Map<String, String> evidence() {
        return evidence == null ? Collections.emptyMap() : evidence;
    }

    /**
     * The date the verdict would change.
     *
     * @return the date or null
     */
    public LocalDate changesOnDate() {
        return changesOn;
    }

    /**
     * A not-applicable outcome.
     *
     * @param code the code
     * @param args the arguments
     * @return the outcome
     */
    public static Outcome notApplicable(String code, Object... args) {
        return of(Verdict.NOT_APPLICABLE, code, args);
    }

    /**
     * A pass by equivalence.
     *
     * @param rule the equivalence rule id
     * @param scheme the scheme whose entry counts
     * @return the outcome
     */
    public static Outcome deemed(String rule, String scheme) {
        return of(Verdict.PASS, "quality.rule.deemed", "equivalence", rule, "scheme", scheme).evidence("deemedBy", rule);
    }

    /**
     * A rule that failed to evaluate (a bug); reported as not assessable.
     *
     * @param rule the rule id
     * @param e the error
     * @return the outcome
     */
    public static Outcome error(String rule, RuntimeException e) {
        return of(Verdict.NOT_ASSESSABLE, "quality.rule.internal-error", "rule", rule,
                "detail", e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    static Outcome of(Verdict verdict, String code, Object... args) {
        return new Outcome(verdict, code, SmallMap.of(args));
    }

    Outcome evidence(String name, Object value) {
        if (value != null) {
            if (evidence == null) {
                evidence = new SmallMap<>();
            }
            evidence.put(name, String.valueOf(value));
        }
        return this;
    }

    Outcome changesOn(LocalDate date) {
        this.changesOn = date;
        return this;
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
}
