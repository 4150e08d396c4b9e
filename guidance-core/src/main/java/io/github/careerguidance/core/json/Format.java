/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

/** The two formats a {@link GuidanceCodec} reads and writes. Internal to the package. */
enum Format {
    /** JSON, written indented. */
    JSON,
    /** YAML. */
    YAML
}
