/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The façade between the journey engine and the handover SPI: {@link
 * io.github.careerguidance.journeys.handover.desk.HandoverDesk} finds why a session needs a person (own request,
 * safety net, stall, a follow-up behind on the plan), builds the routed {@link
 * io.github.careerguidance.journeys.handover.HandoverRequest} with its callback window and hands it to a {@link
 * io.github.careerguidance.journeys.handover.spi.HandoverSink}.
 */
@Beta
package io.github.careerguidance.journeys.handover.desk;

import io.github.careerguidance.core.meta.Beta;
