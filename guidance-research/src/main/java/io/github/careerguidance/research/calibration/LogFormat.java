/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.core.meta.Beta;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats of an {@link EventLog} file.
 *
 * <p>Thread-safety: an enum; constants are immutable.
 *
 * @since 0.1.0
 */
@Beta
public enum LogFormat {
    /**
     * The documented CSV of events, one row per event ({@link EventLog#CSV_COLUMNS}; see
     * {@code guidance-research/EVENT-LOG.md}), for logs of portals that do not run the engine.
     */
    CSV,

    /**
     * The engine's stored sessions, one per line, as {@code JourneyEngine.store} writes them (usually of
     * {@code Session.anonymize()}d sessions): newline-delimited JSON.
     */
    ENGINE;

    /**
     * The wire code: {@code csv} or {@code engine}.
     *
     * @return the code
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format for a code (case-insensitive).
     *
     * @param code {@code csv} or {@code engine}
     * @return the format, or empty for an unknown code
     */
    public static Optional<LogFormat> fromCode(String code) {
        for (LogFormat f : values()) {
            if (f.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The format a file name suggests: {@code .csv} is CSV, anything else (such as {@code .ndjson} or
     * {@code .jsonl}) the engine's stored sessions.
     *
     * @param fileName the file name
     * @return the format
     */
    public static LogFormat forFileName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : ENGINE;
    }
}
