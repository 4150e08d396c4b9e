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
import io.github.careerguidance.core.diagnostics.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of reading a JSON array with malformed elements: the reader never throws and never loses a record. */
class ArrayResyncPropertiesTest {
    private static final GuidanceCodec JSON = GuidanceCodec.json();
    /** JSON's structural characters, quotes, escapes and a little text: what a broken export is made of. */
    private static final String GARBAGE = "{}[]\",:\\ a1-tn";

    private static List<Record<Citation>> readAll(String text) {
        try (RecordReader<Citation> reader =
                JSON.records(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Citation.class)) {
            List<Record<Citation>> out = new ArrayList<>();
            reader.forEachRemaining(out::add);
            return out;
        }
    }

    private static String citation(int i) {
        return "{\"title\": \"Register " + i + "\", \"url\": \"https://www.noloc.nl/faq\"}";
    }

    private static Gen<String> garbage(String alphabet, int max) {
        return lists().of(integers().between(0, alphabet.length() - 1))
                .ofSizeBetween(0, max)
                .map(is ->
                        is.stream().map(i -> String.valueOf(alphabet.charAt(i))).reduce("", String::concat));
    }

    /** Any input that starts as an array: no exception, consecutive indices, lines in order, FATAL only last. */
    @Test
    void noInputMakesTheReaderThrowOrMiscount() {
        qt().withExamples(400).forAll(garbage(GARBAGE + "\n\n", 120)).checkAssert(body -> {
            List<Record<Citation>> all = readAll("[" + body);
            int lastLine = 0;
            for (int i = 0; i < all.size(); i++) {
                Record<Citation> r = all.get(i);
                assertThat(r.index()).as(body).isEqualTo(i);
                assertThat(r.line()).as(body).isPresent();
                assertThat(r.line().getAsInt()).as(body).isGreaterThanOrEqualTo(lastLine);
                lastLine = r.line().getAsInt();
                boolean fatal = r.result().diagnostics().stream().anyMatch(d -> d.severity() == Severity.FATAL);
                assertThat(!fatal || i == all.size() - 1).as(body).isTrue();
                String index = Long.toString(i);
                r.result()
                        .diagnostics()
                        .forEach(d ->
                                assertThat(d.location().segments()).as(body).startsWith(index));
            }
        });
    }

    /**
     * A pretty-printed array, one element a line, with garbage (no line break) put into some elements: every element
     * left intact is read, successfully, on its own line, and every line still starts a record of its own.
     */
    @Test
    void garbageInSomeElementsNeverCostsAnIntactElement() {
        Gen<List<String>> corruptions = lists().of(garbage(GARBAGE, 12)).ofSizeBetween(1, 12);
        qt().withExamples(400)
                .forAll(corruptions, integers().between(0, 0xFFFF))
                .checkAssert((edits, mask) -> {
                    StringBuilder text = new StringBuilder("[\n");
                    List<Integer> intact = new ArrayList<>();
                    for (int i = 0; i < edits.size(); i++) {
                        String element = citation(i);
                        boolean corrupt = (mask >> i & 1) == 1 && !edits.get(i).isEmpty();
                        if (corrupt) {
                            int at = 1 + Math.floorMod(edits.get(i).hashCode(), element.length() - 1);
                            element = element.substring(0, at) + edits.get(i) + element.substring(at);
                        } else {
                            intact.add(i);
                        }
                        text.append("  ").append(element).append(i == edits.size() - 1 ? "\n" : ",\n");
                    }
                    text.append("]\n");
                    String input = text.toString();
                    List<Record<Citation>> all = readAll(input);
                    java.util.Map<Integer, Record<Citation>> byLine = new java.util.HashMap<>();
                    all.forEach(r -> byLine.putIfAbsent(r.line().getAsInt(), r));
                    for (int i = 0; i < edits.size(); i++) {
                        assertThat(byLine).as(input).containsKey(i + 2);
                    }
                    for (int i : intact) {
                        Record<Citation> r = byLine.get(i + 2);
                        assertThat(r.isSuccessful()).as(input).isTrue();
                        assertThat(r.result().orElseThrow().title()).as(input).isEqualTo("Register " + i);
                    }
                });
    }
}
