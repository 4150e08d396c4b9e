/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.intake.IntakeCatalogue;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.JourneyGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JourneyCheckerPropertiesTest {
    private static final JourneyChecker STRICT = JourneyChecker.of(CheckPolicy.builder()
            .maxStepsToContact(1)
            .professionalReflection(RuleLevel.ERROR)
            .minPathLength(4)
            .maxPathLength(5)
            .build());

    @Test
    void neverThrowsOnGeneratedGarbageAndEveryFindingHasAMessage() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Journey garbage = JourneyGenerator.garbage(seed);
            Diagnostics found = STRICT.check(garbage);
            Diagnostics again = STRICT.check(garbage);
            assertThat(again).isEqualTo(found);
            for (Diagnostic d : found) {
                assertThat(JourneyMessages.BUNDLE.has(d.code())).as(d.code()).isTrue();
                assertThat(d.message().texts()).containsKeys("nl", "en");
                assertThat(d.message(java.util.Locale.ENGLISH)).doesNotContain("{");
            }
            assertThat(JourneyChecker.ofDefaults()
                            .checkCatalogue(
                                    List.of(garbage, JourneyGenerator.garbage(seed + 1)), IntakeCatalogue.builtIn())
                            .isEmpty())
                    .isFalse();
        });
    }

    @Test
    void locationsPointIntoTheDocument() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            Journey garbage = JourneyGenerator.garbage(seed);
            for (Diagnostic d : JourneyChecker.ofDefaults().check(garbage)) {
                List<String> segments = d.location().segments();
                if (!segments.isEmpty() && segments.get(0).equals("steps")) {
                    assertThat(Integer.parseInt(segments.get(1)))
                            .isLessThan(garbage.steps().size());
                } else {
                    assertThat(segments).hasSizeLessThanOrEqualTo(1);
                }
            }
        });
    }

    @Test
    void everyCodeUsedInTheSourcesHasADutchAndEnglishTemplate() throws IOException {
        assertThat(JourneyMessages.BUNDLE.incompleteCodes()).isEmpty();
        Set<String> used = new TreeSet<>();
        Pattern code = Pattern.compile("\"(journeys\\.[a-z]+\\.[a-z-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = code.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(25);
        assertThat(JourneyMessages.BUNDLE.codes()).containsAll(used);
        assertThat(used).containsAll(JourneyMessages.BUNDLE.codes());
    }
}
