/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Journey scenario tests in a JUnit 5 build: {@link io.github.careerguidance.junit.GuidanceScenarios} turns scenario
 * files into dynamic tests for a {@code @TestFactory}.
 */
@Beta
package io.github.careerguidance.junit;

import io.github.careerguidance.core.meta.Beta;
