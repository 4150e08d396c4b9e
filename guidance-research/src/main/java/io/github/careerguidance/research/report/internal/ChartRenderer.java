/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.report.internal;

/** Renders one chart to PNG or SVG. Implementations are thread-safe. Internal. */
public interface ChartRenderer {
    /**
     * The chart as PNG.
     *
     * @return the PNG bytes
     */
    byte[] png();

    /**
     * The chart as SVG, as XChart writes it (with XML declaration and DOCTYPE).
     *
     * @return the SVG text
     */
    String svg();
}
