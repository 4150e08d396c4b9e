/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The six reference journeys' scenario files, run as dynamic tests the way an integrator's build runs its own. */
class GuidanceScenariosTest {
    static final Path REFERENCE = Path.of(
            "..",
            "guidance-journeys",
            "src",
            "main",
            "resources",
            "io",
            "github",
            "careerguidance",
            "journeys",
            "reference");

    @TestFactory
    Stream<DynamicNode> referenceScenarios() throws IOException {
        List<DynamicNode> all = new ArrayList<>();
        // the six reference journeys; the follow-up journeys beside them start from a plan and have no scenarios
        for (String id : io.github.careerguidance.journeys.reference.ReferenceJourneys.IDS) {
            GuidanceScenarios.dynamicTests(REFERENCE.resolve(id + ".yaml"), REFERENCE.resolve("scenarios"))
                    .forEach(all::add);
        }
        assertThat(all).allMatch(n -> n instanceof DynamicContainer);
        assertThat(all).hasSize(6);
        return all.stream();
    }

    private static List<DynamicTest> leaves(Stream<DynamicNode> nodes) {
        List<DynamicTest> out = new ArrayList<>();
        nodes.forEach(n -> {
            if (n instanceof DynamicContainer) {
                leaves(((DynamicContainer) n).getChildren().map(c -> (DynamicNode) c))
                        .forEach(out::add);
            } else {
                out.add((DynamicTest) n);
            }
        });
        return out;
    }

    @Test
    void aDivergingScenarioIsAFailingTestWithTheDivergence(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(
                file,
                "journey: looking-for-work\nscenarios:\n  - name: wrong\n    visits:\n"
                        + "      - answers: {q-situatie: geen-werk, q-richting: duidelijk, zelftest: 4, q-vangnet: ja,"
                        + " q-keuze: ja, q-lukt: ja}\n    expect: {outcome: verwijzing}\n");
        List<DynamicTest> tests =
                leaves(GuidanceScenarios.dynamicTests(REFERENCE.resolve("looking-for-work.yaml"), file));
        assertThat(tests).hasSize(1);
        assertThat(tests.get(0).getDisplayName()).isEqualTo("wrong");
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected outcome verwijzing, but was outcome plan");
    }

    @Test
    void unreadableFilesAreFailingTestsNotExceptions(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "journey: [\n");
        List<DynamicTest> tests =
                leaves(GuidanceScenarios.dynamicTests(REFERENCE.resolve("looking-for-work.yaml"), broken));
        assertThat(tests).hasSize(1);
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("broken.yaml");
        List<DynamicTest> none = leaves(GuidanceScenarios.dynamicTests(dir.resolve("nope.yaml"), dir));
        assertThatThrownBy(() -> none.get(0).getExecutable().execute()).isInstanceOf(AssertionError.class);
    }
}
