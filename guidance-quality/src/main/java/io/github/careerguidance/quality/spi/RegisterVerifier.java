/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.spi;

import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.quality.RuleResult;
import io.github.careerguidance.quality.SchemeResult;
import io.github.careerguidance.quality.Verdict;
import io.github.careerguidance.quality.internal.QualityMessages;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.scheme.Subject;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares the register entries a registration claims with the registers an integrator holds.
 *
 * <p>For every claimed {@link PersonRegistration} in a scheme that one of the sources {@linkplain
 * RegisterSource#covers(String) covers}, one {@link RuleResult} (rule {@value #RULE_ID}, type {@value #RULE_TYPE})
 * says whether the register confirms it, checked in this order:
 * <ol>
 *   <li>no register number claimed: {@link Verdict#NOT_ASSESSABLE} ({@code quality.register.no-number});</li>
 *   <li>the number is not in the register: {@link Verdict#FAIL} ({@code quality.register.not-found});</li>
 *   <li>the register's status differs from the claimed one: FAIL ({@code quality.register.status});</li>
 *   <li>the register's expiry has passed: FAIL ({@code quality.register.expired});</li>
 *   <li>the claim says valid longer than the register: FAIL ({@code quality.register.expiry-overstated});</li>
 *   <li>with {@link Builder#compareNames(boolean) name comparison} on, the professional's name differs from the
 *   register's: FAIL ({@code quality.register.name-mismatch});</li>
 *   <li>the claim says valid shorter than the register (an out-of-date claim): {@link Verdict#WARNING};</li>
 *   <li>the register's expiry is within the warning horizon: WARNING ({@code quality.register.expiring});</li>
 *   <li>otherwise PASS ({@code quality.register.match}).</li>
 * </ol>
 * The register's name for a person is personal data: it is compared only when asked, case, accents and spacing
 * ignored, and it never appears in evidence or explanations (the evidence says {@code match}, {@code mismatch} or
 * {@code not-given}).
 *
 * <pre>{@code
 * RegisterVerifier verifier = RegisterVerifier.builder()
 *         .addSource(CsvRegisterSource.load(Path.of("noloc-rl-export.csv"), "noloc-rl"))
 *         .build();
 * for (SchemeResult s : verifier.verify(registration, LocalDate.of(2026, 11, 28))) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe when its sources are.
 *
 * @since 0.1.0
 */
public final class RegisterVerifier {
    /** The rule id of every register comparison. */
    public static final String RULE_ID = "REGISTER-ENTRY";

    /** The rule type of every register comparison. */
    public static final String RULE_TYPE = "register-entry";

    private final List<RegisterSource> sources;
    private final boolean compareNames;
    private final int warningDays;

    private RegisterVerifier(Builder b) {
        this.sources = List.copyOf(b.sources);
        this.compareNames = b.compareNames;
        this.warningDays = b.warningDays;
    }

    /**
     * A builder with no sources, names not compared and a 60-day warning horizon.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies every covered claim of a registration.
     *
     * @param registration the registration
     * @param asOf the date to check as of
     * @return one scheme result per professional and covered scheme, in order; empty when nothing is covered
     */
    public List<SchemeResult> verify(Registration registration, LocalDate asOf) {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(asOf, "asOf");
        List<SchemeResult> out = new ArrayList<>();
        for (int p = 0; p < registration.professionals().size(); p++) {
            Professional professional = registration.professionals().get(p);
            Map<String, List<RuleResult>> perScheme = new LinkedHashMap<>();
            for (int r = 0; r < professional.registrations().size(); r++) {
                PersonRegistration claim = professional.registrations().get(r);
                Optional<RegisterSource> source = sourceFor(claim.scheme());
                if (source.isEmpty()) {
                    continue;
                }
                JsonPointer at = JsonPointer.of("professionals", String.valueOf(p), "registrations", String.valueOf(r));
                perScheme
                        .computeIfAbsent(claim.scheme(), k -> new ArrayList<>())
                        .add(verify(claim, professional.name(), source.get(), asOf, at));
            }
            JsonPointer subject = JsonPointer.of("professionals", String.valueOf(p));
            perScheme.forEach((scheme, rules) -> {
                Verdict verdict = Verdict.NOT_APPLICABLE;
                LocalDate changes = null;
                for (RuleResult rule : rules) {
                    verdict = verdict.combine(rule.verdict());
                    if (rule.changesOn().isPresent()
                            && (changes == null || rule.changesOn().get().isBefore(changes))) {
                        changes = rule.changesOn().get();
                    }
                }
                out.add(SchemeResult.builder()
                        .scheme(scheme)
                        .version("register")
                        .subject(Subject.PERSON)
                        .subjectRef(professional.id())
                        .location(subject)
                        .verdict(verdict)
                        .rules(rules)
                        .changesOn(Optional.ofNullable(changes))
                        .build());
            });
        }
        return out;
    }

    private Optional<RegisterSource> sourceFor(String scheme) {
        return sources.stream().filter(s -> s.covers(scheme)).findFirst();
    }

    /**
     * Verifies one claim against one register.
     *
     * @param claim the claimed entry
     * @param personName the professional's name, for the opt-in name comparison
     * @param source the register
     * @param asOf the date to check as of
     * @param at the claim's location in the registration
     * @return the result
     */
    public RuleResult verify(
            PersonRegistration claim,
            Optional<String> personName,
            RegisterSource source,
            LocalDate asOf,
            JsonPointer at) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(personName, "personName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(at, "at");
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("register", source.name());
        evidence.put("scheme", claim.scheme());
        evidence.put("claimedStatus", claim.status().code());
        claim.validUntil().ifPresent(d -> evidence.put("claimedValidUntil", d.toString()));
        if (claim.registerNumber().isEmpty()) {
            return result(
                    Verdict.NOT_ASSESSABLE, "quality.register.no-number", evidence, at, null, "scheme", claim.scheme());
        }
        String number = claim.registerNumber().get();
        evidence.put("number", number);
        Optional<RegisterEntry> found;
        try {
            found = source.lookup(claim.scheme(), number);
        } catch (RuntimeException e) {
            // an integrator's source must not throw; if it does, the claim is reported as not assessable
            return result(
                    Verdict.NOT_ASSESSABLE,
                    "quality.register.lookup-failed",
                    evidence,
                    at,
                    null,
                    "register",
                    source.name(),
                    "detail",
                    e.getClass().getSimpleName());
        }
        if (found.isEmpty()) {
            return result(
                    Verdict.FAIL,
                    "quality.register.not-found",
                    evidence,
                    at,
                    null,
                    "register",
                    source.name(),
                    "number",
                    number,
                    "scheme",
                    claim.scheme());
        }
        RegisterEntry entry = found.get();
        evidence.put("registerStatus", entry.status().code());
        entry.validUntil().ifPresent(d -> evidence.put("registerValidUntil", d.toString()));
        String nameCheck = !compareNames
                ? "off"
                : personName.isEmpty() || entry.name().isEmpty()
                        ? "not-given"
                        : comparable(personName.get())
                                        .equals(comparable(entry.name().get()))
                                ? "match"
                                : "mismatch";
        evidence.put("nameCheck", nameCheck);
        Object[] common = {
            "register",
            source.name(),
            "number",
            number,
            "scheme",
            claim.scheme(),
            "status",
            entry.status().code(),
            "claimed",
            claim.status().code(),
            "expiry",
            entry.validUntil().map(String::valueOf).orElse("-")
        };
        if (entry.status() != claim.status()) {
            return result(Verdict.FAIL, "quality.register.status", evidence, at, null, common);
        }
        Optional<LocalDate> expiry = entry.validUntil();
        if (expiry.isPresent() && expiry.get().isBefore(asOf)) {
            return result(Verdict.FAIL, "quality.register.expired", evidence, at, null, common);
        }
        if (expiry.isPresent()
                && claim.validUntil().isPresent()
                && claim.validUntil().get().isAfter(expiry.get())) {
            return result(
                    Verdict.FAIL,
                    "quality.register.expiry-overstated",
                    evidence,
                    at,
                    null,
                    with(common, "claimedExpiry", claim.validUntil().get()));
        }
        if ("mismatch".equals(nameCheck)) {
            return result(Verdict.FAIL, "quality.register.name-mismatch", evidence, at, null, common);
        }
        LocalDate changes = expiry.map(d -> d.plusDays(1)).orElse(null);
        if (expiry.isPresent()
                && claim.validUntil().isPresent()
                && claim.validUntil().get().isBefore(expiry.get())) {
            return result(
                    Verdict.WARNING,
                    "quality.register.expiry-stale",
                    evidence,
                    at,
                    changes,
                    with(common, "claimedExpiry", claim.validUntil().get()));
        }
        if (expiry.isPresent() && !asOf.isBefore(expiry.get().minusDays(warningDays))) {
            return result(
                    Verdict.WARNING,
                    "quality.register.expiring",
                    evidence,
                    at,
                    changes,
                    with(common, "days", ChronoUnit.DAYS.between(asOf, expiry.get())));
        }
        LocalDate warnFrom = expiry.map(d -> d.minusDays(warningDays)).orElse(null);
        return result(
                Verdict.PASS,
                expiry.isPresent() ? "quality.register.match" : "quality.register.match-no-expiry",
                evidence,
                at,
                warnFrom,
                common);
    }

    private static Object[] with(Object[] args, String key, Object value) {
        Object[] out = java.util.Arrays.copyOf(args, args.length + 2);
        out[args.length] = key;
        out[args.length + 1] = value;
        return out;
    }

    /** A name in comparable form: accents removed, lower case, white space collapsed. */
    static String comparable(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private static RuleResult result(
            Verdict verdict,
            String code,
            Map<String, String> evidence,
            JsonPointer at,
            LocalDate changesOn,
            Object... args) {
        return RuleResult.builder()
                .ruleId(RULE_ID)
                .ruleType(RULE_TYPE)
                .verdict(verdict)
                .code(code)
                .explanation(QualityMessages.text(code, QualityMessages.args(args)))
                .evidence(evidence)
                .location(at)
                .changesOn(Optional.ofNullable(changesOn))
                .build();
    }

    @Override
    public String toString() {
        return "RegisterVerifier[" + sources.size() + " sources, compareNames=" + compareNames + "]";
    }

    /**
     * Builds a {@link RegisterVerifier}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<RegisterSource> sources = new ArrayList<>();
        private boolean compareNames;
        private int warningDays = 60;

        private Builder() {}

        /**
         * Adds a register; for a scheme covered by several, the first added answers.
         *
         * @param source the register
         * @return this builder
         */
        public Builder addSource(RegisterSource source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Whether to compare the professional's name with the register's (off by default: names are personal
         * data, and a register number identifies the entry).
         *
         * @param compare true to compare
         * @return this builder
         */
        public Builder compareNames(boolean compare) {
            this.compareNames = compare;
            return this;
        }

        /**
         * How many days before the register's expiry the result becomes a warning.
         *
         * @param days 0 or more; 60 by default
         * @return this builder
         * @throws IllegalArgumentException if days is negative
         */
        public Builder warningDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("warningDays must be >= 0 but was " + days);
            }
            this.warningDays = days;
            return this;
        }

        /**
         * The verifier.
         *
         * @return the verifier
         */
        public RegisterVerifier build() {
            return new RegisterVerifier(this);
        }
    }
}
