/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

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
    EXPIRED("expired");

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
     * The status for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code silent} or {@code SILENT}
     * @return the status
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     */
    @JsonCreator
    public static RegistrationStatus fromCode(String code) {
        Objects.requireNonNull(code, "code");
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (RegistrationStatus status : values()) {
            if (status.code.equals(normalized)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown registration status '" + code + "'; expected one of "
                + Arrays.stream(values()).map(RegistrationStatus::code).collect(Collectors.joining(", ")));
    }
}
