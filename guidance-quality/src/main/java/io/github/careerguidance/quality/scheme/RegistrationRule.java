/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.internal.QualityTerms;
import io.github.careerguidance.quality.registration.OrganisationMark;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The holder has an entry in the scheme with an accepted status that has not expired as of the check date (type {@code registration}; research rules *-VALID, *-STATUS, CMI-LEVEL).
 *
 * <p>The expiry is the entry's {@code validUntil}; when that is missing it is {@code validFrom} plus the validity term
 * that applies to the issue date. A warning starts {@code warnMonthsBeforeExpiry} months before the expiry (or the
 * checker's warning days, whichever is earlier).
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableRegistrationRule.class)
@JsonDeserialize(as = ImmutableRegistrationRule.class)
// "deprecation": the class permits Immutables' Json twin of its implementation, which Immutables marks deprecated
@SuppressWarnings("deprecation")
public abstract sealed class RegistrationRule extends Rule
        permits ImmutableRegistrationRule, ImmutableRegistrationRule.Json {
    /** Extended only by its permitted subtypes. */
    RegistrationRule() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableRegistrationRule.Builder builder() {
        return ImmutableRegistrationRule.builder();
    }

    /**
     * Whom the rule is about: person registrations or organisation marks.
     *
     * @return {@link Subject#PERSON} unless stated
     */
    @Override
    @Value.Default
    public Subject subject() {
        return Subject.PERSON;
    }

    /**
     * The statuses that count as registered.
     *
     * @return the statuses; {@code [active]} unless stated
     */
    @Value.Default
    public List<RegistrationStatus> acceptedStatuses() {
        return List.of(RegistrationStatus.ACTIVE);
    }

    /**
     * The validity terms by issue date; the one with the latest {@code issuedFrom} not after {@code validFrom}
     * applies.
     *
     * @return the terms, possibly empty (then {@code validUntil} is needed)
     */
    public abstract List<ValidityTerm> validityTerms();

    /**
     * Entries issued on or after this date are not of this scheme (CMI certificates: merged into the RL from
     * 2021).
     *
     * @return the date, if the scheme stopped issuing
     */
    public abstract Optional<LocalDate> issuedBefore();

    /**
     * What the rule looks at of the entry.
     *
     * @return {@link RegistrationAspect#ALL} unless stated
     * @since 0.2.0
     */
    @Value.Default
    public RegistrationAspect aspect() {
        return RegistrationAspect.ALL;
    }

    /**
     * The allowed levels; empty when the scheme has no levels.
     *
     * @return the levels
     */
    public abstract List<String> levels();

    /**
     * How many months before expiry the holder should act (CMI: apply 3 to 4 months before expiry).
     *
     * @return the months, if the source gives them
     */
    public abstract Optional<Integer> warnMonthsBeforeExpiry();

    /**
     * A regular expression the register number must match; no public source gives one for the built-in schemes.
     *
     * @return the pattern, if known
     */
    public abstract Optional<String> registerNumberPattern();

    /**
     * Evaluates the entry of the professional (the latest of the scheme) or the mark of the organisation: its status,
     * issue date, validity and expiry; for a professional also its level and register number.
     *
     * @param c the context
     * @return the outcome
     */
    @Override
    public RuleOutcome evaluate(RuleContext c) {
        if (c.professional().isPresent()) {
            return entry(c, RegistrationEntries.latest(c.professional().get().registrationsIn(c.schemeId())));
        }
        OrganisationMark mark =
                RegistrationEntries.latestMark(c.organisation().orElseThrow().marksOf(c.schemeId()));
        if (mark == null) {
            return c.fail("quality.rule.no-registration", "scheme", c.schemeId());
        }
        return validity(c, mark.status(), mark.validFrom(), mark.validUntil())
                .evidence("certificateNumber", mark.certificateNumber().orElse(null));
    }

    private RuleOutcome entry(RuleContext c, PersonRegistration entry) {
        if (aspect() == RegistrationAspect.LEVEL) {
            return level(c, entry);
        }
        if (entry == null) {
            return c.fail("quality.rule.no-registration", "scheme", c.schemeId());
        }
        RuleOutcome out = validity(c, entry.status(), entry.validFrom(), entry.validUntil());
        out.evidence("registerNumber", entry.registerNumber().orElse(null))
                .evidence("level", entry.level().orElse(null));
        if (!levels().isEmpty() && aspect() == RegistrationAspect.ALL) {
            if (entry.level().isEmpty()) {
                return c.worst(out, c.notAssessable("quality.rule.evidence-missing", "evidence", "level"));
            }
            if (!levels().contains(entry.level().get())) {
                return c.worst(
                        out,
                        c.fail(
                                "quality.rule.registration.level",
                                "level",
                                entry.level().get(),
                                "levels",
                                levels()));
            }
        }
        if (registerNumberPattern().isPresent()
                && entry.registerNumber().isPresent()
                && !registerNumberRegex().matcher(entry.registerNumber().get()).matches()) {
            return c.worst(
                    out,
                    c.fail(
                            "quality.rule.registration.number",
                            "number",
                            entry.registerNumber().get()));
        }
        return out;
    }

    /** The level of the entry alone: one of {@link #levels()}. */
    private RuleOutcome level(RuleContext c, PersonRegistration entry) {
        if (entry == null) {
            return c.notApplicable("quality.rule.registration.level-no-entry", "scheme", c.schemeId());
        }
        if (levels().isEmpty()) {
            return c.notAssessable("quality.rule.parameter-missing", "parameter", "levels");
        }
        if (entry.level().isEmpty()) {
            return c.notAssessable("quality.rule.evidence-missing", "evidence", "level");
        }
        RuleOutcome out = levels().contains(entry.level().get())
                ? c.pass(
                        "quality.rule.registration.level-met",
                        "level",
                        entry.level().get(),
                        "levels",
                        levels())
                : c.fail(
                        "quality.rule.registration.level",
                        "level",
                        entry.level().get(),
                        "levels",
                        levels());
        return out.evidence("level", entry.level().get());
    }

    /** {@link #registerNumberPattern()} compiled, once per rule. */
    @Value.Lazy
    Pattern registerNumberRegex() {
        return Pattern.compile(registerNumberPattern().orElse(""));
    }

    private RuleOutcome validity(
            RuleContext c, RegistrationStatus status, Optional<LocalDate> validFrom, Optional<LocalDate> validUntil) {
        String schemeId = c.schemeId();
        LocalDate asOf = c.asOf();
        RuleOutcome out;
        Integer termYears = validUntil.isPresent()
                ? null
                : validFrom
                        .flatMap(f -> RegistrationEntries.term(validityTerms(), f))
                        .orElse(null);
        Optional<LocalDate> expiry = validUntil.isPresent()
                ? validUntil
                : validFrom.flatMap(f -> RegistrationEntries.term(validityTerms(), f)
                        .map(y -> f.plusYears(y).minusDays(1)));
        Object period = expiry.map(e -> (Object) QualityTerms.validity(termYears, validFrom.orElse(null), e))
                .orElse("-");
        if (!acceptedStatuses().contains(status)) {
            out = c.fail(
                    "quality.rule.registration.status",
                    "scheme",
                    schemeId,
                    "status",
                    status.code(),
                    "accepted",
                    codes(acceptedStatuses()));
        } else if (issuedBefore().isPresent()
                && validFrom.isPresent()
                && !validFrom.get().isBefore(issuedBefore().get())) {
            out = c.fail(
                    "quality.rule.registration.issued-after",
                    "scheme",
                    schemeId,
                    "validFrom",
                    validFrom.get(),
                    "issuedBefore",
                    issuedBefore().get());
        } else if (validFrom.isPresent() && asOf.isBefore(validFrom.get())) {
            out = c.fail("quality.rule.registration.not-yet-valid", "scheme", schemeId, "validFrom", validFrom.get())
                    .changesOn(validFrom.get());
        } else if (expiry.isEmpty()) {
            out = validityTerms().isEmpty()
                    ? c.pass("quality.rule.registration.no-expiry", "scheme", schemeId, "status", status.code())
                    : c.notAssessable("quality.rule.evidence-missing", "evidence", "validFrom/validUntil");
        } else if (asOf.isAfter(expiry.get())) {
            out = c.fail(
                    "quality.rule.registration.expired", "scheme", schemeId, "expiry", expiry.get(), "period", period);
        } else {
            LocalDate warnFrom = expiry.get().minusDays(c.warningDays());
            if (warnMonthsBeforeExpiry().isPresent()) {
                LocalDate byMonths =
                        expiry.get().minusMonths(warnMonthsBeforeExpiry().get());
                warnFrom = byMonths.isBefore(warnFrom) ? byMonths : warnFrom;
            }
            if (!asOf.isBefore(warnFrom)) {
                out = c.warning(
                                "quality.rule.registration.expiring",
                                "scheme",
                                schemeId,
                                "expiry",
                                expiry.get(),
                                "days",
                                ChronoUnit.DAYS.between(asOf, expiry.get()),
                                "period",
                                period)
                        .changesOn(expiry.get().plusDays(1));
            } else {
                out = c.pass(
                                "quality.rule.registration.valid",
                                "scheme",
                                schemeId,
                                "status",
                                status.code(),
                                "expiry",
                                expiry.get(),
                                "period",
                                period)
                        .changesOn(warnFrom);
            }
        }
        return out.evidence("status", status.code())
                .evidence("validFrom", validFrom.orElse(null))
                .evidence("validUntil", validUntil.orElse(null))
                .evidence("expiry", expiry.orElse(null));
    }

    private static String codes(List<RegistrationStatus> statuses) {
        List<String> out = new ArrayList<>();
        statuses.forEach(s -> out.add(s.code()));
        return String.join(", ", out);
    }

    @Override
    List<ValidityTerm> entryValidityTerms() {
        return validityTerms();
    }

    /**
     * Not assessed on admission: it is about holding an entry.
     *
     * @return false
     */
    @Override
    public boolean assessedOnAdmission() {
        return false;
    }

    @Value.Check
    protected void check() {
        checkCommon();
        requirePositive("warnMonthsBeforeExpiry", warnMonthsBeforeExpiry());
        if (acceptedStatuses().isEmpty()) {
            throw new IllegalArgumentException("rule " + id() + ": acceptedStatuses must not be empty");
        }
        registerNumberPattern().ifPresent(java.util.regex.Pattern::compile);
    }
}
