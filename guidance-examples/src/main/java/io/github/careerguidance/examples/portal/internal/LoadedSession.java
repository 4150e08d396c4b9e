/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;

/**
 * A stored session resumed on its engine, with the stored version it was read at (a save of a change must name it).
 *
 * @param engine the engine of the session's journey
 * @param session the resumed session
 * @param version the stored version it was read at
 */
record LoadedSession(JourneyEngine engine, Session session, long version) {}
