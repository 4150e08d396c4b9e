/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.summary;

import io.github.careerguidance.core.meta.Beta;

/**
 * The verdict on a signed summary, checked in this order: malformed, tampered, revoked, expired, valid.
 *
 * @since 0.1.0
 */
@Beta
public enum VerificationStatus {
    /** The signature is good, the summary is not revoked and has not expired: it may be used. */
    VALID,
    /** The signature does not match the payload under the verifier's key: altered, or signed with another key. */
    TAMPERED,
    /** Authentic, but expired: refuse it. */
    EXPIRED,
    /** Authentic, but revoked by id: refuse it. */
    REVOKED,
    /** Not a signed summary at all (not JSON, missing fields, bad base64url, wrong format or algorithm). */
    MALFORMED;

    /**
     * Whether the summary may be used.
     *
     * @return true for {@link #VALID} only
     */
    public boolean isValid() {
        return this == VALID;
    }
}
