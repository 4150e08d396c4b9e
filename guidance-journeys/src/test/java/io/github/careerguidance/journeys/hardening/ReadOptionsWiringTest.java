/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue #8: the one {@link ReadOptions} reaches journey files and stored sessions (population models: guidance-research
 * {@code PopulationReadOptionsTest}).
 */
class ReadOptionsWiringTest {
    private static ReadOptions maxDocument(long n) {
        return ReadOptions.builder().maxDocumentLength(n).build();
    }

    private static void refusedAt(ReadResult<?> read, String limit, long max) {
        assertThat(read.isSuccessful()).isFalse();
        Diagnostic d = read.diagnostics().stream()
                .filter(x -> x.code().equals("core.json.limit"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no core.json.limit in " + read.diagnostics()));
        assertThat(d.arguments()).containsEntry("limit", limit).containsEntry("max", Long.toString(max));
        assertThat(d.message(Locale.ENGLISH)).contains(limit);
    }

    @Test
    void resumeReadsAStoredSessionJustUnderThePortalsCapAndRefusesOneJustOver() {
        Journey journey = ConcurrentSessionsTest.tiny();
        JourneyEngine engine = JourneyEngine.compile(journey);
        Session s = engine.answer(engine.start(ClientProfile.anonymous()), "q-situatie", Answer.choice("geen-werk"))
                .session();
        String stored = engine.store(s);
        long size = stored.length();

        JourneyEngine capped =
                JourneyEngine.compiler().readOptions(maxDocument(size)).compile(journey);
        assertThat(capped.resume(stored).orElseThrow()).isEqualTo(s);
        JourneyEngine tooSmall =
                JourneyEngine.compiler().readOptions(maxDocument(size - 1)).compile(journey);
        refusedAt(tooSmall.resume(stored), "maxDocumentLength", size - 1);
        // the default engine is unaffected
        assertThat(engine.resume(stored).orElseThrow()).isEqualTo(s);
    }

    @Test
    void journeyFormatReadsWithTheGivenOptions() throws IOException {
        String yaml;
        try (InputStream in = ReadOptionsWiringTest.class
                .getClassLoader()
                .getResourceAsStream(ReferenceJourneys.BASE + "looking-for-work.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String json = JourneyFormat.json().write(JourneyFormat.yaml().read(yaml).orElseThrow());
        long size = json.length();
        assertThat(JourneyFormat.json(maxDocument(size)).read(json).isSuccessful())
                .isTrue();
        refusedAt(JourneyFormat.json(maxDocument(size - 1)).read(json), "maxDocumentLength", size - 1);
        refusedAt(
                JourneyFormat.yaml(ReadOptions.builder().maxNestingDepth(3).build())
                        .read(yaml),
                "maxNestingDepth",
                3);
        assertThat(JourneyFormat.forFileName("x.yml")
                        .withOptions(maxDocument(10))
                        .options()
                        .maxDocumentLength())
                .isEqualTo(10);
        assertThat(JourneyFormat.json().options()).isEqualTo(ReadOptions.defaults());
    }
}
