/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyDiagramTest extends CliTestSupport {
    private static String reference() throws Exception {
        return Path.of(JourneyDiagramTest.class
                        .getResource("looking-for-work.yaml")
                        .toURI())
                .toString();
    }

    @Test
    void printsMermaidInDutchByDefault() throws Exception {
        assertThat(run("journey", "diagram", reference())).as(err).isEqualTo(GuidanceCli.OK);
        assertThat(out)
                .startsWith("---\ntitle: \"Ik zoek werk\"\n---\nflowchart TD\n")
                .contains(
                        "    s_q_vangnet{\"Even checken<br/>#40;q-vangnet#41;\"}\n",
                        "    s_q_vangnet -->|\"q-vangnet = nee\"| s_contact_adviseur\n",
                        "    s_q_vangnet -->|\"anders\"| s_gesprek\n",
                        "class s_contact_adviseur,s_gesprek,s_contact_begeleiding touchpoint");
        assertThat(out.lines().filter(l -> l.matches(" {4}s_[a-z_]+(\\[|\\{|\\().*")))
                .hasSize(15);
        assertThat(err).isEmpty();
    }

    @Test
    void writesDotInEnglishToAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reis.dot");
        assertThat(run(
                        "--lang",
                        "en",
                        "journey",
                        "diagram",
                        reference(),
                        "--format",
                        "dot",
                        "--out",
                        file.toString(),
                        "--direction",
                        "lr"))
                .as(err)
                .isEqualTo(GuidanceCli.OK);
        assertThat(out).isEmpty();
        String dot = Files.readString(file);
        assertThat(dot)
                .startsWith("digraph \"looking-for-work\" {\n    graph [rankdir=LR, label=\"I am looking for work\"")
                .contains(
                        "\"q-vangnet\" -> \"gesprek\" [label=\"otherwise\"];", "\"plan\" [label=\"Your plan\\n(plan)\"")
                .endsWith("}\n");
    }

    @Test
    void optionsChangeTheDrawing() throws Exception {
        assertThat(run("journey", "diagram", reference(), "--no-conditions", "--direction", "LR"))
                .isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("flowchart LR\n").doesNotContain("-->|");
        assertThat(run("journey", "diagram", reference(), "--format", "svg")).isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("svg", "mermaid", "dot");
        assertThat(run("journey", "diagram", reference(), "--direction", "diagonal"))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(run("journey", "diagram", reference(), "--out", "/nonexistent-dir/x.mmd"))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("/nonexistent-dir/x.mmd");
    }

    @Test
    void anUnreadableJourneyExitsWithTwoAndDiagnostics(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kapot.yaml");
        Files.writeString(file, "id: [unclosed\n");
        assertThat(run("--lang", "en", "journey", "diagram", file.toString())).isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(out).isEmpty();
        assertThat(err).contains("kapot.yaml").containsPattern("[a-z]+\\.[a-z.-]+");
        assertThat(run("journey", "diagram", dir.resolve("bestaat-niet.yaml").toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(out).isEmpty();
        assertThat(err).isNotBlank();
        assertThat(run("journey", "diagram")).isEqualTo(GuidanceCli.UNUSABLE);
    }

    @Test
    void aJourneyWithErrorsIsDrawnAsItIsAndItsErrorsListed(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(reference()));
        Path file = dir.resolve("dangling.yaml");
        Files.writeString(
                file, text.replace("transitions: [{target: verwijzing}]", "transitions: [{target: nergens}]"));
        assertThat(run("--lang", "en", "journey", "diagram", file.toString(), "--format", "dot"))
                .isEqualTo(GuidanceCli.OK);
        assertThat(err).contains("the journey has errors", "nergens");
        assertThat(out)
                .contains(
                        "\"nergens\" [label=\"? nergens\", shape=box, class=\"missing\"",
                        "\"contact-begeleiding\" -> \"nergens\";");
    }
}
