/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.Education;
import io.github.careerguidance.quality.registration.EducationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One way to meet an education rule: a minimum NLQF level, fields, kinds, extra training hours, a maximum age of an EVC, credits, or an accredited programme.
 *
 * <p>Every stated criterion must hold. Criteria named in {@link #missingParameters()} are part of the source but
 * their value was not found; a professional who meets the stated criteria is then not assessable by this
 * alternative.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableEducationAlternative.class)
@JsonDeserialize(as = ImmutableEducationAlternative.class)
public abstract class EducationAlternative {
    /** Extended only by the generated immutable implementation. */
    EducationAlternative() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableEducationAlternative.Builder builder() {
        return ImmutableEducationAlternative.builder();
    }

    /**
     * An id for the alternative, used in explanations, such as {@code hbo-mens-en-organisatie}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The minimum NLQF level (hbo-bachelor: 6).
     *
     * @return the level, if required
     */
    public abstract Optional<Integer> minimumNlqfLevel();

    /**
     * The fields that count; empty means any field.
     *
     * @return the field codes
     */
    public abstract List<String> fields();

    /**
     * The kinds that count; empty means any kind.
     *
     * @return the kinds
     */
    public abstract List<EducationKind> kinds();

    /**
     * The minimum extra training hours.
     *
     * @return the hours, if required
     */
    public abstract Optional<Integer> minimumTrainingHours();

    /**
     * The maximum age in years of the qualification at the check date (EVC: at most 2 years old).
     *
     * @return the years, if limited
     */
    public abstract Optional<Integer> maximumAgeYears();

    /**
     * The minimum credits.
     *
     * @return the credits, if required
     */
    public abstract Optional<Integer> minimumCredits();

    /**
     * Accredited programmes; when not empty, the qualification must be a diploma of one of them, completed on or
     * after its date.
     *
     * @return the programmes
     */
    public abstract List<AccreditedProgramme> programmes();

    /**
     * Criteria the source names without a value that was found.
     *
     * @return the parameter names, possibly empty
     */
    public abstract List<String> missingParameters();

    /**
     * The credit levels the {@link #minimumCredits()} must be earned at: any one of them, in its own framework
     * (levels of different frameworks are never compared).
     *
     * @return the levels; empty when the level does not matter
     * @since 0.2.0
     */
    public abstract List<io.github.careerguidance.quality.registration.CreditLevel> creditLevels();

    /**
     * The categories of the register this alternative is for: the {@code level} of the professional's latest entry
     * in {@link io.github.careerguidance.quality.scheme.EducationRule#registrationScheme()} must be one of them (CDI:
     * {@code rcdp} or {@code careers-leader}). When the entry gives no category, a match by this alternative is not
     * assessable, never a pass.
     *
     * @return the category codes; empty means any category
     * @since 0.2.0
     */
    @Beta
    public abstract List<String> categories();

    /** Whether this alternative is for any category or for a known one; null means the category is not known. */
    boolean forCategory(String category) {
        return categories().isEmpty()
                || category == null
                || categories().stream().anyMatch(category::equalsIgnoreCase);
    }

    /** Whether an education meets this alternative as of a date (all but the training hours, which sum up). */
    boolean matches(Education e, LocalDate asOf) {
        return unknown(e, asOf) == null && matchesKnown(e, asOf);
    }

    /**
     * The evidence this alternative needs of an education that the education does not give, when everything it does
     * give meets the alternative; else null (it is met or it is not).
     */
    String unknown(Education e, LocalDate asOf) {
        if (!matchesKnown(e, asOf)) {
            return null;
        }
        if (minimumNlqfLevel().isPresent() && e.nlqfLevel().isEmpty()) {
            return "nlqfLevel";
        }
        if (!creditLevels().isEmpty() && e.creditLevel().isEmpty()) {
            return "creditLevel";
        }
        return null;
    }

    /** Whether an education meets this alternative on everything it gives. */
    private boolean matchesKnown(Education e, LocalDate asOf) {
        if (minimumNlqfLevel().isPresent()
                && e.nlqfLevel().isPresent()
                && e.nlqfLevel().get() < minimumNlqfLevel().get()) {
            return false;
        }
        if (!creditLevels().isEmpty()
                && e.creditLevel().isPresent()
                && creditLevels().stream().noneMatch(l -> e.creditLevel().get().meets(l))) {
            return false;
        }
        if (!fields().isEmpty()
                && (e.field().isEmpty() || !fields().contains(e.field().get()))) {
            return false;
        }
        if (!kinds().isEmpty() && !kinds().contains(e.kind())) {
            return false;
        }
        if (minimumCredits().isPresent()
                && e.credits().orElse(0) < minimumCredits().get()) {
            return false;
        }
        if (maximumAgeYears().isPresent()) {
            if (e.completed().isEmpty()
                    || e.completed().get().isAfter(asOf)
                    || e.completed().get().plusYears(maximumAgeYears().get()).isBefore(asOf)) {
                return false;
            }
        }
        return programmes().isEmpty() || AccreditedProgramme.completedOneOf(programmes(), e);
    }
}
