/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.meta.Beta;
import java.util.Locale;

/**
 * A routing table has errors, so no router is compiled from it. Read tables with {@link HandoverFormat} to get
 * the same diagnostics without an exception.
 *
 * @since 0.1.0
 */
@Beta
public class InvalidRoutingTableException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostics diagnostics;

    /**
     * An exception.
     *
     * @param diagnostics the table's diagnostics, with at least one error
     */
    public InvalidRoutingTableException(Diagnostics diagnostics) {
        super("the routing table has errors:\n" + diagnostics.render(Locale.ENGLISH));
        this.diagnostics = diagnostics;
    }

    /**
     * The table's diagnostics.
     *
     * @return the diagnostics
     */
    public Diagnostics diagnostics() {
        return diagnostics;
    }
}
