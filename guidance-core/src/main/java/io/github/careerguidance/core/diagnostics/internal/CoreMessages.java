/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.diagnostics.internal;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.MessageBundle;
import io.github.careerguidance.core.diagnostics.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The core message bundle ({@code io/github/careerguidance/core/Messages}), loaded once for every package of
 * guidance-core that reports diagnostics, and a helper for message arguments. Internal: not part of the API.
 */
public final class CoreMessages {
    /** The core message bundle. */
    public static final MessageBundle BUNDLE = MessageBundle.load(
            "io/github/careerguidance/core/Messages", name -> CoreMessages.class.getResourceAsStream("/" + name));

    private CoreMessages() {}

    /**
     * A diagnostic of the core bundle.
     *
     * @param severity the severity
     * @param code the message code
     * @param at the location
     * @param args the message arguments
     * @return the diagnostic with its nl/en message
     */
    public static Diagnostic diagnostic(Severity severity, String code, JsonPointer at, Map<String, ?> args) {
        return BUNDLE.diagnostic(severity, code, at, args);
    }

    /**
     * Arguments as an ordered map, for tests and callers building messages.
     *
     * @param pairs key, value, key, value, ...
     * @return the map
     */
    public static Map<String, Object> args(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        return map;
    }
}
