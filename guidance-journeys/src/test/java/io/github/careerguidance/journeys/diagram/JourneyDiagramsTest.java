/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.journeys.authoring.JourneyBuilder;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.JourneyGenerator;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.journeys.model.Transition;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyDiagramsTest {
    private static final Pattern M_NODE = Pattern.compile(
            "^ {4}([A-Za-z0-9_]+)(\\[\\[|\\[/|\\(\\[|\\{\\{|\\[|\\{|\\(|>)\"([^\"\\n]*)\"(\\]\\]|/\\]|\\]\\)|\\}\\}|\\]|\\}|\\))$");
    private static final Pattern M_EDGE =
            Pattern.compile("^ {4}([A-Za-z0-9_]+) -->(?:\\|\"([^\"|\\n]*)\"\\|)? ([A-Za-z0-9_]+)$");
    private static final Pattern M_CLASS = Pattern.compile("^ {4}class ([A-Za-z0-9_,]+) ([a-z_]+)$");
    private static final Pattern M_OTHER = Pattern.compile(
            "^(flowchart (TD|LR|BT|RL)| {4}accTitle: .*| {4}accDescr: .*| {4}linkStyle \\d+ stroke-width:[0-9.]+px"
                    + "| {4}classDef [a-z_]+ [-a-zA-Z0-9:#,. ]+)$");
    private static final String Q = "\"((?:[^\"\\\\\\n]|\\\\.)*)\"";
    private static final Pattern D_NODE = Pattern.compile(
            "^ {4}" + Q + " \\[label=" + Q + ", shape=(\\w+), class=\"([a-z_ ]+)\", style=\"([a-z,]+)\"(.*)\\];$");
    private static final Pattern D_EDGE = Pattern.compile("^ {4}" + Q + " -> " + Q + "(?: \\[(.*)\\])?;$");
    private static final Pattern D_LABEL = Pattern.compile("label=" + Q);

    private static final Map<StepKind, String> MERMAID_OPEN = Map.of(
            StepKind.INFORMATION,
            "[",
            StepKind.QUESTION,
            "{",
            StepKind.ASSESSMENT,
            "[[",
            StepKind.REFLECTION,
            "(",
            StepKind.ACTION,
            "[/",
            StepKind.CONTACT,
            "{{",
            StepKind.OUTCOME,
            "([");
    private static final Map<StepKind, String> DOT_SHAPE = Map.of(
            StepKind.INFORMATION,
            "box",
            StepKind.QUESTION,
            "diamond",
            StepKind.ASSESSMENT,
            "component",
            StepKind.REFLECTION,
            "ellipse",
            StepKind.ACTION,
            "parallelogram",
            StepKind.CONTACT,
            "hexagon",
            StepKind.OUTCOME,
            "box");

    /** A parsed diagram: node id to (shape, label, classes), edges as "from -> to" to label. */
    record Parsed(
            Map<String, String> shapes,
            Map<String, String> labels,
            Map<String, Set<String>> classes,
            Map<String, String> edges,
            List<String> lines) {}

    static Parsed parseMermaid(String text) {
        Map<String, String> shapes = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        Map<String, String> edges = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        assertThat(lines.remove(lines.size() - 1)).as("ends in a line break").isEmpty();
        int from = 0;
        if (lines.get(0).equals("---")) {
            assertThat(lines.get(1)).matches("title: \"([^\"\\\\]|\\\\.)*\"");
            assertThat(lines.get(2)).isEqualTo("---");
            from = 3;
        }
        for (String line : lines.subList(from, lines.size())) {
            Matcher m;
            if ((m = M_NODE.matcher(line)).matches()) {
                assertThat(shapes.put(m.group(1), m.group(2)))
                        .as("node once: " + line)
                        .isNull();
                labels.put(m.group(1), m.group(3));
            } else if ((m = M_EDGE.matcher(line)).matches()) {
                assertThat(edges.put(m.group(1) + " -> " + m.group(3), m.group(2) == null ? "" : m.group(2)))
                        .as("edge once: " + line)
                        .isNull();
            } else if ((m = M_CLASS.matcher(line)).matches()) {
                for (String id : m.group(1).split(",")) {
                    classes.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(m.group(2));
                }
            } else {
                assertThat(line).as("a known Mermaid line").matches(M_OTHER);
            }
        }
        return new Parsed(shapes, labels, classes, edges, lines);
    }

    static String unescapeDot(String s) {
        return s.replaceAll("\\\\(.)", "$1");
    }

    static Parsed parseDot(String text) {
        Map<String, String> shapes = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        Map<String, String> edges = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        assertThat(lines.remove(lines.size() - 1)).isEmpty();
        assertThat(lines.get(0)).matches("digraph " + Q + " \\{");
        assertThat(lines.get(1)).startsWith("    graph [rankdir=");
        assertThat(lines.get(2)).startsWith("    node [");
        assertThat(lines.get(3)).startsWith("    edge [");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("}");
        for (String line : lines.subList(4, lines.size() - 1)) {
            Matcher m;
            if ((m = D_NODE.matcher(line)).matches()) {
                String id = unescapeDot(m.group(1));
                assertThat(shapes.put(id, m.group(3))).as("node once: " + line).isNull();
                labels.put(id, m.group(2));
                classes.put(id, new LinkedHashSet<>(List.of(m.group(4).split(" "))));
            } else {
                assertThat(line).as("a node or an edge").matches(D_EDGE);
                m = D_EDGE.matcher(line);
                assertThat(m.matches()).isTrue();
                String label = "";
                if (m.group(3) != null) {
                    Matcher l = D_LABEL.matcher(m.group(3));
                    label = l.find() ? unescapeDot(l.group(1)) : "";
                }
                assertThat(edges.put(unescapeDot(m.group(1)) + " -> " + unescapeDot(m.group(2)), label))
                        .as("edge once: " + line)
                        .isNull();
            }
        }
        return new Parsed(shapes, labels, classes, edges, lines);
    }

    /** The Mermaid id of a step id by the documented rule (for ids that do not collide). */
    static String mid(String stepId) {
        return "s_" + stepId.replaceAll("[^A-Za-z0-9]", "_");
    }

    /** The distinct (from, to) pairs of the journey's transitions, from the first step of each id. */
    static Set<String> expectedEdges(Journey journey, boolean mermaid) {
        Set<String> edges = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Step s : journey.steps()) {
            if (seen.add(s.id())) {
                for (Transition t : s.transitions()) {
                    edges.add(mermaid ? mid(s.id()) + " -> " + mid(t.target()) : s.id() + " -> " + t.target());
                }
            }
        }
        return edges;
    }

    static Set<String> ids(Journey journey, boolean mermaid, java.util.function.Predicate<Step> filter) {
        Set<String> ids = new LinkedHashSet<>();
        for (Step s : journey.steps()) {
            if (filter.test(s)) {
                ids.add(mermaid ? mid(s.id()) : s.id());
            }
        }
        return ids;
    }

    static boolean safetyNet(Step s) {
        return s.question()
                .map(q -> q.choices().stream().anyMatch(Choice::escalate))
                .orElse(false);
    }

    static Set<String> withClass(Parsed p, String cls) {
        Set<String> ids = new LinkedHashSet<>();
        p.classes().forEach((id, c) -> {
            if (c.contains(cls)) {
                ids.add(id);
            }
        });
        return ids;
    }

    @Test
    void mermaidOfEveryReferenceJourneyHasItsStepsAsNodesAndItsTransitionsAsEdges() {
        for (Journey journey : ReferenceJourneys.all()) {
            Parsed p = parseMermaid(JourneyDiagrams.mermaid(journey));
            assertThat(p.shapes().keySet()).as(journey.id()).containsExactlyElementsOf(ids(journey, true, s -> true));
            assertThat(p.edges().keySet())
                    .as(journey.id())
                    .containsExactlyInAnyOrderElementsOf(expectedEdges(journey, true));
            for (Step s : journey.steps()) {
                assertThat(p.shapes().get(mid(s.id()))).as(s.id()).isEqualTo(MERMAID_OPEN.get(s.kind()));
                assertThat(p.classes().get(mid(s.id()))).as(s.id()).contains(DiagramGraph.kindClass(s.kind()));
                assertThat(p.labels().get(mid(s.id()))).as(s.id()).contains(s.id());
            }
            assertThat(withClass(p, "touchpoint"))
                    .as(journey.id())
                    .isEqualTo(ids(journey, true, Step::isHumanContact))
                    .isNotEmpty();
            assertThat(withClass(p, "outcome"))
                    .isEqualTo(ids(journey, true, Step::isOutcome))
                    .isNotEmpty();
            assertThat(withClass(p, "escalation"))
                    .isEqualTo(ids(journey, true, JourneyDiagramsTest::safetyNet))
                    .isNotEmpty();
            assertThat(withClass(p, "start")).containsExactly(mid(journey.start()));
        }
    }

    @Test
    void dotOfEveryReferenceJourneyHasItsStepsAsNodesAndItsTransitionsAsEdges() {
        for (Journey journey : ReferenceJourneys.all()) {
            String dot = JourneyDiagrams.dot(
                    journey, DiagramOptions.builder().language(Locale.ENGLISH).build());
            Parsed p = parseDot(dot);
            assertThat(p.shapes().keySet()).as(journey.id()).containsExactlyElementsOf(ids(journey, false, s -> true));
            assertThat(p.edges().keySet()).containsExactlyInAnyOrderElementsOf(expectedEdges(journey, false));
            for (Step s : journey.steps()) {
                assertThat(p.shapes().get(s.id())).as(s.id()).isEqualTo(DOT_SHAPE.get(s.kind()));
                assertThat(p.labels().get(s.id()))
                        .startsWith(JourneyDiagrams.dotText(
                                DiagramGraph.cut(s.title().resolve(Locale.ENGLISH), 48)));
            }
            assertThat(withClass(p, "touchpoint")).isEqualTo(ids(journey, false, Step::isHumanContact));
            assertThat(withClass(p, "outcome")).isEqualTo(ids(journey, false, Step::isOutcome));
            assertThat(withClass(p, "escalation")).isEqualTo(ids(journey, false, JourneyDiagramsTest::safetyNet));
            assertThat(dot)
                    .contains(
                            "label=\"" + JourneyDiagrams.dotText(journey.title().resolve(Locale.ENGLISH)) + "\"");
            for (String line : p.lines()) {
                if (line.contains("class=\"k_outcome")) {
                    assertThat(line).contains("peripheries=2", "rounded");
                }
            }
        }
    }

    @Test
    void conditionsBecomeShortEdgeLabelsInTheChosenLanguage() {
        Journey journey = ReferenceJourneys.byId("looking-for-work").orElseThrow();
        Parsed nl = parseDot(JourneyDiagrams.dot(journey));
        assertThat(nl.edges())
                .containsEntry("q-vangnet -> contact-adviseur", "q-vangnet = nee")
                .containsEntry("q-vangnet -> gesprek", "anders")
                .containsEntry("welkom -> q-situatie", "");
        Parsed en = parseDot(JourneyDiagrams.dot(
                journey, DiagramOptions.builder().language(Locale.ENGLISH).build()));
        assertThat(en.edges()).containsEntry("q-vangnet -> gesprek", "otherwise");
        assertThat(JourneyDiagrams.dot(journey)).contains("label=\"Ik zoek werk\"");
        assertThat(JourneyDiagrams.mermaid(
                        journey,
                        DiagramOptions.builder().language(Locale.ENGLISH).build()))
                .startsWith("---\ntitle: \"I am looking for work\"\n---\nflowchart TD\n")
                .contains("accDescr: Journey looking-for-work 1.0.0: "
                        + journey.steps().size() + " steps, "
                        + expectedEdges(journey, true).size() + " transitions\n");
        Parsed without = parseMermaid(JourneyDiagrams.mermaid(
                journey,
                DiagramOptions.builder()
                        .includeConditions(false)
                        .includeTitle(false)
                        .direction(DiagramDirection.LEFT_RIGHT)
                        .build()));
        assertThat(without.edges().values()).containsOnly("");
        assertThat(without.lines().get(0)).isEqualTo("flowchart LR");
    }

    @Test
    void nestedConditionsReadAsWords() {
        Journey journey = JourneyBuilder.journey("samengesteld", "1.0.0")
                .title("Samengesteld", "Composite")
                .start("q1")
                .question(
                        "q1",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Vraag", "Question")
                                .singleChoice("Kies", "Choose")
                                .choice("ja", "Ja", "Yes")
                                .choice("nee", "Nee", "No")
                                .when(
                                        io.github.careerguidance.journeys.model.Condition.all(
                                                io.github.careerguidance.journeys.model.Condition.equalTo(
                                                        io.github.careerguidance.journeys.model.Operand.answer("q1"),
                                                        "ja"),
                                                io.github.careerguidance.journeys.model.Condition.not(
                                                        io.github.careerguidance.journeys.model.Condition.lessThan(
                                                                io.github.careerguidance.journeys.model.Operand.score(
                                                                        "caas-24", "concern"),
                                                                3)),
                                                io.github.careerguidance.journeys.model.Condition.any(
                                                        io.github.careerguidance.journeys.model.Condition.in(
                                                                io.github.careerguidance.journeys.model.Operand.profile(
                                                                        io.github.careerguidance.journeys.model
                                                                                .ProfileField.EDUCATION_LEVEL),
                                                                "mbo-3",
                                                                "mbo-4"),
                                                        io.github.careerguidance.journeys.model.Condition.atLeast(
                                                                io.github.careerguidance.journeys.model.Operand
                                                                        .supportLevel(),
                                                                2))),
                                        "einde")
                                .next("anders"))
                .outcome(
                        "anders",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Anders", "Else")
                                .plan("Ok.", "Ok."))
                .outcome(
                        "einde",
                        s -> s.phase(CasvePhase.EXECUTION).title("Einde", "End").plan("Klaar.", "Done."))
                .build();
        Parsed p = parseDot(JourneyDiagrams.dot(
                journey, DiagramOptions.builder().maxLabelLength(200).build()));
        assertThat(p.edges().get("q1 -> einde"))
                .isEqualTo("q1 = ja en niet (caas-24/concern < 3) en "
                        + "(educationLevel in [mbo-3, mbo-4] of supportLevel >= 2)");
        assertThat(p.edges().get("q1 -> anders")).isEqualTo("anders");
        Parsed cut = parseDot(JourneyDiagrams.dot(journey));
        assertThat(cut.edges().get("q1 -> einde")).hasSize(48).endsWith("\u2026");
    }

    @Test
    void trafficShowsCountsAndLineWidths() {
        Journey journey = ReferenceJourneys.byId("looking-for-work").orElseThrow();
        EdgeTraffic traffic = EdgeTraffic.of(Map.of(
                "q-vangnet", Map.of("contact-adviseur", 250, "gesprek", 750), "welkom", Map.of("q-situatie", 1000)));
        DiagramOptions options = DiagramOptions.builder().traffic(traffic).build();
        Parsed dot = parseDot(JourneyDiagrams.dot(journey, options));
        assertThat(dot.edges())
                .containsEntry("q-vangnet -> contact-adviseur", "q-vangnet = nee (n=250)")
                .containsEntry("welkom -> q-situatie", "n=1000")
                .containsEntry("gesprek -> q-keuze", "n=0");
        String text = JourneyDiagrams.dot(journey, options);
        assertThat(text)
                .contains("\"welkom\" -> \"q-situatie\" [label=\"n=1000\", penwidth=8];")
                .contains("\"q-vangnet\" -> \"gesprek\" [label=\"anders (n=750)\", penwidth=6.3];")
                .contains("\"q-vangnet\" -> \"contact-adviseur\" [label=\"q-vangnet = nee (n=250)\", penwidth=2.8];");
        String mermaid = JourneyDiagrams.mermaid(journey, options);
        Parsed m = parseMermaid(mermaid);
        List<String> edgeKeys = new ArrayList<>(m.edges().keySet());
        int welkom = edgeKeys.indexOf("s_welkom -> s_q_situatie");
        assertThat(mermaid).contains("    linkStyle " + welkom + " stroke-width:8px\n");
        assertThat(mermaid.lines().filter(l -> l.startsWith("    linkStyle "))).hasSize(edgeKeys.size());
        assertThat(traffic.count("q-vangnet", "gesprek")).isEqualTo(750);
        assertThat(traffic.count("gesprek", "q-vangnet")).isZero();
        assertThat(traffic.max()).isEqualTo(1000);
        assertThat(EdgeTraffic.builder().build().max()).isZero();
        assertThatThrownBy(() -> EdgeCount.of("a", "b", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> EdgeTraffic.builder()
                        .addEdges(EdgeCount.of("a", "b", 1), EdgeCount.of("a", "b", 2))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a -> b");
        assertThatThrownBy(() -> DiagramOptions.builder().maxLabelLength(3).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3");
    }

    private static Journey hostile(String title) {
        return JourneyBuilder.journey("vijandig", "1.0.0")
                .title(title, title)
                .start("a-b")
                .information(
                        "a-b",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title(title, title)
                                .item("i", "Tekst", "Text")
                                .next("a.b"))
                .question(
                        "a.b",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title(title, title)
                                .singleChoice("Kies", "Choose")
                                .choice("ja", "Ja", "Yes")
                                .escalatingChoice("nee", "Nee", "No")
                                .when(
                                        io.github.careerguidance.journeys.model.Condition.equalTo(
                                                io.github.careerguidance.journeys.model.Operand.answer("a.b"), title),
                                        "end")
                                .next("a_b"))
                .contact(
                        "a_b",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title(title, title)
                                .supportLevel(io.github.careerguidance.core.readiness.SupportLevel.BRIEF_STAFF_ASSISTED)
                                .channels(io.github.careerguidance.core.contact.ContactChannel.PHONE)
                                .next("end"))
                .outcome(
                        "end",
                        s -> s.phase(CasvePhase.EXECUTION).title(title, title).plan("Klaar.", "Done."))
                .build();
    }

    @Test
    void hostileLabelsAndCollidingIdsAreEscaped() {
        String title =
                "Quote \" ]] }} )) --> x; end %% #lt; <script>alert(1)</script> \\ back\nslash | pipe `md`\r\ttab";
        Journey journey = hostile(title);
        String mermaid = JourneyDiagrams.mermaid(journey);
        Parsed m = parseMermaid(mermaid);
        // a-b, a.b and a_b all map to s_a_b: the later ones get d<index>_
        assertThat(m.shapes().keySet()).containsExactly("s_a_b", "d1_a_b", "d2_a_b", "s_end");
        assertThat(m.edges().keySet())
                .containsExactly("s_a_b -> d1_a_b", "d1_a_b -> s_end", "d1_a_b -> d2_a_b", "d2_a_b -> s_end");
        assertThat(m.shapes())
                .containsEntry("d1_a_b", "{")
                .containsEntry("d2_a_b", "{{")
                .containsEntry("s_end", "([");
        assertThat(m.classes().get("d1_a_b")).contains("escalation");
        assertThat(m.classes().get("d2_a_b")).contains("touchpoint");
        for (String label : m.labels().values()) {
            assertThat(label)
                    .doesNotContain("-->", "<script", "\"", "]]", "\n", "\r", "\t", "%%", "|", "`")
                    .contains("#34;", "#60;script#62;");
        }
        assertThat(m.edges().get("d1_a_b -> s_end")).contains("#34;").doesNotContain("-->", "\"", "|");
        assertThat(mermaid.lines().count()).isEqualTo(m.lines().size() + 0L);
        // DOT: ids quoted as they are, labels escaped and restored by unescaping
        Parsed d = parseDot(JourneyDiagrams.dot(journey));
        assertThat(d.shapes().keySet()).containsExactly("a-b", "a.b", "a_b", "end");
        assertThat(d.edges()).containsKey("a.b -> end");
        String expected = DiagramGraph.cut(title.replaceAll("[\\n\\r\\t]", " "), 48);
        assertThat(unescapeDot(d.labels().get("a-b"))).isEqualTo(expected + "\\n(a-b)".replace("\\n", "n"));
        assertThat(JourneyDiagrams.mermaidText("a\"b#c")).isEqualTo("a#34;b#35;c");
        assertThat(JourneyDiagrams.dotText("a\"b\\c\nd")).isEqualTo("a\\\"b\\\\c d");
    }

    @Test
    void anyTitleKeepsEveryLineParseable() {
        qt().withExamples(200)
                .forAll(strings().allPossible().ofLengthBetween(1, 60))
                .assuming(JourneyDiagramsTest::wellFormed)
                .checkAssert(raw -> {
                    String title = raw.isBlank() ? "x" + raw : raw;
                    Journey journey = hostile(title);
                    Parsed m = parseMermaid(JourneyDiagrams.mermaid(journey));
                    assertThat(m.shapes()).hasSize(4);
                    assertThat(m.edges()).hasSize(4);
                    Parsed d = parseDot(JourneyDiagrams.dot(journey));
                    assertThat(d.shapes()).hasSize(4);
                    assertThat(d.edges()).hasSize(4);
                });
    }

    /** Whether a text has no unpaired surrogate (LocalizedText rejects those). */
    static boolean wellFormed(String text) {
        return java.nio.charset.StandardCharsets.UTF_16.newEncoder().canEncode(text);
    }

    @Test
    void brokenJourneysStillDrawEveryDistinctStepAndMissingTargetsOnce() {
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            Journey garbage = JourneyGenerator.garbage(seed);
            Set<String> nodes = new LinkedHashSet<>();
            garbage.steps().forEach(s -> nodes.add(s.id()));
            Set<String> missing = new LinkedHashSet<>();
            Set<String> drawn = new LinkedHashSet<>();
            for (Step s : garbage.steps()) {
                if (drawn.add(s.id())) { // only the first step of an id is reached, as in the engine
                    s.transitions().stream()
                            .map(Transition::target)
                            .filter(t -> !nodes.contains(t))
                            .forEach(missing::add);
                }
            }
            Parsed d = parseDot(JourneyDiagrams.dot(garbage));
            Set<String> all = new LinkedHashSet<>(nodes);
            all.addAll(missing);
            assertThat(d.shapes().keySet()).containsExactlyElementsOf(all);
            assertThat(withClass(d, "missing")).containsExactlyElementsOf(missing);
            assertThat(d.edges().keySet()).containsExactlyInAnyOrderElementsOf(expectedEdges(garbage, false));
            Parsed m = parseMermaid(JourneyDiagrams.mermaid(garbage));
            assertThat(m.shapes()).hasSameSizeAs(all);
            assertThat(m.edges()).hasSameSizeAs(d.edges());
            assertThat(JourneyDiagrams.mermaid(garbage)).isEqualTo(JourneyDiagrams.mermaid(garbage));
        });
    }

    @Test
    void outputIsDeterministicAndFormatsRoundTrip() {
        Journey journey = ReferenceJourneys.byId("became-unemployed").orElseThrow();
        Journey copy = Journey.builder().from(journey).build();
        assertThat(JourneyDiagrams.mermaid(copy)).isEqualTo(JourneyDiagrams.mermaid(journey));
        assertThat(JourneyDiagrams.render(journey, DiagramFormat.DOT, DiagramOptions.ofDefaults()))
                .isEqualTo(JourneyDiagrams.dot(journey));
        assertThat(DiagramFormat.fromCode("Mermaid")).isEqualTo(DiagramFormat.MERMAID);
        assertThat(DiagramDirection.fromCode("left-right")).isEqualTo(DiagramDirection.LEFT_RIGHT);
        assertThatThrownBy(() -> DiagramFormat.fromCode("svg"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mermaid");
    }

    @Test
    void dotAcceptsTheOutputWhenGraphvizIsInstalled(@TempDir Path dir) throws Exception {
        Path dot = findDot();
        if (dot == null) {
            return; // Graphviz is optional on developer machines and CI; the line parser above checks the syntax
        }
        for (Journey journey : List.of(
                ReferenceJourneys.byId("looking-for-work").orElseThrow(), hostile("Quote \" ]] --> \\ end\nnext"))) {
            Path in = dir.resolve(journey.id() + ".dot");
            Files.writeString(in, JourneyDiagrams.dot(journey), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(dot.toString(), "-Tsvg", in.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).contains("<svg", "class=\"node k_question");
        }
    }

    private static Path findDot() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "dot");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @SuppressWarnings("unused")
    private static Map<String, Long> sorted(Map<String, Long> map) {
        return new TreeMap<>(map);
    }
}
