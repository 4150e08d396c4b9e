/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/** Internal support of {@link io.github.careerguidance.core.plan}: the plan checks. Not part of the API. */
package io.github.careerguidance.core.plan.internal;
