/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import java.util.function.Consumer;

/**
 * Writes bulk results as they come, one at a time, and the summary at the end. Created by {@link BulkReports}.
 *
 * <p>Use it as the sink of {@link BulkChecker#check(java.nio.file.Path, Consumer)}, then call {@link
 * #finish(BulkSummary)}. Write failures are thrown as {@link java.io.UncheckedIOException}. Not thread-safe.
 *
 * @since 0.1.0
 */
public interface BulkReportWriter extends Consumer<BulkResult>, AutoCloseable {
    /**
     * Writes one result.
     *
     * @param result the result
     */
    @Override
    void accept(BulkResult result);

    /**
     * Writes the summary, where the format has one (text), and flushes.
     *
     * @param summary the summary
     */
    void finish(BulkSummary summary);

    /** Flushes; the underlying writer is not closed. */
    @Override
    void close();
}
