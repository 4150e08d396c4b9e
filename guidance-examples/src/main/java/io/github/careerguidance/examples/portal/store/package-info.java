/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Where the reference portal keeps its visitors' sessions: the {@link
 * io.github.careerguidance.examples.portal.store.SessionStore} contract and its JDBC implementation {@link
 * io.github.careerguidance.examples.portal.store.JdbcSessionStore} (embedded H2 by default, PostgreSQL by JDBC URL).
 */
package io.github.careerguidance.examples.portal.store;
