/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The registration model: an {@link io.github.careerguidance.quality.registration.Organisation} and its
 * {@link io.github.careerguidance.quality.registration.Professional}s with the evidence quality schemes ask for,
 * and {@link io.github.careerguidance.quality.registration.RegistrationValidator}, which reports structural
 * problems (KvK number, postcode, ranges) as diagnostics with JSON Pointer paths.
 */
package io.github.careerguidance.quality.registration;
