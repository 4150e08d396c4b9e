/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.text.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReaderTest {
    private static final GuidanceCodec JSON = GuidanceCodec.json();

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Record<Citation>> readAll(String text) {
        try (RecordReader<Citation> reader = JSON.records(bytes(text), Citation.class)) {
            List<Record<Citation>> out = new ArrayList<>();
            reader.forEachRemaining(out::add);
            return out;
        }
    }

    /** An input generated chunk by chunk from a function of the chunk number; null ends it. Holds one chunk. */
    private static InputStream generated(java.util.function.IntFunction<String> chunk) {
        return new InputStream() {
            private int next;
            private byte[] current = new byte[0];
            private int pos;
            private boolean end;

            private boolean fill() {
                while (!end && pos == current.length) {
                    String text = chunk.apply(next++);
                    if (text == null) {
                        end = true;
                    } else {
                        current = text.getBytes(StandardCharsets.UTF_8);
                        pos = 0;
                    }
                }
                return !end || pos < current.length;
            }

            @Override
            public int read() {
                return fill() && pos < current.length ? current[pos++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (!fill() || pos == current.length) {
                    return -1;
                }
                int n = Math.min(len, current.length - pos);
                System.arraycopy(current, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    private static String citation(int i) {
        return "{\"title\": \"Beroepsregister " + i
                + "\", \"url\": \"https://www.noloc.nl/faq\", \"accessed\": \"2026-11-28\"}";
    }

    private static Diagnostic onlyDiagnostic(Record<?> r) {
        assertThat(r.isSuccessful()).isFalse();
        assertThat(r.result().diagnostics().size()).isEqualTo(1);
        return r.result().diagnostics().asList().get(0);
    }

    @Test
    void arrayElementsComeInOrderWithIndexAndLine() {
        String text = "[\n" + citation(0) + ",\n" + citation(1) + ",\n\n" + citation(2) + "\n]\n";
        try (RecordReader<Citation> reader = JSON.records(bytes(text), Citation.class)) {
            assertThat(reader.layout()).isEqualTo(RecordReader.Layout.JSON_ARRAY);
            List<Record<Citation>> all = new ArrayList<>();
            reader.forEachRemaining(all::add);
            assertThat(all).extracting(Record::index).containsExactly(0L, 1L, 2L);
            assertThat(all)
                    .extracting(Record::line)
                    .containsExactly(OptionalInt.of(2), OptionalInt.of(3), OptionalInt.of(5));
            assertThat(all).allMatch(Record::isSuccessful);
            assertThat(all.get(2).result().orElseThrow().title()).isEqualTo("Beroepsregister 2");
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void aBadElementMidArrayIsReportedUnderItsIndexAndTheRestGoOn() {
        String text = "[" + citation(0) + ",\n{\"title\": \"zonder url\", \"accessed\": \"2026-11-28\"},\n"
                + "{\"title\": \"x\", \"title\": \"y\", \"url\": \"https://a.nl\"},\n 42,\n" + citation(4) + "]";
        List<Record<Citation>> all = readAll(text);
        assertThat(all).extracting(Record::index).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(all).extracting(Record::isSuccessful).containsExactly(true, false, false, false, true);
        Diagnostic missing = onlyDiagnostic(all.get(1));
        assertThat(missing.code()).isEqualTo("core.json.missing-property");
        assertThat(missing.location()).isEqualTo(JsonPointer.parse("/1/url"));
        assertThat(missing.line()).hasValue(2);
        Diagnostic duplicate = onlyDiagnostic(all.get(2));
        assertThat(duplicate.code()).as(duplicate.toString()).isEqualTo("core.json.duplicate-key");
        assertThat(duplicate.location()).isEqualTo(JsonPointer.parse("/2"));
        assertThat(duplicate.arguments()).containsEntry("property", "title");
        assertThat(onlyDiagnostic(all.get(3)).location()).isEqualTo(JsonPointer.parse("/3"));
        assertThat(all.get(3).location()).isEqualTo(JsonPointer.parse("/3"));
    }

    @Test
    void aSyntaxErrorInAnArrayElementIsReportedOnItsOwnAndTheNextElementsAreRead() {
        String text =
                "[" + citation(0) + ",\n" + citation(1) + ",\n{\"title\": \"kapot\" \"url\": 1},\n" + citation(3) + "]";
        List<Record<Citation>> all = readAll(text);
        assertThat(all).extracting(Record::index).containsExactly(0L, 1L, 2L, 3L);
        assertThat(all).extracting(Record::isSuccessful).containsExactly(true, true, false, true);
        Diagnostic syntax = onlyDiagnostic(all.get(2));
        assertThat(syntax.severity()).isEqualTo(Severity.ERROR);
        assertThat(syntax.code()).isEqualTo("core.json.syntax");
        assertThat(syntax.location()).isEqualTo(JsonPointer.parse("/2"));
        assertThat(syntax.line()).hasValue(3);
        assertThat(all.get(3).line()).hasValue(4);

        assertThat(readAll("[" + citation(0) + ","))
                .last()
                .satisfies(r -> assertThat(onlyDiagnostic(r).severity()).isEqualTo(Severity.FATAL));
        List<Record<Citation>> trailing = readAll("[" + citation(0) + "] {}");
        assertThat(trailing).hasSize(2);
        assertThat(trailing.get(0).isSuccessful()).isTrue();
        assertThat(onlyDiagnostic(trailing.get(1)).arguments().get("detail")).contains("after the closing");
        assertThat(onlyDiagnostic(trailing.get(1)).severity()).isEqualTo(Severity.ERROR);
    }

    /** Malformed elements at the start, in the middle, nested, unterminated and at the end: one result each. */
    @Test
    void malformedElementsAnywhereInAPrettyPrintedArrayGiveOneResultPerElementOnItsOwnLine() {
        String text = "[\n"
                + "  {\"title\": \"kapot\" \"url\": 1},\n" // 0, line 2: missing ','
                + "  " + citation(1) + ",\n" // 1, line 3
                + "  {\"title\": \"open string, \"url\": \"https://a.nl\"},\n" // 2, line 4: unterminated
                + "  " + citation(3) + ",\n" // 3, line 5
                + "  {\"title\": \"x\", \"n\": [1, {\"a\": 2]}, \"url\": \"u\"},\n" // 4, line 6: ']' closes '{'
                + "  {\"title\": \"y\",\n" // 5, line 7: never closed
                + "    \"url\": {\n"
                + "  " + citation(7) + ",\n" // 6, line 9
                + "  {\"title\": \"z\"}}},\n" // 7, line 10: '}' closes nothing
                + "  " + citation(9) + ",\n" // 8, line 11
                + "  {\"title\": \"einde\n" // 9, line 12: unterminated, last
                + "]\n";
        List<Record<Citation>> all = readAll(text);
        assertThat(all).extracting(Record::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(all).extracting(r -> r.line().getAsInt()).containsExactly(2, 3, 4, 5, 6, 7, 9, 10, 11, 12);
        assertThat(all)
                .extracting(Record::isSuccessful)
                .containsExactly(false, true, false, true, false, false, true, false, true, false);
        for (int i : new int[] {0, 2, 4, 5, 7, 9}) {
            Diagnostic d = onlyDiagnostic(all.get(i));
            assertThat(d.code()).as("record %d: %s", i, d).isEqualTo("core.json.syntax");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.location()).isEqualTo(JsonPointer.root().append(Integer.toString(i)));
            assertThat(d.line()).as("record %d", i).hasValue(all.get(i).line().getAsInt());
            assertThat(d.column()).isPresent();
        }
        assertThat(onlyDiagnostic(all.get(2)).arguments().get("detail")).contains("string is not closed");
        assertThat(onlyDiagnostic(all.get(4)).arguments().get("detail")).contains("']' closes '{'");
        assertThat(onlyDiagnostic(all.get(4)).column()).hasValue(34);
        assertThat(onlyDiagnostic(all.get(5)).arguments().get("detail")).contains("next element starts on line 9");
        assertThat(onlyDiagnostic(all.get(7)).arguments().get("detail")).contains("closes nothing");
        assertThat(all.get(6).result().orElseThrow().title()).isEqualTo("Beroepsregister 7");
    }

    @Test
    void emptyElementsAndStrayBracketsAreRecordsNotTheEndOfTheStream() {
        List<Record<Citation>> all = readAll("[" + citation(0) + ",,\n" + citation(2) + ",\n]");
        assertThat(all).extracting(Record::isSuccessful).containsExactly(true, false, true, false);
        assertThat(onlyDiagnostic(all.get(1)).arguments().get("detail")).contains("missing before ','");
        assertThat(all)
                .allSatisfy(r -> r.result()
                        .diagnostics()
                        .forEach(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR)));
    }

    @Test
    void ndjsonLinesAreIndependentAndAMalformedLineIsReportedWithItsLineNumber() {
        String text = citation(0) + "\n\n   \n{\"title\": \"kapot\"\r\n" + citation(1) + "\r\n"
                + "{\"title\": \"x\", \"url\": \"https://a.nl\", \"jaar\": 2024}\n" + citation(2);
        try (RecordReader<Citation> reader = JSON.records(bytes(text), Citation.class)) {
            assertThat(reader.layout()).isEqualTo(RecordReader.Layout.NDJSON);
            List<Record<Citation>> all = reader.stream().collect(Collectors.toList());
            assertThat(all).extracting(Record::index).containsExactly(0L, 1L, 2L, 3L, 4L);
            assertThat(all)
                    .extracting(Record::line)
                    .containsExactly(
                            OptionalInt.of(1),
                            OptionalInt.of(4),
                            OptionalInt.of(5),
                            OptionalInt.of(6),
                            OptionalInt.of(7));
            assertThat(all).extracting(Record::isSuccessful).containsExactly(true, false, true, false, true);
            Diagnostic syntax = onlyDiagnostic(all.get(1));
            assertThat(syntax.code()).isEqualTo("core.json.syntax");
            assertThat(syntax.severity()).isEqualTo(Severity.ERROR);
            assertThat(syntax.line()).hasValue(4);
            assertThat(syntax.location().segments()).startsWith("1");
            Diagnostic unknown = onlyDiagnostic(all.get(3));
            assertThat(unknown.code()).isEqualTo("core.json.unknown-property");
            assertThat(unknown.location()).isEqualTo(JsonPointer.parse("/3/jaar"));
            assertThat(unknown.line()).hasValue(6);
            assertThat(unknown.column()).isPresent();
        }
    }

    @Test
    void emptyAndBlankInputHasNoRecords() {
        assertThat(readAll("")).isEmpty();
        assertThat(readAll(" \n\t\r\n\n")).isEmpty();
        assertThat(readAll("[]")).isEmpty();
        assertThat(readAll("\uFEFF  [ ]\n")).isEmpty();
    }

    @Test
    void leadingBlankLinesAndAByteOrderMarkKeepLineNumbersRight() {
        assertThat(readAll("\uFEFF\n\n" + citation(0)))
                .singleElement()
                .satisfies(r -> assertThat(r.line()).hasValue(3));
        List<Record<Citation>> array = readAll("\n\n[\n{\"title\": \"x\"}]");
        assertThat(onlyDiagnostic(array.get(0)).line()).hasValue(4);
    }

    @Test
    void recordCountInEqualsRecordCountOutWhateverMixOfGoodAndBadLines() {
        qt().withExamples(100)
                .forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 30))
                .checkAssert(kinds -> {
                    StringBuilder ndjson = new StringBuilder();
                    StringBuilder array = new StringBuilder("[");
                    for (int i = 0; i < kinds.size(); i++) {
                        String line;
                        switch (kinds.get(i)) {
                            case 0:
                                line = citation(i);
                                break;
                            case 1:
                                line = "{\"title\": \"kapot";
                                break; // malformed (NDJSON only)
                            case 2:
                                line = "{\"title\": \"zonder\"}";
                                break; // missing fields
                            case 3:
                                line = "\"tekst\"";
                                break; // wrong type
                            default:
                                line = "null";
                                break; // empty record
                        }
                        ndjson.append(line).append(i % 3 == 0 ? "\r\n" : "\n");
                        if (i % 4 == 0) {
                            ndjson.append("\n");
                        }
                        String element = kinds.get(i) == 1 ? "{\"title\": 1, \"title\": 2}" : line;
                        array.append(i == 0 ? "" : ",\n").append(element);
                    }
                    array.append("]");
                    long good = kinds.stream().filter(k -> k == 0).count();
                    List<Record<Citation>> lines = readAll(ndjson.toString());
                    List<Record<Citation>> elements = readAll(array.toString());
                    for (List<Record<Citation>> all : List.of(lines, elements)) {
                        assertThat(all).hasSize(kinds.size());
                        assertThat(all.stream().filter(Record::isSuccessful).count())
                                .isEqualTo(good);
                        for (int i = 0; i < all.size(); i++) {
                            Record<Citation> r = all.get(i);
                            assertThat(r.index()).isEqualTo(i);
                            String prefix = "/" + i;
                            r.result().diagnostics().forEach(d -> {
                                assertThat(d.location().toString()).startsWith(prefix);
                                assertThat(d.severity()).isEqualTo(Severity.ERROR);
                            });
                        }
                    }
                });
    }

    /** 200,000 NDJSON records generated on the fly, never held: the reader streams them. */
    @Test
    void aLargeStreamIsReadRecordByRecord() {
        int count = 200_000;
        InputStream generated = generated(i ->
                i == count ? null : "{\"nl\": \"Loopbaanadvies " + i + "\", \"en\": \"Career advice " + i + "\"}\n");
        long seen = 0;
        long ok = 0;
        long lastIndex = -1;
        boolean ordered = true;
        try (RecordReader<LocalizedText> reader = JSON.records(generated, LocalizedText.class)) {
            while (reader.hasNext()) {
                Record<LocalizedText> r = reader.next();
                ordered &= r.index() == lastIndex + 1 && r.line().getAsInt() == r.index() + 1;
                lastIndex = r.index();
                seen++;
                if (r.isSuccessful()) {
                    ok++;
                }
            }
        }
        assertThat(seen).isEqualTo(count);
        assertThat(ok).isEqualTo(count);
        assertThat(ordered).isTrue();
    }

    @Test
    void aLargeArrayIsReadElementByElement() {
        int count = 20_000;
        InputStream generated = generated(i -> i > count + 1
                ? null
                : i == 0
                        ? "["
                        : i == count + 1 ? "]" : (i == 1 ? "" : ",") + "{\"nl\": \"a" + i + "\", \"en\": \"b\"}");
        try (RecordReader<LocalizedText> reader = JSON.records(generated, LocalizedText.class)) {
            long[] counts = new long[2];
            reader.forEachRemaining(r -> counts[r.isSuccessful() ? 0 : 1]++);
            assertThat(counts).containsExactly(count, 0);
        }
    }

    @Test
    void closingTheReaderClosesTheInputAndFilesNameTheirDiagnostics(@TempDir Path dir) throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream(citation(0).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        RecordReader<Citation> reader = JSON.records(in, Citation.class);
        assertThat(reader.hasNext()).isTrue();
        reader.close();
        assertThat(closed).isTrue();
        assertThat(reader.hasNext()).isFalse();

        Path file = dir.resolve("adviseurs.ndjson");
        Files.writeString(file, citation(0) + "\n{\"title\": 3}\n");
        try (RecordReader<Citation> records = JSON.records(file, Citation.class)) {
            List<Record<Citation>> all = new ArrayList<>();
            records.forEachRemaining(all::add);
            assertThat(all.get(1).result().diagnostics())
                    .allSatisfy(d -> assertThat(d.source()).contains(file.toString()));
        }
        try (RecordReader<Citation> missing = JSON.records(dir.resolve("nope.ndjson"), Citation.class)) {
            Record<Citation> only = missing.next();
            assertThat(onlyDiagnostic(only).severity()).isEqualTo(Severity.FATAL);
            assertThat(missing.hasNext()).isFalse();
        }
        assertThatThrownBy(() -> GuidanceCodec.yaml().records(bytes("[]"), Citation.class))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSuccessfulReadMayCarryWarningsButNeverErrors() {
        Citation c = Citation.builder()
                .title("t")
                .url("https://www.noloc.nl/faq")
                .accessed(LocalDate.of(2026, 11, 28))
                .build();
        Diagnostic warning = Diagnostic.builder()
                .severity(Severity.WARNING)
                .code("core.test.warning")
                .message(LocalizedText.of("let op", "note"))
                .build();
        Diagnostic error =
                Diagnostic.builder().from(warning).severity(Severity.ERROR).build();
        assertThat(ReadResult.success(c, Diagnostics.of(warning)).diagnostics().size())
                .isEqualTo(1);
        assertThatThrownBy(() -> ReadResult.success(c, Diagnostics.of(warning, error)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("error");
        assertThatThrownBy(() -> ReadResult.failure(Diagnostics.of(warning)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ReadResult.success(c, Diagnostics.empty())).isEqualTo(ReadResult.success(c, Diagnostics.empty()));
    }

    @Test
    void recordRejectsBadPositions() {
        ReadResult<String> ok = ReadResult.success("x", Diagnostics.empty());
        assertThatThrownBy(() -> new Record<>(-1, OptionalInt.empty(), ok))
                .hasMessageContaining("index must be >= 0 but was -1");
        assertThatThrownBy(() -> new Record<>(0, OptionalInt.of(0), ok))
                .hasMessageContaining("line must be >= 1 but was 0");
        assertThat(new Record<>(7, OptionalInt.of(9), ok))
                .isEqualTo(new Record<>(7, OptionalInt.of(9), ok))
                .hasToString("Record[7, line 9, ReadResult[success, 0 findings]]");
    }

    @Test
    void writeLineGivesOneNdjsonLineThatReadsBack() {
        Citation c = Citation.builder()
                .title("Regel\nmet \"aanhalingstekens\"")
                .url("https://www.noloc.nl/faq")
                .accessed(LocalDate.of(2026, 11, 28))
                .build();
        String line = JSON.writeLine(c);
        assertThat(line).doesNotContain("\n").doesNotContain("\r");
        List<Record<Citation>> back = readAll(line + "\n" + line + "\n");
        assertThat(back)
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.result().orElseThrow()).isEqualTo(c));
        assertThatThrownBy(() -> GuidanceCodec.yaml().writeLine(c)).isInstanceOf(IllegalStateException.class);
    }
}
