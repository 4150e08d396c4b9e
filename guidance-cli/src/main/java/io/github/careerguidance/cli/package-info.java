/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The {@code guidance} command line: {@link io.github.careerguidance.cli.GuidanceCli}.
 */
package io.github.careerguidance.cli;
