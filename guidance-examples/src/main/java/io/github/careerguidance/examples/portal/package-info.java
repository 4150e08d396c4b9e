/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The reference one-stop portal ({@code bin/guidance serve}): server-rendered HTML on the JDK's own HTTP server,
 * sessions stored as the engine's JSON snapshot through a {@link io.github.careerguidance.examples.portal.store.SessionStore}
 * (embedded H2 by default, PostgreSQL by JDBC URL).
 */
package io.github.careerguidance.examples.portal;
