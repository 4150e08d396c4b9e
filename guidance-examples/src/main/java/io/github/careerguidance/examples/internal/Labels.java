/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.internal;

import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.Verdict;
import java.util.Locale;

/** Short nl/en labels for enums that carry none. */
public final class Labels {
    private Labels() {}

    /**
     * The label of a support level.
     *
     * @param level the level
     * @return nl and en
     */
    public static LocalizedText level(SupportLevel level) {
        switch (level) {
            case SELF_HELP:
                return LocalizedText.of("zelfhulp", "self-help");
            case BRIEF_STAFF_ASSISTED:
                return LocalizedText.of("kort contact met een adviseur", "brief help from an adviser");
            default:
                return LocalizedText.of("persoonlijke begeleiding", "individual case-managed support");
        }
    }

    /**
     * The label of a verdict.
     *
     * @param verdict the verdict
     * @return nl and en
     */
    public static LocalizedText verdict(Verdict verdict) {
        switch (verdict) {
            case PASS:
                return LocalizedText.of("voldoet", "passes");
            case WARNING:
                return LocalizedText.of("voldoet, met waarschuwing", "passes, with a warning");
            case FAIL:
                return LocalizedText.of("voldoet niet", "fails");
            case NOT_ASSESSABLE:
                return LocalizedText.of("niet te beoordelen", "not assessable");
            default:
                return LocalizedText.of("niet van toepassing", "not applicable");
        }
    }

    /**
     * True for Dutch.
     *
     * @param locale the locale
     * @return whether the language is nl
     */
    public static boolean dutch(Locale locale) {
        return "nl".equals(locale.getLanguage());
    }
}
