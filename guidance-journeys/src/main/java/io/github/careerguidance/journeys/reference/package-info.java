/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The reference journeys shipped with guidance, in Dutch and English, loaded by
 * {@link io.github.careerguidance.journeys.reference.ReferenceJourneys}.
 *
 * @since 0.1.0
 */
package io.github.careerguidance.journeys.reference;
