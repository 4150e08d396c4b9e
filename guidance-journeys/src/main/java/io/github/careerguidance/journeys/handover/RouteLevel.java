/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.meta.Beta;
import java.util.Objects;

/**
 * Which step of the fallback chain found the contact point: full postcode, then PC4 (the four digits), then the
 * labour-market region, then the national default.
 *
 * @since 0.1.0
 */
@Beta
public enum RouteLevel {
    /** The full postcode (four digits and two letters) is in the table. */
    POSTCODE("postcode"),
    /** Its four digits are in the table, singly or in a range. */
    PC4("pc4"),
    /** The region given with the request (for example the profile's labour-market region). */
    REGION("region"),
    /** Nothing more specific matched or served the client. */
    NATIONAL_DEFAULT("national-default");

    private final String code;

    RouteLevel(String code) {
        this.code = code;
    }

    /**
     * The stable wire code.
     *
     * @return {@code postcode}, {@code pc4}, {@code region} or {@code national-default}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The level for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code pc4}
     * @return the level
     * @throws IllegalArgumentException for an unknown code
     */
    @JsonCreator
    public static RouteLevel fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (RouteLevel l : values()) {
            if (l.code.equalsIgnoreCase(code) || l.name().equalsIgnoreCase(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException(
                "route level must be one of [postcode, pc4, region, national-default] but" + " was '" + code + "'");
    }
}
