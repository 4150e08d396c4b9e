/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.util.StdConverter;

/**
 * Writes any {@link Session} (the engine's or an {@code ImmutableSession}) in the full JSON form of
 * {@code GuidanceCodec.write(session)}: every field, empty ones left out, in the documented order. Not API.
 */
final class SessionToMap extends StdConverter<Session, Map<String, Object>> {
    @Override
    public Map<String, Object> convert(Session s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("journey", s.journey());
        m.put("version", s.version());
        m.put("step", s.step());
        m.put("supportLevel", s.supportLevel());
        if (s.completed()) {
            m.put("completed", true);
        }
        putUnlessEmpty(m, "path", s.path().isEmpty(), s.path());
        putUnlessEmpty(m, "visits", s.visits().isEmpty(), s.visits());
        putUnlessEmpty(m, "answers", s.answers().isEmpty(), s.answers());
        putUnlessEmpty(m, "scores", s.scores().isEmpty(), s.scores());
        putUnlessEmpty(m, "events", s.events().isEmpty(), s.events());
        return m;
    }

    private static void putUnlessEmpty(Map<String, Object> m, String key, boolean empty, Object value) {
        if (!empty) {
            m.put(key, value);
        }
    }
}
