/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code --help} works on every command and subcommand: exit 0, the usage on standard output, nothing on standard
 * error, even where the subcommand has required options or parameters.
 */
class HelpEverywhereTest extends CliTestSupport {
    @Test
    void everyCommandAndSubcommandPrintsItsUsage() {
        List<List<String>> paths = new ArrayList<>();
        collect(CommandTree.whole(java.time.Clock.systemUTC()), new ArrayList<>(), paths);
        assertThat(paths)
                .as("commands found")
                .hasSizeGreaterThan(10)
                .contains(
                        List.of("journey", "simulate"),
                        List.of("providers", "check"),
                        List.of("schemes", "show"),
                        List.of("plan", "ics"));
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            int code = run(args.toArray(String[]::new));
            assertThat(code).as("exit code of %s", args).isZero();
            assertThat(out)
                    .as("usage of %s", args)
                    .startsWith("Usage: guidance" + (path.isEmpty() ? "" : " " + String.join(" ", path)));
            assertThat(err).as("standard error of %s", args).isEmpty();
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, paths);
            }
        });
    }
}
