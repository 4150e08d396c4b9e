/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.internal;

import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.profile.Region;
import io.github.careerguidance.journeys.model.Step;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a population model's codes are read: regions, profile field codes, numeric answers and the instrument of an
 * assessment step. Shared by the population checks and the samplers (package-private classes beside
 * {@code PopulationModel}); a leaf that imports no research package. Stateless.
 */
public final class PopulationCodes {
    private PopulationCodes() {}

    /**
     * The instrument of an assessment step: inline, or the built-in of that code.
     *
     * @param step the step
     * @return the instrument, or empty when the engine is given it separately
     */
    public static Optional<Instrument> instrument(Step step) {
        return step.assessment()
                .flatMap(a -> a.inline().or(() -> {
                    for (Instrument i : CompetenceModels.instruments()) {
                        if (i.code().equals(a.instrument())) {
                            return Optional.of(i);
                        }
                    }
                    return Optional.empty();
                }));
    }

    /**
     * A region from a population code: {@code NL-XX} is a province, anything else a labour-market region.
     *
     * @param code the code
     * @return the region
     * @throws IllegalArgumentException for an unknown province or a bad code
     */
    public static Region region(String code) {
        return code.startsWith("NL-") ? Region.province(code) : Region.labourMarketRegion(code);
    }

    /**
     * The code parser of a profile field.
     *
     * @param field the profile field code
     * @return the parser
     */
    public static Function<String, ?> parser(String field) {
        switch (field) {
            case "ageBand":
                return AgeBand::fromCode;
            case "educationLevel":
                return EducationLevel::fromCode;
            case "employment":
                return EmploymentSituation::fromCode;
            default:
                return PopulationCodes::region;
        }
    }

    /**
     * A number from its text, or null.
     *
     * @param text the text
     * @return the number or null
     */
    public static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
