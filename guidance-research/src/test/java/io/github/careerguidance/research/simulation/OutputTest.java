/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.journeys.engine.JourneyEngine;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The JSON summary and the tidy CSVs parse back (the CSVs with Jackson CSV, as R or pandas would read them). */
class OutputTest {
    private static final JourneyEngine LFW = Populations.lookingForWorkEngine();

    static List<Map<String, String>> readCsv(String text) {
        CsvMapper mapper = CsvMapper.builder().build();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void summaryJsonRoundTrips() {
        SimulationSummary s = Simulator.builder()
                .population(Populations.lookingForWork())
                .clients(400)
                .seed(3)
                .build()
                .run("A", LFW);
        String json = s.toJson();
        assertThat(SimulationSummary.fromJson(json).orElseThrow()).isEqualTo(s);
        assertThat(json).contains("\"funnel\"", "\"edges\"", "\"stepsToOutcome\"", "\"escalationsByLevel\"");
    }

    @Test
    void metricsAndDifferencesCsvParseBack() {
        Simulator sim = Simulator.builder()
                .population(Populations.lookingForWork())
                .clients(400)
                .seed(3)
                .build();
        SimulationSummary a = sim.run("A", LFW);
        SimulationSummary b = sim.run("B", LFW);
        StringWriter out = new StringWriter();
        SimulationCsv.metrics(List.of(a, b), out);
        List<Map<String, String>> rows = readCsv(out.toString());
        assertThat(rows).hasSize(a.metrics().size() + b.metrics().size());
        assertThat(rows.get(0).keySet())
                .containsExactly("design", "metric", "group", "key", "estimate", "lower", "upper", "n", "count", "sd");
        for (int i = 0; i < a.metrics().size(); i++) {
            Metric m = a.metrics().get(i);
            Map<String, String> row = rows.get(i);
            assertThat(row.get("design")).isEqualTo("A");
            assertThat(row.get("metric")).isEqualTo(m.metric());
            assertThat(row.get("key")).isEqualTo(m.key());
            assertThat(Double.parseDouble(row.get("estimate"))).isEqualTo(m.estimate());
            assertThat(row.get("lower"))
                    .isEqualTo(m.lower().map(String::valueOf).orElse(""));
            assertThat(Long.parseLong(row.get("n"))).isEqualTo(m.n());
        }
        assertThat(rows.get(a.metrics().size()).get("design")).isEqualTo("B");
        // a path key holds '>' and ':'; keys with commas or quotes would be quoted by the writer
        assertThat(rows)
                .anyMatch(r -> r.get("metric").equals("path") && r.get("key").contains(">"));

        StringWriter diff = new StringWriter();
        DesignComparison ab = DesignComparison.of(a, b);
        SimulationCsv.differences(ab, diff);
        List<Map<String, String>> d = readCsv(diff.toString());
        assertThat(d).hasSize(ab.differences().size());
        assertThat(d.get(0).keySet())
                .containsExactly("metric", "group", "key", "a", "b", "difference", "lower", "upper", "method");
    }

    @Test
    void eventsCsvHasOneRowPerClientStep() {
        StringWriter out = new StringWriter();
        SimulationSummary s;
        long written;
        try (SimulationCsv.EventWriter events = SimulationCsv.events(out)) {
            s = Simulator.builder()
                    .population(Populations.lookingForWork())
                    .clients(300)
                    .seed(9)
                    .threads(2)
                    .listener(events)
                    .build()
                    .run("A", LFW);
            written = events.rows();
        }
        List<Map<String, String>> rows = readCsv(out.toString());
        assertThat(rows).hasSize((int) written);
        assertThat(rows.get(0).keySet())
                .containsExactly(
                        "design", "client", "journey", "index", "step", "kind", "action", "answer", "level", "channel",
                        "minutes");
        long finals = rows.stream()
                .filter(r -> List.of("completed", "dropped-out", "step-limit", "rejected")
                        .contains(r.get("action")))
                .count();
        assertThat(finals).isEqualTo(300);
        assertThat(rows.stream()
                        .filter(r -> r.get("action").equals("completed"))
                        .count())
                .isEqualTo(s.metric("completion", "", "").orElseThrow().count().orElseThrow());
        assertThat(rows.stream()
                        .filter(r -> r.get("step").equals("q-situatie")
                                && r.get("action").equals("answered")))
                .allMatch(r -> List.of("geen-werk", "ander-werk", "terugkeer").contains(r.get("answer")));
        List<Long> clients = new ArrayList<>();
        rows.forEach(r -> clients.add(Long.parseLong(r.get("client"))));
        assertThat(clients).isSorted();
    }
}
