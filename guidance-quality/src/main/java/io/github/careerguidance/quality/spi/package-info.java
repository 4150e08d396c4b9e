/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Service provider interfaces: {@link io.github.careerguidance.quality.spi.RegisterSource} lets an integrator
 * verify claimed register entries against a register export they hold ({@link
 * io.github.careerguidance.quality.spi.CsvRegisterSource}), with {@link
 * io.github.careerguidance.quality.spi.RegisterVerifier} comparing each claim with the register.
 */
package io.github.careerguidance.quality.spi;
