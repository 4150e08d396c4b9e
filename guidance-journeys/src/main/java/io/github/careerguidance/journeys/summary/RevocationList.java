/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.summary;

import io.github.careerguidance.core.meta.Beta;
import java.util.Collection;
import java.util.Set;

/**
 * Which summary ids are revoked. An embedder backs it with its own store (a table of revoked ids); {@link
 * #of(Collection)} is a fixed list.
 *
 * <p>Implementations must be thread-safe: a {@link SummaryVerifier} calls them from any thread.
 *
 * @since 0.1.0
 */
@Beta
@FunctionalInterface
public interface RevocationList {
    /**
     * Whether a summary id is revoked.
     *
     * @param summaryId the id
     * @return true when revoked
     */
    boolean isRevoked(String summaryId);

    /**
     * No summary is revoked.
     *
     * @return an empty list
     */
    static RevocationList none() {
        return id -> false;
    }

    /**
     * A fixed list.
     *
     * @param revokedIds the revoked ids, copied
     * @return the list
     */
    static RevocationList of(Collection<String> revokedIds) {
        Set<String> ids = Set.copyOf(revokedIds);
        return ids::contains;
    }
}
