/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * What an embedder implements to receive handover requests: {@link
 * io.github.careerguidance.journeys.handover.spi.HandoverSink}, which answers with a {@link
 * io.github.careerguidance.journeys.handover.spi.HandoverReceipt} or a {@link
 * io.github.careerguidance.journeys.handover.spi.HandoverException}. guidance ships two sinks to start with in
 * {@code io.github.careerguidance.journeys.handover}: in memory and a JSON Lines file.
 */
@Beta
package io.github.careerguidance.journeys.handover.spi;

import io.github.careerguidance.core.meta.Beta;
