/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;
import io.github.careerguidance.core.meta.Beta;

/**
 * A qualifications framework that gives credits a level. Levels of different frameworks are not compared: the
 * research gives no mapping between them.
 *
 * @since 0.2.0
 */
@Beta
public enum CreditFramework {
    /** The Qualifications and Credit Framework (England, Wales, Northern Ireland; levels 1 to 8). */
    QCF("qcf"),
    /** The Scottish Credit and Qualifications Framework (levels 1 to 12). */
    SCQF("scqf"),
    /** The European Qualifications Framework (levels 1 to 8). */
    EQF("eqf");

    private final String code;

    CreditFramework(String code) {
        this.code = code;
    }

    /**
     * The wire code, such as {@code scqf}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The constant for a wire code or constant name, case-insensitively.
     *
     * @param code the code
     * @return the constant
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     */
    @JsonCreator
    public static CreditFramework fromCode(String code) {
        return EnumCodes.fromCode(CreditFramework.class, CreditFramework::code, code, "credit framework");
    }
}
