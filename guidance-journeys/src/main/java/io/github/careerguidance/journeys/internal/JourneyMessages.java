/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.internal;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.MessageBundle;
import io.github.careerguidance.core.diagnostics.Severity;
import java.util.Map;

/** The message bundle of guidance-journeys ({@code journeys.*} codes). Internal. */
public final class JourneyMessages {
    /** The bundle's base name. */
    public static final String BASE_NAME = "io/github/careerguidance/journeys/Messages";

    /** The bundle. */
    public static final MessageBundle BUNDLE =
            MessageBundle.load(BASE_NAME, name -> JourneyMessages.class.getResourceAsStream("/" + name));

    private JourneyMessages() {}

    /**
     * A diagnostic with the message for its code.
     *
     * @param severity the severity
     * @param code a {@code journeys.*} code
     * @param at where
     * @param arguments the placeholder values
     * @return the diagnostic
     */
    public static Diagnostic diagnostic(Severity severity, String code, JsonPointer at, Map<String, ?> arguments) {
        return BUNDLE.diagnostic(severity, code, at, arguments);
    }
}
