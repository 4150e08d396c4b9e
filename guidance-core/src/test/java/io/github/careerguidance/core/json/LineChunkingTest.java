/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.careerguidance.core.citation.Citation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The NDJSON reader reads a line straight from its input chunk when the whole line is in it, and copies it
 * otherwise: the records must not depend on where the input's reads happen to split the lines.
 */
class LineChunkingTest {
    private static final GuidanceCodec JSON = GuidanceCodec.json();

    /** An input that hands out at most {@code slice} bytes per read, so lines cross the reader's chunks. */
    private static InputStream sliced(byte[] bytes, int slice) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, slice));
            }
        };
    }

    private static List<String> read(InputStream in) {
        List<String> out = new ArrayList<>();
        try (RecordReader<Citation> reader = JSON.records(in, Citation.class)) {
            reader.forEachRemaining(r -> out.add(r.index() + " " + r.line() + " "
                    + r.result().value().map(Object::toString).orElse("-") + " "
                    + r.result().diagnostics().asList()));
        }
        return out;
    }

    @Test
    void recordsDoNotDependOnHowTheInputIsSplit() {
        qt().withExamples(60)
                .forAll(
                        lists().of(integers().between(0, 5)).ofSizeBetween(1, 25),
                        integers().between(1, 97))
                .checkAssert((kinds, slice) -> {
                    StringBuilder ndjson = new StringBuilder();
                    for (int i = 0; i < kinds.size(); i++) {
                        switch (kinds.get(i)) {
                            case 0 ->
                                ndjson.append("{\"title\": \"Beroepsregister ")
                                        .append(i)
                                        .append(
                                                "\", \"url\": \"https://www.noloc.nl/faq\", \"accessed\": \"2026-11-28\"}");
                            case 1 -> ndjson.append("{\"title\": \"kapot");
                            case 2 -> ndjson.append("   \t");
                            case 3 -> ndjson.append("{\"title\": \"Loopbaanprofessional\", \"title\": \"dubbel\"}");
                            case 4 ->
                                ndjson.append("{\"title\": \"Régister ")
                                        .append("é".repeat(i * 40))
                                        .append("\"}");
                            default -> ndjson.append("\"tekst\"");
                        }
                        ndjson.append(i % 3 == 0 ? "\r\n" : "\n");
                    }
                    byte[] bytes = ndjson.toString().getBytes(StandardCharsets.UTF_8);
                    List<String> whole = read(new ByteArrayInputStream(bytes));
                    assertThat(whole)
                            .hasSize((int) kinds.stream().filter(k -> k != 2).count());
                    assertThat(read(sliced(bytes, slice))).isEqualTo(whole);
                });
    }

    @Test
    void aLineAcrossTheReadersChunkBoundaryIsReadWhole() {
        // The reader's chunk is 64 KiB: a line of 100,000 bytes cannot be in one chunk.
        String title = "Loopbaanbegeleiding ".repeat(5_000);
        String text = "{\"title\": \"kort\", \"url\": \"https://www.noloc.nl/faq\", \"accessed\": \"2026-11-28\"}\n"
                + "{\"title\": \"" + title
                + "\", \"url\": \"https://www.noloc.nl/faq\", \"accessed\": \"2026-11-28\"}\r\n"
                + "{\"title\": \"na\", \"url\": \"https://www.noloc.nl/faq\", \"accessed\": \"2026-11-28\"}";
        try (RecordReader<Citation> reader =
                JSON.records(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Citation.class)) {
            List<Record<Citation>> all = new ArrayList<>();
            reader.forEachRemaining(all::add);
            assertThat(all).hasSize(3).allMatch(Record::isSuccessful);
            assertThat(all.get(1).result().value().orElseThrow().title()).isEqualTo(title);
            assertThat(all.get(1).line()).hasValue(2);
            assertThat(all.get(2).result().value().orElseThrow().title()).isEqualTo("na");
        }
    }
}
