/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.internal;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.ImmutableDiagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.MessageBundle;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The message bundle of guidance-journeys ({@code journeys.*} codes). Internal. */
public final class JourneyMessages {
    /** The bundle's base name. */
    public static final String BASE_NAME = "io/github/careerguidance/journeys/Messages";

    /** The bundle. */
    public static final MessageBundle BUNDLE = MessageBundle.load(BASE_NAME, JourneyMessages.class.getClassLoader());

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

    /**
     * Sets the source of every diagnostic of a result that has none.
     *
     * @param result the result
     * @param source the input's name
     * @param <T> the value type
     * @return the result with sourced diagnostics
     */
    public static <T> ReadResult<T> withSource(ReadResult<T> result, String source) {
        if (result.diagnostics().isEmpty()) {
            return result;
        }
        List<Diagnostic> sourced = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            sourced.add(d.source().isPresent() ? d : ImmutableDiagnostic.copyOf(d).withSource(source));
        }
        Diagnostics diagnostics = Diagnostics.of(sourced);
        return result.value().map(v -> ReadResult.success(v, diagnostics))
                .orElseGet(() -> ReadResult.failure(diagnostics));
    }
}
