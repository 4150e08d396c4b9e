/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.internal;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.MessageBundle;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Map;

/** The message bundle of guidance-quality and small helpers around it. Internal. */
public final class QualityMessages {
    /** The bundle: {@code io/github/careerguidance/quality/Messages(_nl).properties}. */
    public static final MessageBundle BUNDLE = MessageBundle.load(
            "io/github/careerguidance/quality/Messages", name -> QualityMessages.class.getResourceAsStream("/" + name));

    private QualityMessages() {}

    /**
     * A diagnostic with a message from the bundle.
     *
     * @param severity the severity
     * @param code the code
     * @param at the location
     * @param args the arguments
     * @return the diagnostic
     */
    public static Diagnostic diagnostic(Severity severity, String code, JsonPointer at, Map<String, ?> args) {
        return BUNDLE.diagnostic(severity, code, at, args);
    }

    /**
     * A text from the bundle, its code arguments rendered as words ({@link QualityTerms#localize(Map)}).
     *
     * @param code the code
     * @param args the arguments
     * @return the text
     */
    public static LocalizedText text(String code, Map<String, ?> args) {
        return BUNDLE.text(code, QualityTerms.localize(args));
    }

    /**
     * Arguments as an ordered map.
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
