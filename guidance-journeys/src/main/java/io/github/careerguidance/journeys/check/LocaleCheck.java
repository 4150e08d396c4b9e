/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every text has every required locale. */
final class LocaleCheck {
    private final Journey journey;
    private final List<Locale> required;
    private final Diagnostics.Builder out;

    LocaleCheck(Journey journey, Diagnostics.Builder out) {
        this.journey = journey;
        this.required = journey.requiredLocales();
        this.out = out;
    }

    private void text(LocalizedText text, JsonPointer at) {
        Set<Locale> missing = text.missing(required);
        if (!missing.isEmpty()) {
            out.add(JourneyMessages.diagnostic(
                    Severity.ERROR,
                    "journeys.text.missing-locale",
                    at,
                    Map.of(
                            "locales",
                            missing.stream().map(Locale::toLanguageTag).collect(Collectors.joining(", ")))));
        }
    }

    private void text(Optional<LocalizedText> text, JsonPointer at) {
        text.ifPresent(t -> text(t, at));
    }

    void run() {
        if (required.isEmpty()) {
            return;
        }
        text(journey.title(), JsonPointer.of("title"));
        text(journey.description(), JsonPointer.of("description"));
        for (int i = 0; i < journey.steps().size(); i++) {
            Step s = journey.steps().get(i);
            JsonPointer at = JsonPointer.of("steps").append(i);
            text(s.title(), at.append("title"));
            text(s.text(), at.append("text"));
            for (int c = 0; c < s.content().size(); c++) {
                JsonPointer itemAt = at.append("content").append(c);
                text(s.content().get(c).title(), itemAt.append("title"));
                text(s.content().get(c).text(), itemAt.append("text"));
            }
            s.question().ifPresent(q -> {
                JsonPointer qAt = at.append("question");
                text(q.prompt(), qAt.append("prompt"));
                text(q.help(), qAt.append("help"));
                text(q.minLabel(), qAt.append("minLabel"));
                text(q.maxLabel(), qAt.append("maxLabel"));
                for (int c = 0; c < q.choices().size(); c++) {
                    text(
                            q.choices().get(c).label(),
                            qAt.append("choices").append(c).append("label"));
                }
            });
            s.reflection().ifPresent(r -> {
                for (int p = 0; p < r.prompts().size(); p++) {
                    text(
                            r.prompts().get(p),
                            at.append("reflection").append("prompts").append(p));
                }
            });
            s.action().ifPresent(a -> text(a.text(), at.append("action").append("text")));
            s.outcome().ifPresent(o -> {
                text(o.text(), at.append("outcome").append("text"));
                text(o.referTo(), at.append("outcome").append("referTo"));
            });
        }
    }
}
