/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Regenerates the "Engine decision" results of {@code guidance-benchmarks/README.md} between the markers
 * {@code <!-- decision:start -->} and {@code <!-- decision:end -->}: every benchmark of {@link DecisionBenchmark}
 * and {@link FlowableDecisionBenchmark} (run with {@code -prof gc}) with its time and allocation per operation and
 * how many times faster the engine's decision ({@code answerThenView}) is, then the goals (met or missed)
 * and the stored session size of {@link SessionSizeProbe}. Benchmarks are classified by name: {@code floor*} is
 * the floor, {@code peer*} a peer, the rest the SDK's; a new method shows up without code changes.
 */
public final class DecisionTable {
    /** The SDK decision every other row is compared to. */
    public static final String SDK = "answerThenView";

    private static final String START = "<!-- decision:start -->";
    private static final String END = "<!-- decision:end -->";

    private DecisionTable() {}

    /**
     * Writes the table.
     *
     * @param args JMH JSON file of DecisionBenchmark, JMH JSON file of FlowableDecisionBenchmark (may be absent),
     *     session-size TSV file, README file, label (e.g. "quick, 2026-11-28"), optional note appended to the run
     *     line (e.g. about the machine's load)
     * @throws IOException on I/O failure
     */
    public static void main(String[] args) throws IOException {
        List<JmhResults.Row> rows = new ArrayList<>(JmhResults.read(Path.of(args[0])));
        rows.addAll(JmhResults.read(Path.of(args[1])));
        List<String> size = Files.exists(Path.of(args[2])) ? Files.readAllLines(Path.of(args[2])) : List.of();
        Path readme = Path.of(args[3]);
        String label = args.length > 4 ? args[4] : "";
        String note = args.length > 5 && !args[5].isBlank() ? " " + args[5].strip() : "";
        String md = render(rows, size, label, note);
        JmhResults.replace(readme, START, END, md, "", "");
        System.out.println(md);
    }

    /**
     * The section's text.
     *
     * @param rows the results
     * @param size the lines of the session-size probe
     * @param label the run label
     * @param note a note on the run, or ""
     * @return the Markdown
     */
    public static String render(List<JmhResults.Row> rows, List<String> size, String label, String note) {
        JmhResults.Row sdk = find(rows, SDK);
        StringBuilder md = new StringBuilder();
        md.append("Run: ")
                .append(label)
                .append("; JDK ")
                .append(rows.isEmpty() ? "?" : rows.get(0).jdk())
                .append("; ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores; `-prof gc`.")
                .append(note)
                .append(" Times are nanoseconds per decision (lower is better), ± the 99.9 % error JMH reports;"
                        + " allocation is `gc.alloc.rate.norm`; \"engine is N× faster\" divides the row's time by"
                        + " `" + SDK + "`'s (± from both errors).\n\n");
        md.append("| Benchmark | role | ns/op | ± | bytes/op | engine is N× faster |\n");
        md.append("|---|---|---:|---:|---:|---:|\n");
        for (JmhResults.Row r : rows) {
            md.append("| `")
                    .append(r.name())
                    .append("` | ")
                    .append(role(r.name()))
                    .append(" | ")
                    .append(JmhResults.format(r.nanos(), 0))
                    .append(" | ")
                    .append(JmhResults.format(r.nanosError(), 0))
                    .append(" | ")
                    .append(JmhResults.format(r.bytesPerOp(), 0))
                    .append(" | ")
                    .append(sdk == null || r == sdk ? "–" : ratioText(r, sdk))
                    .append(" |\n");
        }
        if (sdk != null) {
            md.append("\nGoals (issue #7), measured in this run:\n\n");
            goal(md, rows, sdk, "peerSpringStatemachine", 20, "≥ 20× faster than Spring Statemachine");
            goal(md, rows, sdk, "peerSquirrel", 5, "≥ 5× faster than Squirrel Foundation");
            JmhResults.Row floor = find(rows, "floorHandWritten");
            if (floor != null) {
                double times = sdk.nanos() / floor.nanos();
                md.append(String.format(
                        Locale.ROOT,
                        "- within 3× of the hand-written floor: the engine takes"
                                + " **%.1f×** the floor's time (%s ns vs %s ns): %s%n",
                        times,
                        JmhResults.format(sdk.nanos(), 0),
                        JmhResults.format(floor.nanos(), 0),
                        times <= 3 ? "**met**" : "**missed**"));
            }
            if (Double.isFinite(sdk.bytesPerOp())) {
                md.append(String.format(
                        Locale.ROOT,
                        "- ≤ 1 KB allocated per decision: **%s bytes**: %s%n",
                        JmhResults.format(sdk.bytesPerOp(), 0),
                        sdk.bytesPerOp() <= 1024 ? "**met**" : "**missed**"));
            }
            JmhResults.Row late = find(rows, SDK + "AfterHours");
            JmhResults.Row lateFloor = find(rows, "floorHandWrittenAfterHours");
            if (late != null && lateFloor != null) {
                double times = late.nanos() / lateFloor.nanos();
                md.append(String.format(
                        Locale.ROOT,
                        "- the same goals after hours (every channel closed, so the view"
                                + " is built afresh with the next opening): **%.1f×** the floor's time (%s ns vs %s ns): %s;"
                                + " **%s bytes** per decision: %s%n",
                        times,
                        JmhResults.format(late.nanos(), 0),
                        JmhResults.format(lateFloor.nanos(), 0),
                        times <= 3 ? "**met**" : "**missed**",
                        JmhResults.format(late.bytesPerOp(), 0),
                        late.bytesPerOp() <= 1024 ? "**met**" : "**missed**"));
            }
        }
        for (String line : size) {
            String[] f = line.split("\t");
            if (f.length < 5) {
                continue;
            }
            md.append(String.format(
                    Locale.ROOT,
                    "%nStored session (`engine.store(session)`, compact JSON; "
                            + "`SessionSizeProbe`) after %s answers (%s events, at `%s`): **%,d bytes**.%n",
                    f[0],
                    f[1],
                    f[2],
                    Long.parseLong(f[3])));
        }
        return md.toString();
    }

    private static void goal(
            StringBuilder md, List<JmhResults.Row> rows, JmhResults.Row sdk, String peer, double times, String text) {
        JmhResults.Row r = find(rows, peer);
        if (r == null) {
            return;
        }
        double ratio = r.nanos() / sdk.nanos();
        md.append("- ")
                .append(text)
                .append(": **")
                .append(ratioText(r, sdk))
                .append("**: ")
                .append(ratio >= times ? "**met**" : "**missed**")
                .append('\n');
    }

    private static String ratioText(JmhResults.Row r, JmhResults.Row sdk) {
        double ratio = r.nanos() / sdk.nanos();
        double rel = Math.hypot(r.nanosError() / r.nanos(), sdk.nanosError() / sdk.nanos());
        return String.format(
                Locale.ROOT,
                ratio >= 100 ? "%,.0f× ± %,.0f" : "%.1f× ± %.1f",
                ratio,
                Double.isFinite(rel) ? ratio * rel : Double.NaN);
    }

    private static String role(String name) {
        if (name.startsWith("floor")) {
            return "floor";
        }
        if (name.startsWith("peer")) {
            return "peer";
        }
        if (name.equals(SDK)) {
            return "**engine decision**";
        }
        return name.startsWith(SDK) ? "engine decision, variant" : "engine part";
    }

    private static JmhResults.Row find(List<JmhResults.Row> rows, String name) {
        for (JmhResults.Row r : rows) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }
}
