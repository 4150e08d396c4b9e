/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

/**
 * A {@link SessionStore} could not read or write (the database is gone, the disk is full, ...).
 *
 * @since 0.1.0
 */
public final class SessionStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message and a cause.
     *
     * @param message what failed
     * @param cause why
     */
    public SessionStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
