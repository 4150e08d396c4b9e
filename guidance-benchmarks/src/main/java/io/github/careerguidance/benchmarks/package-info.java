/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * JMH benchmarks of guidance against peers and the physical limit; see {@code guidance-benchmarks/README.md}.
 */
package io.github.careerguidance.benchmarks;
