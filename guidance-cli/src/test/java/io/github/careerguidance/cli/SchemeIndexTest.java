/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.scheme.Scheme;
import io.github.careerguidance.quality.scheme.SchemeCatalogue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The committed scheme index ({@code schemes-index.tsv}) matches the built-in schemes, and {@code schemes list} prints
 * from it exactly what it printed from the schemes. Regenerate the index after changing a scheme's id, version,
 * subject or name: {@code ./mvnw -B -ntp -pl guidance-cli test -Dtest=SchemeIndexTest
 * -Dcli.schemes.index.update=true}.
 */
class SchemeIndexTest {
    private static final String UPDATE = "cli.schemes.index.update";
    private static final Path COMMITTED =
            Path.of("src/main/resources/io/github/careerguidance/cli/" + SchemeIndex.RESOURCE);

    static String generated() {
        StringBuilder b = new StringBuilder()
                .append("# What `guidance schemes list` prints of each built-in scheme: id, version, subject, name per")
                .append(" language.\n# Generated from the scheme files by SchemeIndexTest; regenerate with ./mvnw -B")
                .append(" -ntp -pl guidance-cli test -Dtest=SchemeIndexTest -D")
                .append(UPDATE)
                .append("=true\n");
        for (Scheme s : SchemeCatalogue.builtIn().schemes()) {
            b.append(SchemeIndex.line(new SchemeIndex.Entry(
                            s.id(), s.version(), s.subject().toString().toLowerCase(Locale.ROOT), s.name())))
                    .append('\n');
        }
        return b.toString();
    }

    @Test
    void theCommittedIndexMatchesTheBuiltInSchemes() throws IOException {
        String expected = generated();
        if (Boolean.getBoolean(UPDATE)) {
            Files.writeString(COMMITTED, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("%s is stale: regenerate it with -D%s=true", COMMITTED, UPDATE)
                .isEqualTo(expected);
        List<SchemeIndex.Entry> read = SchemeIndex.builtIn().orElseThrow();
        List<Scheme> schemes = SchemeCatalogue.builtIn().schemes();
        assertThat(read).hasSameSizeAs(schemes).hasSizeGreaterThan(10);
        for (int i = 0; i < schemes.size(); i++) {
            assertThat(read.get(i).id()).isEqualTo(schemes.get(i).id());
            assertThat(read.get(i).version()).isEqualTo(schemes.get(i).version());
            assertThat(read.get(i).name()).isEqualTo(schemes.get(i).name());
        }
    }

    @Test
    void theListPrintsTheSameFromTheIndexAsFromTheSchemesInEveryLanguage() {
        for (String lang : List.of("nl", "en", "de", "fy")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = GuidanceCli.run(new PrintWriter(out), new PrintWriter(err), "--lang", lang, "schemes", "list");
            assertThat(code).isEqualTo(GuidanceCli.OK);
            assertThat(err.toString()).isEmpty();
            StringBuilder expected = new StringBuilder();
            for (Scheme s : SchemeCatalogue.builtIn().schemes()) {
                expected.append(String.format(
                        "%-26s %-10s %-13s %s%n",
                        s.id(),
                        s.version(),
                        s.subject().toString().toLowerCase(Locale.ROOT),
                        s.name().resolve(Locale.forLanguageTag(lang))));
            }
            assertThat(out.toString()).as("--lang %s", lang).isEqualTo(expected.toString());
        }
    }

    @Test
    void fieldsWithTabsLineBreaksAndBackslashesReadBackUnchanged() throws IOException {
        SchemeIndex.Entry odd = new SchemeIndex.Entry(
                "a\\b", "1\t2", "person", LocalizedText.of(Map.of("nl", "één\ttwee\nregel \\t", "en", "x=y")));
        Optional<List<SchemeIndex.Entry>> read =
                SchemeIndex.parse(new BufferedReader(new StringReader("# comment\n" + SchemeIndex.line(odd) + "\n")));
        assertThat(read).contains(List.of(odd));
    }

    @Test
    void aLineThatIsNotAnIndexLineMakesTheIndexUnusable() throws IOException {
        assertThat(SchemeIndex.parse(new BufferedReader(new StringReader("noloc-rl\t2021\n"))))
                .isEmpty();
        assertThat(SchemeIndex.parse(new BufferedReader(new StringReader("a\t1\tperson\tno-equals-sign\n"))))
                .isEmpty();
        assertThat(SchemeIndex.parse(new BufferedReader(new StringReader("# only a comment\n"))))
                .isEmpty();
    }
}
