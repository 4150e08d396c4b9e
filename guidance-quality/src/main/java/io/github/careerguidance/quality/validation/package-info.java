/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Jakarta Validation constraint annotations for Dutch registration data: KvK number, vestigingsnummer, postcode,
 * register number, codes and web addresses. They are composed of {@code @Pattern}, so any Jakarta Validation
 * provider can check them.
 */
package io.github.careerguidance.quality.validation;
