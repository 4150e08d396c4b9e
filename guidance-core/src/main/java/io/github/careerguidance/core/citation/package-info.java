/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Citations: the sources of built-in models, catalogues and rules.
 */
package io.github.careerguidance.core.citation;
