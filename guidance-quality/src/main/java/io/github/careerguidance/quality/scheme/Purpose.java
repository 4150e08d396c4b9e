/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;
import io.github.careerguidance.core.meta.Beta;

/**
 * What a check asks of a registration: whether its subjects hold a valid mark now ({@link #LISTING}), or whether
 * they meet a scheme's entry requirements ({@link #ADMISSION}).
 *
 * <p>{@code listing} checks the subjects that claim an entry (or, for a requirement set such as a subsidy
 * regulation, every subject); entry requirements are not applicable to holders. {@code admission} checks the
 * subjects that do not yet hold an entry (none, an {@code applicant} entry, or one expired or past its {@code validUntil}): the entry
 * requirements and the ongoing requirements that do not depend on holding an entry are assessed; those that do
 * (validity, CPD, reflection, clients, review cycles) are not applicable.
 *
 * @since 0.2.0
 */
@Beta
public enum Purpose {
    /** Holds a valid mark now: the default, and the behaviour of every check before purposes existed. */
    LISTING("listing"),
    /** Meets the entry requirements: may be admitted. */
    ADMISSION("admission");

    private final String code;

    Purpose(String code) {
        this.code = code;
    }

    /**
     * The wire code, such as {@code admission}.
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
    public static Purpose fromCode(String code) {
        return EnumCodes.fromCode(Purpose.class, Purpose::code, code, "purpose");
    }
}
