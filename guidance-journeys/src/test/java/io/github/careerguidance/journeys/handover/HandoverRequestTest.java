/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import static io.github.careerguidance.journeys.handover.HandoverFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HandoverRequestTest {
    @Test
    void roundTripsInJsonAndYaml() {
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            HandoverRequest request = HandoverFixtures.randomRequest(new Random(seed));
            for (HandoverFormat format : List.of(HandoverFormat.json(), HandoverFormat.yaml())) {
                ReadResult<HandoverRequest> read = format.readRequest(format.write(request));
                assertThat(read.isSuccessful())
                        .as(read.diagnostics().toString())
                        .isTrue();
                assertThat(read.orElseThrow()).isEqualTo(request);
            }
        });
        HandoverRequest full = HandoverFixtures.fullRequest();
        assertThat(HandoverFormat.json()
                        .readRequest(HandoverFormat.json().write(full))
                        .orElseThrow())
                .isEqualTo(full);
        assertThat(HandoverFormat.json().write(full))
                .doesNotContain("niet gedeeld")
                .doesNotContain("q-geheim");
    }

    static Diagnostic only(ReadResult<?> read) {
        assertThat(read.isSuccessful()).isFalse();
        return read.diagnostics().asList().get(0);
    }

    @Test
    void badDocumentsGiveDiagnosticsWithPointers() {
        String json = HandoverFormat.json().write(HandoverFixtures.fullRequest());
        Diagnostic reason = only(HandoverFormat.json().readRequest(json.replace("\"safety-net\"", "\"bored\"")));
        assertThat(reason.location().toString()).isEqualTo("/reason");
        Diagnostic missing =
                only(HandoverFormat.json().readRequest(json.replace("\"contactPoint\"", "\"contactPunt\"")));
        assertThat(missing.code()).isIn("core.json.unknown-property", "core.json.missing-property");
        Diagnostic window =
                only(HandoverFormat.json().readRequest(json.replace("\"businessDays\" : 2", "\"businessDays\" : -1")));
        assertThat(window.code()).isEqualTo("core.json.invalid-value");
        assertThat(window.location().toString()).startsWith("/callbackWindow");
        Diagnostic group = only(HandoverFormat.json().readRequest(json.replace("recent-job-loss", "Recent Job Loss")));
        assertThat(group.code()).isEqualTo("core.json.invalid-value");
        Diagnostic channel = only(HandoverFormat.json().readRequest(json.replace("\"phone\"", "\"pigeon\"")));
        assertThat(channel.location().toString()).isEqualTo("/preferredChannel");
        Diagnostic smuggled = only(HandoverFormat.json()
                .readRequest(json.replace(
                        "\"q-situatie\" : {",
                        "\"q-geheim\" : {\"kind\" : \"text\", \"text\" : \"x\"}, \"q-situatie\" : {")));
        assertThat(smuggled.location().toString()).startsWith("/summary");
        assertThat(only(HandoverFormat.json().readRequest("{")).code()).isEqualTo("core.json.syntax");
        assertThat(only(HandoverFormat.yaml().readRequest("id: [")).code()).startsWith("core.json.");
        assertThat(only(HandoverFormat.json().readRequest(java.nio.file.Path.of("does-not-exist.json")))
                        .code())
                .isEqualTo("journeys.handover.io");
    }

    @Test
    void localRulesAreChecked() {
        HandoverRequest full = HandoverFixtures.fullRequest();
        assertThatThrownBy(() -> HandoverRequest.builder().from(full).id("ho-2").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("summary made for");
        assertThatThrownBy(() -> HandoverRequest.builder()
                        .from(full)
                        .createdAt(NOW.plusSeconds(60))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("callback window");
        assertThatThrownBy(() -> HandoverRequest.builder()
                        .from(full)
                        .contactPoint("no spaces")
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void priorityGroupsAreTheEmbeddersData() {
        PriorityGroup recent = PriorityGroup.builder()
                .code("recent-job-loss")
                .label(LocalizedText.of("Pas werkloos (voorbeeld)", "Recent job loss (example)"))
                .addCitation(Citation.of("Illustrative policy (test data)", "https://example.org/policy"))
                .build();
        HandoverRequest full = HandoverFixtures.fullRequest();
        assertThat(PriorityGroup.check(full, List.of(recent)).isEmpty()).isTrue();
        var unknown = PriorityGroup.check(
                HandoverRequest.builder().from(full).addPriorityGroup("alleen").build(), List.of(recent));
        assertThat(unknown.asList()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("journeys.handover.unknown-priority-group");
            assertThat(d.location().toString()).isEqualTo("/priorityGroups/0");
        });
        assertThat(HandoverReason.fromCode("PLAN_BEHIND")).isEqualTo(HandoverReason.PLAN_BEHIND);
        assertThatThrownBy(() -> HandoverReason.fromCode("bored")).hasMessageContaining("own-request");
    }
}
