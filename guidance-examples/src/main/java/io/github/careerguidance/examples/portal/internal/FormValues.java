/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.intake.IntakeCatalogue;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.profile.ImmutableClientProfile;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.QuestionType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Turns the fields of a checked form into the engine's values: the intake profile and a question's answer. Whether a value fits its journey is the engine's call; here only its shape is read.
 */
final class FormValues {
    /** The longest text answer kept (one more character is passed on, so the engine reports it too long). */
    static final int MAX_TEXT_FIELD = Answer.MAX_TEXT_LENGTH;

    private FormValues() {}

    /**
     * The profile of the intake form: a known goal and, when given, a known employment situation, age band and
     * education level.
     *
     * @throws Problem 422 when the goal is missing or unknown, or an optional value unknown
     */
    static ClientProfile profile(Form f) throws Problem {
        String goal = f.first("goal")
                .orElseThrow(() -> Problem.unprocessable("Kies waarom je komt.", "Choose why you came."));
        if (IntakeCatalogue.builtIn().find(goal).isEmpty()) {
            throw Problem.unprocessable("Deze keuze kennen we niet.", "This choice is not known.");
        }
        ImmutableClientProfile.Builder profile = ClientProfile.builder().goal(goal);
        String employment = f.first("employment").orElse("");
        if (!employment.isEmpty()) {
            EmploymentSituation situation = null;
            for (EmploymentSituation e : EmploymentSituation.values()) {
                if (e.code().equals(employment)) {
                    situation = e;
                }
            }
            if (situation == null) {
                throw Problem.unprocessable("Deze situatie kennen we niet.", "This situation is not known.");
            }
            profile.employment(situation);
        }
        // optional, "zeg ik liever niet" is the empty value: content tied to them can then appear
        String age = f.first("ageBand").orElse("");
        if (!age.isEmpty()) {
            AgeBand band = null;
            for (AgeBand b : AgeBand.values()) {
                if (b.code().equals(age)) {
                    band = b;
                }
            }
            if (band == null) {
                throw Problem.unprocessable("Deze leeftijdsgroep kennen we niet.", "This age group is not known.");
            }
            profile.ageBand(band);
        }
        String education = f.first("education").orElse("");
        if (!education.isEmpty()) {
            EducationLevel level = null;
            for (EducationLevel e : EducationLevel.values()) {
                if (e.code().equals(education)) {
                    level = e;
                }
            }
            if (level == null) {
                throw Problem.unprocessable(
                        "Dit opleidingsniveau kennen we niet.", "This education level is not known.");
            }
            profile.educationLevel(level);
        }
        return profile.build();
    }

    /** The answer to a question, or empty when none was given or it cannot be read as the question's type. */
    static Optional<Answer> answer(Question q, Form f) {
        List<String> values = f.all("answer");
        try {
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                return values.isEmpty() ? Optional.empty() : Optional.of(Answer.choices(values));
            }
            String value = values.isEmpty() ? "" : values.get(0).strip();
            if (value.isEmpty()) {
                return Optional.empty();
            }
            switch (q.type()) {
                case SINGLE_CHOICE:
                    return Optional.of(Answer.choice(value));
                case SCALE:
                case NUMBER:
                    if (value.length() > 40) {
                        return Optional.empty();
                    }
                    return Optional.of(Answer.number(new BigDecimal(value.replace(',', '.'))));
                default:
                    return Optional.of(Answer.text(
                            value.length() > MAX_TEXT_FIELD ? value.substring(0, MAX_TEXT_FIELD + 1) : value));
            }
        } catch (IllegalArgumentException e) { // includes NumberFormatException
            return Optional.empty();
        }
    }
}
