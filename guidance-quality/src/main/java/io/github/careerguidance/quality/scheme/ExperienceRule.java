/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.internal.QualityTerms;
import io.github.careerguidance.quality.registration.Experience;
import io.github.careerguidance.quality.registration.Professional;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * At least a minimum of relevant experience in hours and/or years (type {@code experience}; research rules NOLOC-RJ-HOURS, CMI-EXP, OA-ADVISER (b)).
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableExperienceRule.class)
@JsonDeserialize(as = ImmutableExperienceRule.class)
// "deprecation": the class permits Immutables' Json twin of its implementation, which Immutables marks deprecated
@SuppressWarnings("deprecation")
public abstract sealed class ExperienceRule extends Rule permits ImmutableExperienceRule, ImmutableExperienceRule.Json {
    /** Extended only by its permitted subtypes. */
    ExperienceRule() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableExperienceRule.Builder builder() {
        return ImmutableExperienceRule.builder();
    }

    @Override
    public Subject subject() {
        return Subject.PERSON;
    }

    /**
     * The minimum hours.
     *
     * @return the hours, if the rule counts hours
     */
    public abstract Optional<Integer> minimumHours();

    /**
     * The minimum years.
     *
     * @return the years, if the rule counts years
     */
    public abstract Optional<Double> minimumYears();

    /**
     * The lower minimum of hours for holders of a diploma of one of {@link #reducedForProgrammes()}.
     *
     * @return the hours, if there is a reduction
     */
    public abstract Optional<Integer> reducedMinimumHours();

    /**
     * The programmes whose diploma lowers the minimum.
     *
     * @return the programmes, possibly empty
     */
    public abstract List<AccreditedProgramme> reducedForProgrammes();

    /**
     * Evaluates the experience of the professional against the minimum hours (reduced for the
     * {@link #reducedForProgrammes()}) and years; the worse of the two counts.
     *
     * @param c the context
     * @return the outcome
     */
    @Override
    public RuleOutcome evaluate(RuleContext c) {
        if (c.professional().isEmpty()) {
            return wrongSubject(c);
        }
        Professional p = c.professional().get();
        if (minimumHours().isEmpty() && minimumYears().isEmpty()) {
            return c.notAssessable("quality.rule.parameter-missing", "parameter", "minimumHours/minimumYears");
        }
        if (p.experience().isEmpty()) {
            return c.notAssessable("quality.rule.evidence-missing", "evidence", "experience");
        }
        Experience exp = p.experience().get();
        RuleOutcome out = null;
        if (minimumHours().isPresent()) {
            int min = minimumHours().get();
            if (reducedMinimumHours().isPresent()
                    && p.education().stream()
                            .anyMatch(e -> AccreditedProgramme.completedOneOf(reducedForProgrammes(), e))) {
                min = reducedMinimumHours().get();
            }
            out = c.worst(
                    out,
                    exp.hours().isEmpty()
                            ? c.notAssessable("quality.rule.evidence-missing", "evidence", "experience.hours")
                            : exp.hours().get() >= min
                                    ? c.pass(
                                            "quality.rule.experience.met",
                                            "value",
                                            QualityTerms.hours(exp.hours().get()),
                                            "minimum",
                                            QualityTerms.hours(min))
                                    : c.fail(
                                            "quality.rule.experience.short",
                                            "value",
                                            QualityTerms.hours(exp.hours().get()),
                                            "minimum",
                                            QualityTerms.hours(min)));
        }
        if (minimumYears().isPresent()) {
            Object min = QualityTerms.years(minimumYears().get());
            out = c.worst(
                    out,
                    exp.years().isEmpty()
                            ? c.notAssessable("quality.rule.evidence-missing", "evidence", "experience.years")
                            : exp.years().get() >= minimumYears().get()
                                    ? c.pass(
                                            "quality.rule.experience.met",
                                            "value",
                                            QualityTerms.years(exp.years().get()),
                                            "minimum",
                                            min)
                                    : c.fail(
                                            "quality.rule.experience.short",
                                            "value",
                                            QualityTerms.years(exp.years().get()),
                                            "minimum",
                                            min));
        }
        return out.evidence("hours", exp.hours().orElse(null))
                .evidence("years", exp.years().map(ExperienceRule::trim).orElse(null));
    }

    /** A number of years as written: {@code 2} for 2.0, {@code 2.5} otherwise. */
    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    @Value.Check
    protected void check() {
        checkCommon();
        requirePositive("minimumHours", minimumHours());
        requirePositive("minimumYears", minimumYears());
        requirePositive("reducedMinimumHours", reducedMinimumHours());
    }
}
