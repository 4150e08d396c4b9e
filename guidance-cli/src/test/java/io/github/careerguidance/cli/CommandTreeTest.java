/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The short command tree a command line names means the same as the whole tree, and is short. */
class CommandTreeTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @Test
    void aNamedPathBuildsOnlyItsCommandsAndTheSubtreeBelowTheLastOne() {
        CommandLine schemes = CommandTree.along(CLOCK, "--lang", "en", "schemes", "list");
        assertThat(schemes.getSubcommands()).containsOnlyKeys("schemes");
        assertThat(schemes.getSubcommands().get("schemes").getSubcommands()).containsOnlyKeys("list");

        CommandLine journey = CommandTree.along(CLOCK, "journey", "--help");
        assertThat(journey.getSubcommands()).containsOnlyKeys("journey");
        assertThat(journey.getSubcommands().get("journey").getSubcommands())
                .containsKeys("check", "run", "test", "simulate", "calibrate")
                .hasSameSizeAs(
                        CommandTree.whole(CLOCK).getSubcommands().get("journey").getSubcommands());

        assertThat(CommandTree.along(CLOCK).getSubcommands())
                .containsOnlyKeys("journey", "schemes", "providers", "plan", "help");
        assertThat(CommandTree.along(CLOCK, "help", "journey").getSubcommands()).hasSize(5);
    }

    @Test
    void everyCommandHasTheSameOptionsInTheShortTreeAsInTheWholeOne() {
        Map<String, List<String>> whole = new TreeMap<>();
        options(CommandTree.whole(CLOCK), new ArrayList<>(), whole);
        assertThat(whole).hasSizeGreaterThan(20);
        for (String path : whole.keySet()) {
            List<String> args = path.isEmpty() ? List.of("--lang", "en") : List.of(path.split(" "));
            Map<String, List<String>> along = new TreeMap<>();
            options(CommandTree.along(CLOCK, args.toArray(String[]::new)), new ArrayList<>(), along);
            for (Map.Entry<String, List<String>> command : along.entrySet()) {
                assertThat(command.getValue())
                        .as("options of '%s' built along '%s'", command.getKey(), path)
                        .isEqualTo(whole.get(command.getKey()));
            }
            assertThat(along).as("the short tree along '%s'", path).containsKey(path);
        }
    }

    @Test
    void aCommandLineTheShortTreeCannotParseGetsTheWholeTreesAnswer() {
        // an option value that happens to be a command's name, then a command the short tree does not hold
        CommandLine along = CommandTree.along(CLOCK, "--lang", "plan", "schemes", "list");
        assertThat(along.getSubcommands()).containsOnlyKeys("plan");
        // picocli's answer for the whole tree: a command's name is no option value; the usage shown is the top's
        CliRun run = CliRun.of("--lang", "plan", "schemes", "list");
        assertThat(run.code()).isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(run.err())
                .startsWith("Expected parameter for option '--lang' but found 'plan'")
                .contains("Usage: guidance [-hV]")
                .contains("schemes")
                .contains("providers");
        assertThat(CliRun.of("--lang", "en", "schemes", "list").out()).contains("noloc");
    }

    private static void options(CommandLine line, List<String> path, Map<String, List<String>> into) {
        CommandSpec spec = line.getCommandSpec();
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            names.add(String.join("|", o.names()) + (o.inherited() ? " (inherited)" : ""));
        }
        names.sort(null);
        into.put(String.join(" ", path), names);
        line.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            options(sub, next, into);
        });
    }

    /** One run of the command line, captured. */
    private record CliRun(int code, String out, String err) {
        static CliRun of(String... args) {
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int code = GuidanceCli.run(CLOCK, new java.io.PrintWriter(out), new java.io.PrintWriter(err), args);
            return new CliRun(code, out.toString(), err.toString());
        }
    }
}
