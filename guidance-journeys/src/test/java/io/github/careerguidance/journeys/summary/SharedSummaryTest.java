/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.summary;

import static io.github.careerguidance.journeys.summary.SummaryFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.Answer;
import java.time.Duration;
import java.util.Iterator;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SharedSummaryTest {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void holdsNothingTheClientDidNotConsentToAndEverythingConsentedThatIsAvailable() {
        qt().withExamples(120).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            SummarySource source = SummaryFixtures.source(random);
            ShareConsent consent = SummaryFixtures.consent(random);
            SharedSummary s =
                    SharedSummary.from(consent, source, SharedSummary.newId(), NOW, NOW.plus(Duration.ofDays(7)));
            // nothing unconsented
            assertThat(consent.answers()).containsAll(s.answers().keySet());
            assertThat(consent.scores()).containsAll(s.scores().keySet());
            assertThat(s.plan().isEmpty() || consent.plan()).isTrue();
            assertThat(s.handoverRequestId().isEmpty() || consent.handover()).isTrue();
            // everything consented and available, unchanged
            source.answers().forEach((k, v) -> {
                if (consent.coversAnswer(k)) {
                    assertThat(s.answers()).containsEntry(k, v);
                } else {
                    assertThat(s.answers()).doesNotContainKey(k);
                }
            });
            source.scores().forEach((k, v) -> {
                if (consent.coversScore(k)) {
                    assertThat(s.scores()).containsEntry(k, v);
                } else {
                    assertThat(s.scores()).doesNotContainKey(k);
                }
            });
            assertThat(s.plan()).isEqualTo(consent.plan() ? source.plan() : java.util.Optional.empty());
            assertThat(s.handoverRequestId())
                    .isEqualTo(consent.handover() ? source.handoverRequestId() : java.util.Optional.empty());
            // absent, not masked: the JSON has no key for anything unconsented
            String json = GuidanceCodec.json().write(s);
            JsonNode tree = MAPPER.readTree(json);
            source.answers().keySet().stream()
                    .filter(k -> !consent.coversAnswer(k))
                    .forEach(k -> assertThat(tree.path("answers").has(k)).isFalse());
            if (!consent.plan()) {
                assertThat(tree.has("plan")).isFalse();
            }
            // round trip
            ReadResult<SharedSummary> read = GuidanceCodec.json().read(json, SharedSummary.class);
            assertThat(read.isSuccessful()).as(read.diagnostics().toString()).isTrue();
            assertThat(read.orElseThrow()).isEqualTo(s);
            assertThat(GuidanceCodec.yaml()
                            .read(GuidanceCodec.yaml().write(s), SharedSummary.class)
                            .orElseThrow())
                    .isEqualTo(s);
        });
    }

    @Test
    void aDocumentCannotSmuggleInUnconsentedData() {
        ShareConsent consent =
                ShareConsent.builder().givenAt(NOW).addAnswer("q-1").build();
        SharedSummary s = SharedSummary.from(
                consent,
                SummarySource.builder()
                        .putAnswer("q-1", Answer.choice("ja"))
                        .putAnswer("q-2", Answer.text("geheim"))
                        .build(),
                "sum-1",
                NOW,
                NOW.plusSeconds(60));
        assertThat(s.answers()).containsOnlyKeys("q-1");
        String smuggled = GuidanceCodec.json()
                .write(s)
                .replace("\"answers\" : {", "\"answers\" : {\"q-2\": {\"kind\": \"text\", \"text\": \"geheim\"},");
        ReadResult<SharedSummary> read = GuidanceCodec.json().read(smuggled, SharedSummary.class);
        assertThat(read.isSuccessful()).isFalse();
        assertThat(read.diagnostics().asList()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("core.json.invalid-value");
            assertThat(d.message(java.util.Locale.ENGLISH)).contains("q-2").doesNotContain("geheim");
        });
        assertThatThrownBy(() -> SharedSummary.builder()
                        .from(s)
                        .plan(PlanReference.of("p", "1"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plan");
        assertThat(s.toString()).contains("q-1").doesNotContain("ja");
    }

    @Test
    void datesAreChecked() {
        ShareConsent consent = ShareConsent.builder().givenAt(NOW).build();
        SummarySource none = SummarySource.builder().build();
        assertThatThrownBy(() -> SharedSummary.from(consent, none, "sum-1", NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expire");
        assertThatThrownBy(() -> SharedSummary.from(consent, none, "sum-1", NOW.minusSeconds(1), NOW.plusSeconds(9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("consent");
        assertThatThrownBy(() -> SharedSummary.from(consent, none, "bad id", NOW, NOW.plusSeconds(9)))
                .isInstanceOf(IllegalArgumentException.class);
        SharedSummary s = SharedSummary.from(consent, none, "sum-1", NOW, NOW.plusSeconds(9));
        assertThat(s.isExpiredAt(NOW.plusSeconds(8))).isFalse();
        assertThat(s.isExpiredAt(NOW.plusSeconds(9))).isTrue();
    }

    @Test
    void thePayloadIsDeterministicCompactJson() {
        Random random = new Random(7);
        SharedSummary s = SharedSummary.from(
                SummaryFixtures.consent(random), SummaryFixtures.source(random), "sum-7", NOW, NOW.plusSeconds(600));
        String line = GuidanceCodec.json().writeLine(s);
        assertThat(line).doesNotContain("\n").doesNotContain(": ");
        SharedSummary again =
                GuidanceCodec.json().read(line, SharedSummary.class).orElseThrow();
        assertThat(GuidanceCodec.json().writeLine(again)).isEqualTo(line);
        JsonNode tree = JsonMapper.builder().build().readTree(line);
        assertSortedKeys(tree.path("answers"));
        assertSortedKeys(tree.path("scores"));
    }

    private static void assertSortedKeys(JsonNode node) {
        Iterator<String> names = node.propertyNames().iterator();
        String previous = null;
        while (names.hasNext()) {
            String name = names.next();
            if (previous != null) {
                assertThat(name).isGreaterThan(previous);
            }
            previous = name;
        }
    }
}
