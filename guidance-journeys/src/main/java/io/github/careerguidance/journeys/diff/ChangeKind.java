/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diff;

/**
 * Whether an element was added, removed or changed.
 *
 * @since 0.9.0
 */
public enum ChangeKind {
    /** Only in the new version. */
    ADDED,
    /** Only in the old version. */
    REMOVED,
    /** In both, different. */
    CHANGED
}
