/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every read limit of {@link ReadOptions}: an input just under it is read, one just over it is rejected by name. */
class ReadLimitsTest {
    private static final String CITATION =
            "{\"title\": \"Beroepsregister loopbaanprofessionals\", \"url\": \"https://www.noloc.nl\"}";

    private static Diagnostic only(ReadResult<?> r) {
        assertThat(r.isSuccessful()).as("expected a failure, got %s", r).isFalse();
        assertThat(r.diagnostics().size()).as(r.diagnostics().toString()).isEqualTo(1);
        return r.diagnostics().iterator().next();
    }

    private static void assertLimit(ReadResult<?> r, String limit, long max) {
        Diagnostic d = only(r);
        assertThat(d.code()).as(d.toString()).isEqualTo("core.json.limit");
        assertThat(d.arguments()).containsEntry("limit", limit).containsEntry("max", Long.toString(max));
        assertThat(d.message(java.util.Locale.ENGLISH)).contains(limit);
        assertThat(d.message(java.util.Locale.forLanguageTag("nl"))).contains("limiet " + limit);
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void defaultsAreTheDocumentedValues() {
        ReadOptions d = ReadOptions.defaults();
        assertThat(d.maxDocumentLength()).isEqualTo(64L * 1024 * 1024).isEqualTo(GuidanceCodec.MAX_DOCUMENT_LENGTH);
        assertThat(d.maxRecordLength()).isEqualTo(16L * 1024 * 1024);
        assertThat(d.maxNestingDepth()).isEqualTo(200).isEqualTo(GuidanceCodec.MAX_NESTING_DEPTH);
        assertThat(d.maxStringLength()).isEqualTo(16 * 1024 * 1024);
        assertThat(d.maxNumberLength()).isEqualTo(1000);
        assertThat(d.maxNameLength()).isEqualTo(50_000);
        assertThat(d.unknownProperties()).isEqualTo(ReadOptions.UnknownProperties.REPORT);
        assertThat(GuidanceCodec.json().options()).isEqualTo(d);
        assertThat(GuidanceCodec.json(d)).isSameAs(GuidanceCodec.json());
        assertThatThrownBy(() -> ReadOptions.builder().maxNestingDepth(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxNestingDepth must be >= 1 but was 0");
    }

    @Test
    void nestingDepthJustUnderAndJustOverInJsonAndYaml() {
        GuidanceCodec json =
                GuidanceCodec.json(ReadOptions.builder().maxNestingDepth(20).build());
        assertThat(json.read(nested(20), List.class).isSuccessful()).isTrue();
        assertLimit(json.read(nested(21), List.class), "maxNestingDepth", 20);
        GuidanceCodec yaml =
                GuidanceCodec.yaml(ReadOptions.builder().maxNestingDepth(20).build());
        assertThat(yaml.read(nested(20), List.class).isSuccessful()).isTrue();
        assertLimit(yaml.read(nested(21), List.class), "maxNestingDepth", 20);
    }

    @Test
    void everyLimitIsReportedWithLineAndColumnInTheSdksOwnWords() {
        ReadOptions lenient = ReadOptions.builder()
                .unknownProperties(ReadOptions.UnknownProperties.IGNORE)
                .build();
        String deep = "{\n  \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        for (GuidanceCodec codec :
                List.of(GuidanceCodec.json(), GuidanceCodec.json(lenient), GuidanceCodec.yaml(lenient))) {
            Diagnostic d = only(codec.read(deep, Map.class));
            assertThat(d.code()).as(d.toString()).isEqualTo("core.json.limit");
            assertThat(d.line()).as(d.toString()).hasValue(2);
            assertThat(d.column().orElseThrow()).as(d.toString()).isGreaterThan(200);
            assertThat(d.location().toString()).startsWith("/x");
            assertThat(d.message(java.util.Locale.ENGLISH))
                    .isEqualTo("Objects and lists are nested more than 200 levels "
                            + "deep (limit maxNestingDepth; --max-depth on the command line)");
            assertThat(d.message(java.util.Locale.forLanguageTag("nl")))
                    .startsWith("Objecten en lijsten zijn meer dan 200");
            assertThat(d.message(java.util.Locale.ENGLISH) + d.message(java.util.Locale.forLanguageTag("nl")))
                    .doesNotContain("StreamReadConstraints")
                    .doesNotContain("exceeds the maximum");
        }
        ReadOptions small =
                ReadOptions.builder().maxDocumentLength(20).maxStringLength(5).build();
        for (GuidanceCodec codec : List.of(GuidanceCodec.json(small), GuidanceCodec.yaml(small))) {
            Diagnostic tooLong = only(codec.read("{\n\"a\": 1,\n\"bb\": 22222222222}", Map.class));
            assertThat(tooLong.arguments()).containsEntry("limit", "maxDocumentLength");
            assertThat(tooLong.line()).as(tooLong.toString()).hasValue(3);
            assertThat(tooLong.column()).as(tooLong.toString()).isPresent();
            assertThat(tooLong.message(java.util.Locale.ENGLISH))
                    .startsWith("The document is longer than 20 characters");
        }
        Diagnostic text = only(GuidanceCodec.json(small).read("{\"a\":\n \"abcdefgh\"}", Map.class));
        assertThat(text.arguments()).containsEntry("limit", "maxStringLength");
        assertThat(text.line()).as(text.toString()).hasValue(2);
        assertThat(text.message(java.util.Locale.ENGLISH))
                .isEqualTo("A text is longer than 5 characters (limit maxStringLength)");
    }

    @Test
    void tenThousandDeepJsonIsALimitNotAStackOverflow() {
        assertThat(GuidanceCodec.json().read(nested(200), List.class).isSuccessful())
                .isTrue();
        assertLimit(GuidanceCodec.json().read(nested(201), List.class), "maxNestingDepth", 200);
        String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        assertLimit(GuidanceCodec.json().read(deep, Map.class), "maxNestingDepth", 200);
        assertLimit(
                GuidanceCodec.json()
                        .read(new ByteArrayInputStream(nested(10_000).getBytes(StandardCharsets.UTF_8)), List.class),
                "maxNestingDepth",
                200);
        assertLimit(GuidanceCodec.yaml().read(nested(10_000), List.class), "maxNestingDepth", 200);
    }

    @Test
    void stringNumberAndNameLengthJustUnderAndJustOver() {
        ReadOptions small = ReadOptions.builder()
                .maxStringLength(1000)
                .maxNumberLength(20)
                .maxNameLength(64)
                .build();
        for (GuidanceCodec codec : List.of(GuidanceCodec.json(small), GuidanceCodec.yaml(small))) {
            assertThat(codec.read("\"" + "a".repeat(1000) + "\"", String.class).value())
                    .hasValueSatisfying(v -> assertThat(v).hasSize(1000));
            assertLimit(codec.read("\"" + "a".repeat(1001) + "\"", String.class), "maxStringLength", 1000);
            assertThat(codec.read("1" + "0".repeat(19), java.math.BigInteger.class)
                            .isSuccessful())
                    .isTrue();
            assertLimit(codec.read("1" + "0".repeat(20), java.math.BigInteger.class), "maxNumberLength", 20);
            assertThat(codec.read("{\"" + "n".repeat(64) + "\": 1}", Map.class).isSuccessful())
                    .isTrue();
            assertLimit(codec.read("{\"" + "n".repeat(65) + "\": 1}", Map.class), "maxNameLength", 64);
        }
    }

    @Test
    void documentLengthJustUnderAndJustOver() {
        String doc = "\"" + "x".repeat(98) + "\""; // 100 characters
        ReadOptions hundred = ReadOptions.builder().maxDocumentLength(100).build();
        ReadOptions ninetyNine = ReadOptions.builder().maxDocumentLength(99).build();
        for (boolean yaml : new boolean[] {false, true}) {
            GuidanceCodec ok = yaml ? GuidanceCodec.yaml(hundred) : GuidanceCodec.json(hundred);
            GuidanceCodec over = yaml ? GuidanceCodec.yaml(ninetyNine) : GuidanceCodec.json(ninetyNine);
            assertThat(ok.read(doc, String.class).isSuccessful()).isTrue();
            assertThat(ok.read(stream(doc), String.class).isSuccessful()).isTrue();
            assertLimit(over.read(doc, String.class), "maxDocumentLength", 99);
            assertLimit(over.read(stream(doc), String.class), "maxDocumentLength", 99);
        }
    }

    @Test
    void aHundredMegabyteStringIsRejectedWhileStreamedNotHeld() {
        long hundredMb = 100L * 1024 * 1024;
        ReadResult<String> json =
                GuidanceCodec.json().read(new GeneratedStream("\"", 'x', hundredMb, "\""), String.class);
        assertLimit(json, "maxStringLength", ReadOptions.DEFAULT_MAX_STRING_LENGTH);
        ReadResult<String> yaml =
                GuidanceCodec.yaml().read(new GeneratedStream("\"", 'x', hundredMb, "\""), String.class);
        assertLimit(yaml, "maxDocumentLength", ReadOptions.DEFAULT_MAX_DOCUMENT_LENGTH);
        // just under the default string limit: read
        int max = ReadOptions.DEFAULT_MAX_STRING_LENGTH;
        assertThat(GuidanceCodec.json()
                        .read(new GeneratedStream("\"", 'x', max, "\""), String.class)
                        .value())
                .hasValueSatisfying(v -> assertThat(v.length()).isEqualTo(max));
        assertLimit(
                GuidanceCodec.json().read(new GeneratedStream("\"", 'x', max + 1L, "\""), String.class),
                "maxStringLength",
                max);
    }

    @Test
    void billionLaughsYamlIsRejectedAsAnAliasNotSilentlyTruncated() {
        StringBuilder lol =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            lol.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                lol.append(i == 0 ? "" : ",").append('*').append(p);
            }
            lol.append("]\n");
        }
        long start = System.nanoTime();
        ReadResult<Map> read = GuidanceCodec.yaml().read(lol.toString(), Map.class);
        assertThat(System.nanoTime() - start).as("no expansion").isLessThan(5_000_000_000L);
        Diagnostic d = only(read);
        assertThat(d.code()).isEqualTo("core.yaml.alias");
        assertThat(d.arguments()).containsEntry("alias", "a");
        assertThat(d.line()).hasValue(2);
        assertThat(d.message(java.util.Locale.ENGLISH)).contains("'*a'", "billion-laughs", "0 aliases");
        // a single alias, and a merge key, are rejected the same way; the same document written out is read
        assertThat(only(GuidanceCodec.yaml().read("basis: &b {title: x}\nkopie: *b\n", Map.class))
                        .code())
                .isEqualTo("core.yaml.alias");
        assertThat(only(GuidanceCodec.yaml().read("basis: &b {title: x}\nkopie:\n  <<: *b\n", Map.class))
                        .code())
                .isEqualTo("core.yaml.alias");
        assertThat(GuidanceCodec.yaml()
                        .read("basis: {title: x}\nkopie: {title: x}\n", Map.class)
                        .isSuccessful())
                .isTrue();
        // an anchor that is never used loses nothing and is accepted
        assertThat(GuidanceCodec.yaml()
                        .read("basis: &b {title: x}\n", Map.class)
                        .isSuccessful())
                .isTrue();
        assertThat(only(GuidanceCodec.yaml().read(stream("a: &a [1]\nb: *a\n"), Map.class))
                        .code())
                .isEqualTo("core.yaml.alias");
    }

    @Test
    void unknownPropertiesAreReportedWithTheirPathOrIgnoredByOption() {
        String text = "{\"title\": \"Register\", \"url\": \"https://www.noloc.nl\", \"jaar\": 2024}";
        Diagnostic d = only(GuidanceCodec.json().read(text, Citation.class));
        assertThat(d.code()).isEqualTo("core.json.unknown-property");
        assertThat(d.location()).isEqualTo(JsonPointer.of("jaar"));
        ReadOptions lenient = ReadOptions.builder()
                .unknownProperties(ReadOptions.UnknownProperties.IGNORE)
                .build();
        ReadResult<Citation> read = GuidanceCodec.json(lenient).read(text, Citation.class);
        assertThat(read.isSuccessful()).isTrue();
        assertThat(read.diagnostics().isEmpty()).isTrue();
        assertThat(read.orElseThrow().title()).isEqualTo("Register");
        assertThat(GuidanceCodec.yaml(lenient)
                        .read("title: Register\nurl: https://www.noloc.nl\njaar: 2024\n", Citation.class)
                        .isSuccessful())
                .isTrue();
        assertThat(GuidanceCodec.json(lenient).toString()).contains("IGNORE");
    }

    @Test
    void anOversizedNdjsonRecordIsReportedAndSkippedAndTheStreamGoesOn() {
        ReadOptions opts =
                ReadOptions.builder().maxRecordLength(CITATION.length()).build();
        String big = "{\"title\": \"" + "x".repeat(200) + "\", \"url\": \"https://a.nl\"}";
        String text = CITATION + "\n" + big + "\n" + CITATION + "\n";
        List<Record<Citation>> all = readAll(GuidanceCodec.json(opts), text);
        assertThat(all).extracting(Record::index).containsExactly(0L, 1L, 2L);
        assertThat(all).extracting(Record::isSuccessful).containsExactly(true, false, true);
        assertTooLong(all.get(1), 1, CITATION.length(), 2);
        // just over by one byte
        String over = CITATION.replace("}", " }");
        assertThat(readAll(GuidanceCodec.json(opts), over + "\n" + CITATION))
                .extracting(Record::isSuccessful)
                .containsExactly(false, true);
    }

    @Test
    void anOversizedArrayElementIsReportedAndSkippedAndTheStreamGoesOn() {
        ReadOptions opts =
                ReadOptions.builder().maxRecordLength(CITATION.length()).build();
        String big = "{\"title\": \"" + "x[{".repeat(100) + "\", \"url\": \"https://a.nl\", \"n\": [[[1]]]}";
        String text = "[\n" + CITATION + ",\n" + big + ",\n" + CITATION + "\n]";
        List<Record<Citation>> all = readAll(GuidanceCodec.json(opts), text);
        assertThat(all).extracting(Record::index).containsExactly(0L, 1L, 2L);
        assertThat(all).extracting(Record::isSuccessful).containsExactly(true, false, true);
        assertTooLong(all.get(1), 1, CITATION.length(), 3);
        // the last element oversized, then the array closes
        List<Record<Citation>> last = readAll(GuidanceCodec.json(opts), "[" + CITATION + "," + big + "]");
        assertThat(last).extracting(Record::isSuccessful).containsExactly(true, false);
        // content after the array is still reported after an oversized last element
        List<Record<Citation>> trailing = readAll(GuidanceCodec.json(opts), "[" + big + "] x");
        assertThat(trailing).hasSize(2);
        assertThat(trailing.get(1)
                        .result()
                        .diagnostics()
                        .iterator()
                        .next()
                        .arguments()
                        .get("detail"))
                .contains("after the closing");
    }

    private static void assertTooLong(Record<?> r, long index, long max, int line) {
        Diagnostic d = only(r.result());
        assertThat(d.code()).isEqualTo("core.json.records.too-long");
        assertThat(d.arguments())
                .containsEntry("index", Long.toString(index))
                .containsEntry("limit", "maxRecordLength")
                .containsEntry("max", Long.toString(max));
        assertThat(d.location()).isEqualTo(JsonPointer.root().append(Long.toString(index)));
        assertThat(d.line()).hasValue(line);
        assertThat(r.line()).hasValue(line);
        assertThat(d.message(java.util.Locale.ENGLISH)).contains("Record " + index, "maxRecordLength", "skipped");
    }

    private static List<Record<Citation>> readAll(GuidanceCodec codec, String text) {
        try (RecordReader<Citation> r = codec.records(stream(text), Citation.class)) {
            return r.stream().collect(Collectors.toList());
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A prefix, then {@code count} copies of one ASCII byte, then a suffix; generated, never stored. */
    static final class GeneratedStream extends InputStream {
        private final byte[] prefix;
        private final byte fill;
        private final long count;
        private final byte[] suffix;
        private long pos;

        GeneratedStream(String prefix, char fill, long count, String suffix) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.fill = (byte) fill;
            this.count = count;
            this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long total = prefix.length + count + suffix.length;
            if (pos >= total) {
                return -1;
            }
            int n = 0;
            while (n < len && pos < total) {
                if (pos < prefix.length) {
                    b[off + n++] = prefix[(int) pos++];
                } else if (pos < prefix.length + count) {
                    int run = (int) Math.min(len - n, prefix.length + count - pos);
                    java.util.Arrays.fill(b, off + n, off + n + run, fill);
                    n += run;
                    pos += run;
                } else {
                    b[off + n++] = suffix[(int) (pos++ - prefix.length - count)];
                }
            }
            return n;
        }
    }
}
