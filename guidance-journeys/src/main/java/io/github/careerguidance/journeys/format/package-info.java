/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The journey file format: {@link io.github.careerguidance.journeys.format.JourneyFormat} reads and writes
 * journeys as JSON or YAML with diagnostics, and {@link io.github.careerguidance.journeys.format.JourneySchema}
 * gives the published JSON Schema.
 *
 * @since 0.1.0
 */
package io.github.careerguidance.journeys.format;
