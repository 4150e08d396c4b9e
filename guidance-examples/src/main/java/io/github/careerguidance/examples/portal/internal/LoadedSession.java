/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;

/**
 * A stored session resumed on its engine.
 *
 * @param engine the engine of the session's journey
 * @param session the resumed session
 */
record LoadedSession(JourneyEngine engine, Session session) {
}
