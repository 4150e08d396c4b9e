/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import io.github.careerguidance.core.meta.Beta;
import java.time.Instant;

/**
 * A table whose rows expire: {@link Retention} calls {@link #purgeBefore(Instant)} on start-up and daily. Every table
 * of the portal that holds a visitor's data (sessions, resume codes, callback requests, ...) implements it.
 *
 * @since 0.1.0
 */
@Beta
@FunctionalInterface
public interface Purgeable {
    /**
     * Deletes the rows last touched before a moment, committed before it returns.
     *
     * @param cutoff rows idle since before this moment go; rows touched at or after it stay
     * @return how many rows were deleted
     * @throws SessionStoreException when the table cannot be written
     */
    int purgeBefore(Instant cutoff);
}
