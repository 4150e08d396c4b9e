/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.citation.Citation;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Regression: snakeyaml-engine 3.0.1 reads past its 1,025-character buffer when a chunk ends on a high surrogate,
 * which made YAML reading throw IndexOutOfBoundsException for text with an emoji at that offset (found by
 * FoundationPropertiesTest with seed 2586118856790).
 */
class YamlSurrogateTest {
    private static Citation withEmojiAt(int highSurrogateIndex) {
        String prefix = "title: \"";
        String title = "a".repeat(highSurrogateIndex - prefix.length()) + "\uD83C\uDF00 spiraal";
        return Citation.builder()
                .title(title)
                .url("https://www.noloc.nl/faq")
                .accessed(LocalDate.of(2026, 11, 28))
                .build();
    }

    private static String yamlOf(Citation c) {
        return "title: \"" + c.title() + "\"\nurl: \"" + c.url() + "\"\naccessed: \"2026-11-28\"\n";
    }

    @Test
    void aSurrogatePairAcrossTheParserBufferBoundaryReadsFromTextReaderAndStream() {
        for (int at = 1020; at <= 1030; at++) {
            Citation c = withEmojiAt(at);
            String yaml = yamlOf(c);
            assertThat(yaml.charAt(at)).as("high surrogate at %d", at).isEqualTo('\uD83C');
            GuidanceCodec codec = GuidanceCodec.yaml();
            assertThat(codec.read(yaml, Citation.class).orElseThrow()).isEqualTo(c);
            assertThat(codec.read(new StringReader(yaml), Citation.class).orElseThrow())
                    .isEqualTo(c);
            assertThat(codec.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), Citation.class)
                            .orElseThrow())
                    .isEqualTo(c);
        }
    }

    @Test
    void aByteOrderMarkBeforeYamlFromAStreamIsAccepted() {
        Citation c = withEmojiAt(30);
        byte[] bytes = ("\uFEFF" + yamlOf(c)).getBytes(StandardCharsets.UTF_8);
        assertThat(GuidanceCodec.yaml()
                        .read(new ByteArrayInputStream(bytes), Citation.class)
                        .orElseThrow())
                .isEqualTo(c);
    }
}
