/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Reading and writing guidance values as JSON and YAML, with bad input reported as diagnostics.
 */
package io.github.careerguidance.core.json;
