/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packages of guidance-quality depend on each other without a cycle (issue #13), as {@code jdeps} reads the
 * compiled classes: {@code internal} depends on no other package of the module, the public packages never on each
 * other in a circle.
 */
class PackageCyclesTest {
    private static final String ROOT = "io.github.careerguidance.quality";
    private static final Pattern EDGE = Pattern.compile("^\\s+(" + Pattern.quote(ROOT) + "[.a-z]*)\\s+->\\s+("
            + Pattern.quote(ROOT) + "[.a-z]*)\\s", Pattern.MULTILINE);

    @Test
    void thePackagesFormNoCycle() {
        Map<String, Set<String>> edges = dependencies();
        assertThat(edges).containsKeys(ROOT, ROOT + ".scheme", ROOT + ".registration", ROOT + ".bulk");
        assertThat(edges.getOrDefault(ROOT + ".internal", Set.of())).as("internal depends on").isEmpty();
        for (String start : edges.keySet()) {
            assertThat(cycleFrom(start, start, edges, new TreeSet<>(), new ArrayList<>())).as("cycle through " + start)
                    .isEmpty();
        }
    }

    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> edges, Set<String> seen,
            List<String> path) {
        path.add(at);
        for (String next : edges.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(next);
                return cycle;
            }
            if (seen.add(next)) {
                List<String> found = cycleFrom(start, next, edges, seen, path);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        path.remove(path.size() - 1);
        return List.of();
    }

    private static Map<String, Set<String>> dependencies() {
        Path classes = Path.of("target/classes");
        assertThat(Files.isDirectory(classes)).as(classes.toAbsolutePath().toString()).isTrue();
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-filter:none",
                "-e", Pattern.quote(ROOT) + ".*", classes.toString());
        assertThat(status).as(out.toString()).isZero();
        Map<String, Set<String>> edges = new TreeMap<>();
        Matcher m = EDGE.matcher(out.toString());
        while (m.find()) {
            if (!m.group(1).equals(m.group(2))) {
                edges.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        return edges;
    }
}
