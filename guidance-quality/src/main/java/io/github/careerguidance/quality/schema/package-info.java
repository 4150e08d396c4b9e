/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The published JSON Schemas (draft 2020-12) of guidance-quality's file formats: schemes, policies and
 * registrations, generated from the value types and shipped in the jar (see {@link
 * io.github.careerguidance.quality.schema.QualitySchemas}).
 *
 * @since 0.1.0
 */
package io.github.careerguidance.quality.schema;
