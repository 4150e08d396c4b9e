/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

/** A licensed-items file for tests, with placeholder texts made by the test (never CAAS items). */
public final class PortalAccessInstrumentItemsFixture {
    private PortalAccessInstrumentItemsFixture() {}

    /**
     * The YAML of a complete caas-24 items file with placeholder texts and two anchors.
     *
     * @return the text
     */
    public static String yaml() {
        return PortalAccessInstrumentItemsTest.yaml("");
    }
}
