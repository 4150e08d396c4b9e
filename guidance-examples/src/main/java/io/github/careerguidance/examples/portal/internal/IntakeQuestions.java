/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The intake's optional questions besides the employment situation: age band and highest completed education level
 * (the profile fields content conditions can name, {@code profile: ageBand} and {@code profile: educationLevel}).
 * Each starts at "zeg ik liever niet", which leaves the field out of the profile.
 */
final class IntakeQuestions {
    private IntakeQuestions() {}

    /** Appends the two optional selects. */
    static void optional(Page p, Request r) {
        select(
                p,
                r,
                "ageBand",
                LocalizedText.of("Je leeftijd (niet verplicht)", "Your age (optional)"),
                Arrays.stream(AgeBand.values())
                        .map(b -> Map.entry(b.code(), b.label()))
                        .toList());
        select(
                p,
                r,
                "education",
                LocalizedText.of(
                        "Je hoogst afgeronde opleiding (niet verplicht)",
                        "Your highest completed education (optional)"),
                Arrays.stream(EducationLevel.values())
                        .map(e -> Map.entry(e.code(), e.label()))
                        .toList());
    }

    /**
     * Appends an optional select: its label, "zeg ik liever niet" (an empty value, left out of the profile) first,
     * then the choices (code and label).
     */
    static void select(
            Page p, Request r, String name, LocalizedText label, List<Map.Entry<String, LocalizedText>> choices) {
        p.raw("<div class=\"field\"><label")
                .attr("for", name)
                .raw(">")
                .text(r.t(label))
                .raw("</label><select")
                .attr("id", name)
                .attr("name", name)
                .raw("><option value=\"\">")
                .text("Zeg ik liever niet", "I prefer not to say")
                .raw("</option>");
        for (Map.Entry<String, LocalizedText> choice : choices) {
            p.raw("<option")
                    .attr("value", choice.getKey())
                    .raw(">")
                    .text(r.t(choice.getValue()))
                    .raw("</option>");
        }
        p.raw("</select></div>");
    }
}
