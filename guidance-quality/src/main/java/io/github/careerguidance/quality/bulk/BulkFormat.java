/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The input formats of a bulk check.
 *
 * @since 0.1.0
 */
public enum BulkFormat {
    /**
     * JSON: a JSON array of registrations, or NDJSON (one registration per line), told apart by the first byte that
     * is not white space ({@code [} is an array). See {@link io.github.careerguidance.core.json.RecordReader}.
     */
    JSON("json"),
    /** CSV in the flat layout of {@link RegistrationCsv}: one row per registration with at most one professional. */
    CSV("csv");

    private final String code;

    BulkFormat(String code) {
        this.code = code;
    }

    /**
     * The format of a file name: CSV for {@code .csv}, JSON (array or NDJSON) otherwise.
     *
     * @param fileName a file name or path
     * @return the format
     */
    public static BulkFormat forFileName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSON;
    }

    /**
     * The wire code.
     *
     * @return {@code json} or {@code csv}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The format for a code or constant name, case-insensitively.
     *
     * @param code the code
     * @return the format
     * @throws IllegalArgumentException if the code is unknown; the message lists the allowed codes
     */
    @JsonCreator
    public static BulkFormat fromCode(String code) {
        Objects.requireNonNull(code, "code");
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        for (BulkFormat f : values()) {
            if (f.code.equals(normalized)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown BulkFormat '" + code + "'; expected one of "
                + Arrays.stream(values()).map(BulkFormat::code).collect(Collectors.joining(", ")));
    }
}
