/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.Education;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The professional has a qualification that meets one of the alternatives (type {@code education}; research rules NOLOC-RJ-EDU, OA-ADVISER (a), CDI-QUAL).
 *
 * <p>No alternatives means the source gives no entry requirement (the 2021 RL entry thresholds were not found): the
 * rule is not assessable.
 *
 * <p>An alternative with {@link EducationAlternative#categories()} holds only for a professional whose latest entry in
 * {@link #registrationScheme()} is in one of those categories (its {@link PersonRegistration#level()}; CDI-QUAL: 60
 * credits for a Registered Career Development Professional, 20 for a Registered Careers Leader). When the entry gives
 * no category, such alternatives are still tried, but a match by one is not assessable, naming the missing category;
 * when no alternative is for the entry's category, the rule is not assessable.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableEducationRule.class)
@JsonDeserialize(as = ImmutableEducationRule.class)
// "deprecation": the class permits Immutables' Json twin of its implementation, which Immutables marks deprecated
@SuppressWarnings("deprecation")
public abstract sealed class EducationRule extends Rule permits ImmutableEducationRule, ImmutableEducationRule.Json {
    /** Extended only by its permitted subtypes. */
    EducationRule() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableEducationRule.Builder builder() {
        return ImmutableEducationRule.builder();
    }

    @Override
    public Subject subject() {
        return Subject.PERSON;
    }

    /**
     * The alternatives; meeting one is enough.
     *
     * @return the alternatives, possibly empty
     */
    public abstract List<EducationAlternative> alternatives();

    /**
     * The scheme whose entry gives the category that
     * {@link io.github.careerguidance.quality.scheme.EducationAlternative#categories()} are matched against.
     *
     * @return the scheme id; the scheme of the rule when not stated
     * @since 0.2.0
     */
    @Beta
    public abstract Optional<String> registrationScheme();

    /**
     * Evaluates the education of the professional against the {@link #alternatives()} for the category of the
     * entry: the first alternative an education meets passes; one met but with
     * {@link EducationAlternative#missingParameters()}, or for a category while the entry gives none, is a candidate
     * (not assessable).
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
        if (alternatives().isEmpty()) {
            return c.notAssessable("quality.rule.parameter-missing", "parameter", "alternatives");
        }
        if (p.education().isEmpty()) {
            return c.notAssessable("quality.rule.evidence-missing", "evidence", "education");
        }
        boolean byCategory =
                alternatives().stream().anyMatch(a -> !a.categories().isEmpty());
        String category = null;
        if (byCategory) {
            PersonRegistration entry = RegistrationEntries.latest(
                    p.registrationsIn(registrationScheme().orElse(c.schemeId())));
            category = entry == null ? null : entry.level().orElse(null);
        }
        List<EducationAlternative> applicable = new ArrayList<>();
        for (EducationAlternative alt : alternatives()) {
            if (alt.forCategory(category)) {
                applicable.add(alt);
            }
        }
        if (applicable.isEmpty()) {
            return c.notAssessable("quality.rule.education.no-alternative", "category", category)
                    .evidence("category", category);
        }
        int trainingHours = p.education().stream()
                .mapToInt(e -> e.trainingHours().orElse(0))
                .sum();
        RuleOutcome candidate = null;
        for (EducationAlternative alt : applicable) {
            if (alt.minimumTrainingHours().isPresent()
                    && trainingHours < alt.minimumTrainingHours().get()) {
                continue;
            }
            for (Education e : p.education()) {
                if (alt.matches(e, c.asOf())) {
                    RuleOutcome o;
                    if (!alt.missingParameters().isEmpty()) {
                        o = c.notAssessable(
                                "quality.rule.education.candidate",
                                "alternative",
                                alt.id(),
                                "parameters",
                                alt.missingParameters());
                    } else if (category == null && !alt.categories().isEmpty()) {
                        // met, but only for a category the entry does not give: never an invented pass
                        o = c.notAssessable(
                                "quality.rule.education.category-unknown",
                                "alternative",
                                alt.id(),
                                "categories",
                                alt.categories());
                    } else {
                        o = c.pass("quality.rule.education.met", "alternative", alt.id());
                    }
                    o.evidence("nlqfLevel", e.nlqfLevel().orElse(null))
                            .evidence("field", e.field().orElse(null))
                            .evidence(
                                    "creditLevel",
                                    e.creditLevel()
                                            .map(l -> l.framework().code() + " " + l.level())
                                            .orElse(null))
                            .evidence("kind", e.kind().code())
                            .evidence("programme", e.programme().orElse(null))
                            .evidence("trainingHours", trainingHours);
                    if (byCategory) {
                        o.evidence("category", category);
                    }
                    if (o.passed()) {
                        if (alt.maximumAgeYears().isPresent()) {
                            o.changesOn(e.completed()
                                    .get()
                                    .plusYears(alt.maximumAgeYears().get())
                                    .plusDays(1));
                        }
                        return o;
                    }
                    candidate = candidate == null ? o : candidate;
                }
            }
        }
        // an education completed after the check counts from its completion on: the verdict can change that day
        LocalDate laterCompletion = p.education().stream()
                .flatMap(e -> e.completed().stream())
                .filter(d -> d.isAfter(c.asOf()))
                .min(LocalDate::compareTo)
                .orElse(null);
        if (candidate != null) {
            return candidate.changesNoLaterThan(laterCompletion);
        }
        // Nothing met: an education that meets an alternative on all it gives, but lacks what it asks, is not
        // assessable (an unknown NLQF or credit level), never a failure.
        for (EducationAlternative alt : applicable) {
            if (alt.minimumTrainingHours().isPresent()
                    && trainingHours < alt.minimumTrainingHours().get()) {
                continue;
            }
            for (Education e : p.education()) {
                String missing = alt.unknown(e, c.asOf());
                if (missing != null) {
                    RuleOutcome o = c.notAssessable(
                                    "quality.rule.education.level-unknown",
                                    "alternative",
                                    alt.id(),
                                    "evidence",
                                    missing)
                            .evidence("field", e.field().orElse(null))
                            .evidence("kind", e.kind().code())
                            .evidence("trainingHours", trainingHours);
                    o.changesNoLaterThan(laterCompletion);
                    return byCategory ? o.evidence("category", category) : o;
                }
            }
        }
        List<String> ids = new ArrayList<>();
        applicable.forEach(a -> ids.add(a.id()));
        RuleOutcome o = c.fail("quality.rule.education.unmet", "alternatives", ids)
                .evidence("trainingHours", trainingHours)
                .changesNoLaterThan(laterCompletion);
        return byCategory ? o.evidence("category", category) : o;
    }

    @Value.Check
    protected void check() {
        checkCommon();
    }
}
