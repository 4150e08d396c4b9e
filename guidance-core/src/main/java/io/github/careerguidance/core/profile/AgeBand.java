/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.OptionalInt;

/**
 * An age band: a profile stores the band, never the birth date or exact age.
 *
 * <p>The bands follow the life stages a guidance portal routes on (secondary school, studying, starting a career,
 * mid-career, later career, approaching and after retirement). They are a guidance convention for routing, not a
 * published statistical classification; the youngest band starts at 12.
 *
 * <pre>{@code
 * AgeBand band = AgeBand.ofAge(19);    // AGE_18_22
 * band.code();                         // "18-22"
 * AgeBand.fromCode("67-plus");         // AGE_67_PLUS
 * }</pre>
 *
 * @since 0.1.0
 */
public enum AgeBand {
    /** 12 to 17 years: secondary school. */
    AGE_12_17("12-17", 12, 17),
    /** 18 to 22 years. */
    AGE_18_22("18-22", 18, 22),
    /** 23 to 29 years. */
    AGE_23_29("23-29", 23, 29),
    /** 30 to 44 years. */
    AGE_30_44("30-44", 30, 44),
    /** 45 to 54 years. */
    AGE_45_54("45-54", 45, 54),
    /** 55 to 66 years. */
    AGE_55_66("55-66", 55, 66),
    /** 67 years and older; the band has no upper bound. */
    AGE_67_PLUS("67-plus", 67, -1);

    /** The highest age {@link #ofAge(int)} accepts. */
    public static final int MAX_AGE = 130;

    private final String code;
    private final int min;
    private final int max;

    AgeBand(String code, int min, int max) {
        this.code = code;
        this.min = min;
        this.max = max;
    }

    /**
     * The stable wire code, such as {@code 18-22} or {@code 67-plus}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The lowest age in the band, inclusive.
     *
     * @return the lower bound
     */
    public int minAge() {
        return min;
    }

    /**
     * The highest age in the band, inclusive.
     *
     * @return the upper bound, or empty for the open band {@link #AGE_67_PLUS}
     */
    public OptionalInt maxAge() {
        return max < 0 ? OptionalInt.empty() : OptionalInt.of(max);
    }

    /**
     * Whether an age falls in this band.
     *
     * @param age the age in whole years
     * @return true when {@code minAge() <= age <= maxAge()}
     */
    public boolean contains(int age) {
        return age >= min && (max < 0 || age <= max);
    }

    /**
     * A label for the band, such as "18–22 jaar" / "18–22 years".
     *
     * @return the label in Dutch and English
     */
    public LocalizedText label() {
        return max < 0
                ? LocalizedText.of(min + " jaar en ouder", min + " years and older")
                : LocalizedText.of(min + "–" + max + " jaar", min + "–" + max + " years");
    }

    /**
     * The band of an age. Only the band should be stored; the age itself is not kept.
     *
     * @param age the age in whole years
     * @return the band
     * @throws IllegalArgumentException if the age is below 12 (no band) or above {@link #MAX_AGE}
     */
    public static AgeBand ofAge(int age) {
        if (age < AGE_12_17.min || age > MAX_AGE) {
            throw new IllegalArgumentException(
                    "age must be between " + AGE_12_17.min + " and " + MAX_AGE + " but was " + age);
        }
        for (AgeBand band : values()) {
            if (band.contains(age)) {
                return band;
            }
        }
        throw new AssertionError("no band for age " + age);
    }

    /**
     * The band for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code 18-22}, {@code 67-plus} or {@code AGE_18_22}
     * @return the band
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     */
    @JsonCreator
    public static AgeBand fromCode(String code) {
        return EnumCodes.fromCode(AgeBand.class, AgeBand::code, code, "age band");
    }
}
