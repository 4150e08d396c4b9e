/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The reference-size journey of the decision benchmarks, its visitor, contact point and scripted walk: what the SDK
 * engine and every peer in {@code benchmarks.peers} decide on. Depends on no other package of the benchmarks, so
 * the benchmarks and the peers both use it and the peers never depend on the benchmarks.
 */
package io.github.careerguidance.benchmarks.journey;
