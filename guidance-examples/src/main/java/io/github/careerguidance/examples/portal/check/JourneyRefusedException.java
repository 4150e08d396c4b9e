/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.check;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import java.util.Locale;
import java.util.Objects;

/**
 * The portal refuses to start with a journey that fails the SDK's check: one with errors (structure, policy,
 * locales, a file that cannot be read), or one that can show a visitor an empty information page (the logic
 * linter's {@code journeys.lint.empty-information}). The message lists the findings with their JSON Pointers.
 *
 * @since 0.1.0
 */
public final class JourneyRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final transient Diagnostics findings;

    /**
     * A refusal.
     *
     * @param source the file, or the name of a built-in journey
     * @param findings the findings that refuse it
     */
    public JourneyRefusedException(String source, Diagnostics findings) {
        super(describe(source, findings));
        this.source = Objects.requireNonNull(source, "source");
        this.findings = Objects.requireNonNull(findings, "findings");
    }

    /**
     * The file or built-in journey refused.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * The findings of the check (all of them, warnings included).
     *
     * @return the findings
     */
    public Diagnostics findings() {
        return findings;
    }

    private static String describe(String source, Diagnostics findings) {
        StringBuilder b = new StringBuilder("the journey in ")
                .append(source)
                .append(" fails the check, so the portal does not serve it:");
        int n = 0;
        for (var d : findings) {
            if (++n > Diagnostics.DISPLAY_LIMIT) {
                b.append("\n  ... and ")
                        .append(findings.size() - Diagnostics.DISPLAY_LIMIT)
                        .append(" more");
                break;
            }
            b.append("\n  ")
                    .append(d.severity().code())
                    .append(' ')
                    .append(d.location().isRoot() ? "/" : d.location())
                    .append(d.line().isPresent() ? " (line " + d.line().getAsInt() + ")" : "")
                    .append(": ")
                    .append(d.message(Locale.ENGLISH))
                    .append(" [")
                    .append(d.code())
                    .append(']');
        }
        return b.toString();
    }
}
