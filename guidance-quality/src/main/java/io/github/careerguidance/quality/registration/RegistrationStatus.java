/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * The status of an entry in a register or of a mark, as the holder claims it.
 *
 * @since 0.1.0
 */
public enum RegistrationStatus {
    /** Registered and listed; the usual state of a valid entry. */
    ACTIVE("active"),
    /** Registered but not listed publicly, such as the Register BKA "stille registratie". */
    SILENT("silent"),
    /** Temporarily not valid, for example after a complaint. */
    SUSPENDED("suspended"),
    /** No longer valid. */
    EXPIRED("expired"),
    /**
     * Applied for, not yet admitted: the subject of an {@code admission} check (see
     * {@link io.github.careerguidance.quality.scheme.Purpose#ADMISSION}). Never counts as registered.
     *
     * @since 0.2.0
     */
    APPLICANT("applicant");

    private final String code;

    RegistrationStatus(String code) {
        this.code = code;
    }

    /**
     * The wire code, such as {@code active}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Whether an entry with this status is held: active, silent or suspended (an applicant or an expired entry is
     * not, and may apply for admission).
     *
     * @return true when held
     * @since 0.2.0
     */
    public boolean held() {
        return this == ACTIVE || this == SILENT || this == SUSPENDED;
    }

    /**
     * The status for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code silent} or {@code SILENT}
     * @return the status
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     */
    @JsonCreator
    public static RegistrationStatus fromCode(String code) {
        return EnumCodes.fromCode(RegistrationStatus.class, RegistrationStatus::code, code, "registration status");
    }
}
