/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Localized text: translations per language tag, a configurable fallback rule and missing-translation checks.
 */
package io.github.careerguidance.core.text;
