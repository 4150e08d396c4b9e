/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The floor under the CLI's start-up (issue #18): the least a command line built like {@code guidance} can do in a
 * fresh JVM, with none of the SDK. A picocli command with a root option and a subcommand, as {@code guidance} has,
 * that either prints one line ({@code floor list}, the floor of {@code guidance schemes list}) or reads a YAML file
 * into Jackson's tree model and prints its number of fields ({@code floor read FILE}, the floor of {@code guidance
 * journey check}: reading the journey at all, before binding it to the model or checking anything).
 * {@link StartupProbe} times it beside the CLI under the same JVM options and a class-data-sharing archive of its
 * own, so the difference between the two is what the SDK and the CLI add.
 *
 * <pre>{@code java -cp guidance-cli-all.jar:benchmarks.jar io.github.careerguidance.benchmarks.StartupFloor read x.yaml}</pre>
 */
@Command(
        name = "floor",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        subcommands = {StartupFloor.ListLine.class, StartupFloor.ReadYaml.class})
public final class StartupFloor {
    @Option(names = "--lang", scope = ScopeType.INHERIT, defaultValue = "nl", description = "Language.")
    String lang;

    StartupFloor() {}

    /**
     * Runs the floor command and exits with its code.
     *
     * @param args {@code list}, or {@code read FILE}
     */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), args));
    }

    /**
     * Runs the floor command.
     *
     * @param out standard output
     * @param args {@code list}, or {@code read FILE}
     * @return the exit code: 0, or picocli's for a wrong command line or a failure
     */
    static int run(PrintWriter out, String... args) {
        CommandLine cli = new CommandLine(new StartupFloor());
        cli.setOut(out);
        int code = cli.execute(args);
        out.flush();
        return code;
    }

    /** {@code floor list}: one line. */
    @Command(name = "list", description = "Print one line.")
    static final class ListLine implements Callable<Integer> {
        @ParentCommand
        StartupFloor root;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println("floor " + root.lang);
            return 0;
        }
    }

    /** {@code floor read FILE}: a YAML file into Jackson's tree. */
    @Command(name = "read", description = "Read a YAML file into a tree and print its number of fields.")
    static final class ReadYaml implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            JsonNode tree = YAMLMapper.builder().build().readTree(file.toFile());
            spec.commandLine().getOut().println(tree.size());
            return 0;
        }
    }
}
