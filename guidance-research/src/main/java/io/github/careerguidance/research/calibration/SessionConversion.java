/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionEvent;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.StepKind;
import java.util.ArrayList;
import java.util.List;

/** Turns an engine {@link Session} into an {@link ObservedSession}. Stateless. */
final class SessionConversion {
    private SessionConversion() {}

    static ObservedSession observe(String id, Session s, Journey journey, long line) {
        ImmutableObservedSession.Builder b = ObservedSession.builder().id(id).journey(s.journey());
        List<ObservedEvent> events = new ArrayList<>();
        boolean completed = false;
        for (SessionEvent e : s.events()) {
            ImmutableObservedEvent.Builder o = ObservedEvent.builder().line(line);
            e.step().ifPresent(o::step);
            switch (e.type()) {
                case STARTED: {
                    ClientProfile p = e.profile().orElseThrow();
                    p.ageBand().ifPresent(v -> b.putProfile("ageBand", v.code()));
                    p.educationLevel().ifPresent(v -> b.putProfile("educationLevel", v.code()));
                    p.employment().ifPresent(v -> b.putProfile("employment", v.code()));
                    p.region().ifPresent(v -> b.putProfile("region", v.code()));
                    p.goal().ifPresent(b::goal);
                    events.add(o.type(LogEvent.STARTED).build());
                    break;
                }
                case ANSWERED:
                    events.add(o.type(LogEvent.ANSWERED)
                            .answer(values(e.answer().orElseThrow()))
                            .build());
                    break;
                case ASSESSED:
                    events.add(
                            o.type(LogEvent.ASSESSED).responses(e.responses()).build());
                    break;
                case PROCEEDED: {
                    StepKind kind = journey.step(e.step().orElseThrow())
                            .map(x -> x.kind())
                            .orElse(StepKind.INFORMATION);
                    // an anonymised session logs an answer or assessment as "proceeded": the input is withheld
                    events.add(o.type(
                                    kind == StepKind.QUESTION
                                            ? LogEvent.ANSWERED
                                            : kind == StepKind.ASSESSMENT ? LogEvent.ASSESSED : LogEvent.PROCEEDED)
                            .build());
                    break;
                }
                case MOVED_BACK:
                    events.add(o.type(LogEvent.MOVED_BACK).build());
                    break;
                case CONTACT_REQUESTED:
                    events.add(o.type(LogEvent.CONTACT_REQUESTED).build());
                    break;
                case ESCALATED:
                    events.add(o.type(LogEvent.ESCALATED)
                            .level(e.to().orElseThrow().code())
                            .reason(e.reason().orElseThrow().code())
                            .build());
                    break;
                case COMPLETED:
                    completed = true;
                    events.add(o.type(LogEvent.COMPLETED).build());
                    break;
                default:
                // safety-net-answered and resumed add nothing the metrics use
            }
        }
        if (s.completed() && !completed) {
            events.add(ObservedEvent.builder()
                    .type(LogEvent.COMPLETED)
                    .step(s.step())
                    .line(line)
                    .build());
        } else if (!s.completed()) {
            events.add(ObservedEvent.builder()
                    .type(LogEvent.DROPPED_OUT)
                    .step(s.step())
                    .line(line)
                    .build());
        }
        return b.events(events).build();
    }

    /** Choice codes, or a number in plain notation; nothing for a text (never read). */
    static List<String> values(Answer a) {
        if (a.number().isPresent()) {
            return List.of(a.number().get().stripTrailingZeros().toPlainString());
        }
        if (a.text().isPresent()) {
            return List.of();
        }
        return a.selectedOptions();
    }
}
