/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * A field of the core {@code ClientProfile} that a condition may look at.
 *
 * <p>The wire code is the profile's JSON property name ({@code educationLevel}); the values compared are the
 * wire codes of the core types ({@code mbo-4}, {@code 23-29}, {@code unemployed-with-benefit}, a region code
 * such as {@code NL-UT}, an intake goal code, a language such as {@code nl}). An absent field makes every
 * comparison on it false.
 *
 * @since 0.1.0
 */
public enum ProfileField {
    /** The age band, such as {@code 23-29} (core {@code AgeBand}). */
    AGE_BAND("ageBand"),
    /** The highest completed education level, such as {@code mbo-4} (core {@code EducationLevel}). */
    EDUCATION_LEVEL("educationLevel"),
    /** The employment situation, such as {@code unemployed-with-benefit} (core {@code EmploymentSituation}). */
    EMPLOYMENT("employment"),
    /** The region code: an ISO province code such as {@code NL-UT} or a labour-market region code. */
    REGION("region"),
    /** The intake goal code, such as {@code looking-for-work}. */
    GOAL("goal"),
    /** The preferred language, such as {@code nl}. */
    PREFERRED_LANGUAGE("preferredLanguage");

    private final String code;

    ProfileField(String code) {
        this.code = code;
    }

    /**
     * The wire code: the profile's JSON property name.
     *
     * @return the code, such as {@code educationLevel}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The constant for a wire code, accepting the code or the constant name case-insensitively.
     *
     * @param code the code, such as {@code educationLevel} or {@code EDUCATION_LEVEL}
     * @return the constant
     * @throws IllegalArgumentException listing the allowed codes when none matches
     */
    @JsonCreator
    public static ProfileField fromCode(String code) {
        return EnumCodes.fromCode(ProfileField.class, ProfileField::code, code, "profile field");
    }
}
