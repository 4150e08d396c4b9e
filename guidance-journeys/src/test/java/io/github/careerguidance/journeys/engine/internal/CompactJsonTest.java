/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.journeys.engine.SessionEvent;
import org.junit.jupiter.api.Test;

class CompactJsonTest {

    @Test
    void removesOnlyWhitespaceOutsideStrings() {
        assertThat(CompactJson.of("{\n  \"a b\" : [ 1, \"x \\\" y\\\\\" ],\t\"c\" : { }\r\n}"))
                .isEqualTo("{\"a b\":[1,\"x \\\" y\\\\\"],\"c\":{}}");
    }

    @Test
    void compactJsonReadsBackToTheSameValue() {
        qt().withExamples(300).forAll(strings().betweenCodePoints(9, 0x2FFF).ofLengthBetween(1, 60))
                .assuming(s -> !s.isBlank())
                .checkAssert(text -> {
                    SessionEvent event = SessionEvent.answered("q-toelichting", Answer.text(text));
                    String compact = CompactJson.of(GuidanceCodec.json().write(event));
                    assertThat(compact).doesNotContain("\n  ");
                    assertThat(GuidanceCodec.json().read(compact, SessionEvent.class).orElseThrow())
                            .isEqualTo(event);
                });
    }
}
