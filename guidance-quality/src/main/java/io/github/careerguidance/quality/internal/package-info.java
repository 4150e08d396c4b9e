/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Implementation details of guidance-quality: rule evaluation, validator bootstrap, message bundle. Not API.
 */
package io.github.careerguidance.quality.internal;
