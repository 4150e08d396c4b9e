/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;
import io.github.careerguidance.core.meta.Beta;

/**
 * Why a date is a holiday for statutory terms under the Algemene termijnenwet
 * (https://wetten.overheid.nl/BWBR0002448).
 *
 * @since 0.1.0
 */
@Beta
public enum HolidayKind {
    /** An "algemeen erkende feestdag" named in art. 3(1): Nieuwjaarsdag, Paasmaandag, Koningsdag, 5 mei, ... */
    RECOGNISED,
    /** Goede Vrijdag, treated as a recognised holiday by art. 3(2). */
    EQUATED,
    /** A day equated by decree under art. 3(3), published in the Staatscourant; data per year. */
    DECREE;

    /**
     * The stable wire code: {@code recognised}, {@code equated} or {@code decree}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * The kind for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code decree}
     * @return the kind
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     */
    @JsonCreator
    public static HolidayKind fromCode(String code) {
        return EnumCodes.fromCode(HolidayKind.class, HolidayKind::code, code, "holiday kind");
    }
}
