/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Ready-made {@link io.github.careerguidance.journeys.handover.spi.HandoverSink}s for embedders to start with: an
 * in-memory queue ({@link io.github.careerguidance.journeys.handover.sink.InMemoryHandoverSink}) and an append-only
 * JSON Lines file ({@link io.github.careerguidance.journeys.handover.sink.JsonLinesHandoverSink}).
 */
@Beta
package io.github.careerguidance.journeys.handover.sink;

import io.github.careerguidance.core.meta.Beta;
