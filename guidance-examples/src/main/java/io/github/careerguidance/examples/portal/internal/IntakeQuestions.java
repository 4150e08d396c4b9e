/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.EducationLevel;

/**
 * The intake's optional questions besides the employment situation: age band and highest completed education level
 * (the profile fields content conditions can name, {@code profile: ageBand} and {@code profile: educationLevel}).
 * Each starts at "zeg ik liever niet", which leaves the field out of the profile.
 */
final class IntakeQuestions {
    private IntakeQuestions() {}

    /** Appends the two optional selects. */
    static void optional(Page p, Request r) {
        p.raw("<div class=\"field\"><label for=\"ageBand\">")
                .text("Je leeftijd (niet verplicht)", "Your age (optional)")
                .raw("</label><select id=\"ageBand\" name=\"ageBand\"><option value=\"\">")
                .text("Zeg ik liever niet", "I prefer not to say")
                .raw("</option>");
        for (AgeBand b : AgeBand.values()) {
            p.raw("<option")
                    .attr("value", b.code())
                    .raw(">")
                    .text(r.t(b.label()))
                    .raw("</option>");
        }
        p.raw("</select></div>");
        p.raw("<div class=\"field\"><label for=\"education\">")
                .text("Je hoogst afgeronde opleiding (niet verplicht)", "Your highest completed education (optional)")
                .raw("</label><select id=\"education\" name=\"education\"><option value=\"\">")
                .text("Zeg ik liever niet", "I prefer not to say")
                .raw("</option>");
        for (EducationLevel e : EducationLevel.values()) {
            p.raw("<option")
                    .attr("value", e.code())
                    .raw(">")
                    .text(r.t(e.label()))
                    .raw("</option>");
        }
        p.raw("</select></div>");
    }
}
