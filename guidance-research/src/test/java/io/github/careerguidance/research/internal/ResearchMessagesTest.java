/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The research bundle holds exactly the {@code research.*} codes its sources use, each in English and Dutch. */
class ResearchMessagesTest {

    @Test
    void everyCodeUsedInTheSourcesHasADutchAndEnglishTemplate() throws IOException {
        assertThat(ResearchMessages.BUNDLE.incompleteCodes()).isEmpty();
        Set<String> used = new TreeSet<>();
        Pattern code = Pattern.compile("\"(research\\.[a-z]+\\.[a-z-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = code.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used)
                .hasSizeGreaterThan(10)
                .allMatch(c -> c.startsWith("research.simulation.") || c.startsWith("research.calibration."));
        assertThat(ResearchMessages.BUNDLE.codes()).containsExactlyElementsOf(used);
    }

    @Test
    void aDiagnosticCarriesItsCodeAndBothLanguages() {
        Diagnostic d = ResearchMessages.diagnostic(
                Severity.ERROR,
                "research.simulation.probability-range",
                JsonPointer.of("contactRequest"),
                Map.of("value", 1.5));
        assertThat(d.code()).isEqualTo("research.simulation.probability-range");
        assertThat(d.location()).isEqualTo(JsonPointer.of("contactRequest"));
        assertThat(d.message(Locale.ENGLISH)).isEqualTo("A probability must be a number from 0 to 1 but was 1.5");
        assertThat(d.message(Locale.forLanguageTag("nl")))
                .isEqualTo("Een kans moet een getal van 0 tot en met 1 zijn maar was 1.5");
    }
}
