/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * What kind of area a {@link Region} names.
 *
 * @since 0.1.0
 */
public enum RegionKind {
    /** A province, by ISO 3166-2:NL code. */
    PROVINCE("province"),
    /** A labour-market region (arbeidsmarktregio), by a code the integrator chooses. */
    LABOUR_MARKET_REGION("labour-market-region");

    private final String code;

    RegionKind(String code) {
        this.code = code;
    }

    /**
     * The stable wire code.
     *
     * @return {@code province} or {@code labour-market-region}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The kind for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code province} or {@code LABOUR_MARKET_REGION}
     * @return the kind
     * @throws IllegalArgumentException for an unknown code
     */
    @JsonCreator
    public static RegionKind fromCode(String code) {
        return EnumCodes.fromCode(RegionKind.class, RegionKind::code, code, "region kind");
    }
}
