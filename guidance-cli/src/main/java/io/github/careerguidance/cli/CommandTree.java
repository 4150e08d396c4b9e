/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command tree of {@code guidance}: which subcommands each command has, and the picocli model of the tree built
 * whole or only along the path a command line names.
 *
 * <p>Building picocli's model reflects over every option of every command; for the whole tree that was about a
 * quarter of a short command's start-up. {@link #along} builds only the commands on the path of the arguments (and
 * the whole subtree below the last one named, so that its usage lists its subcommands). The whole tree is built for
 * {@code help}, for no arguments, and whenever the path cannot be read from the arguments; {@link GuidanceCli#run}
 * also falls back to it when the short tree does not parse, so a command line means the same with either.
 *
 * <p>Subcommands are listed here and not in the {@code @Command} annotations, which would make picocli build them
 * all. Their order is the order of the usage help.
 */
final class CommandTree {
    private static final Map<Class<?>, List<Class<?>>> CHILDREN = Map.of(
            GuidanceCli.class,
                    List.of(
                            JourneyCommand.class,
                            SchemesCommand.class,
                            ProvidersCommand.class,
                            PlanCommand.class,
                            CommandLine.HelpCommand.class),
            JourneyCommand.class,
                    List.of(
                            JourneyCommand.Check.class,
                            JourneyRun.class,
                            JourneyTest.class,
                            JourneyCommand.Schema.class,
                            JourneyDiagram.class,
                            JourneySimulation.Simulate.class,
                            JourneySimulation.Compare.class,
                            JourneySimulation.PopulationSchema.class,
                            JourneyOutcomes.class,
                            JourneyDiffCommand.class,
                            JourneyCalibration.class),
            SchemesCommand.class, List.of(SchemesCommand.ListSchemes.class, SchemesCommand.ShowScheme.class),
            ProvidersCommand.class, List.of(ProvidersCommand.Check.class),
            PlanCommand.class,
                    List.of(PlanCommand.Check.class, PlanCommand.Show.class, PlanIcs.class, PlanCommand.Schema.class));

    private CommandTree() {}

    /** The whole tree on a clock. */
    static CommandLine whole(Clock clock) {
        CommandLine top = new CommandLine(new GuidanceCli(clock));
        attach(top, GuidanceCli.class, null, 0);
        return top;
    }

    /**
     * The tree along the path the arguments name, or the whole tree when they name none or ask for {@code help}.
     *
     * @param clock the clock of the commands
     * @param args the command line
     * @return the command tree to parse the arguments with
     */
    static CommandLine along(Clock clock, String... args) {
        if (args.length == 0 || List.of(args).contains("help")) {
            return whole(clock);
        }
        CommandLine top = new CommandLine(new GuidanceCli(clock));
        attach(top, GuidanceCli.class, args, 0);
        return top;
    }

    /**
     * Adds the subcommands of a command: only the first one the arguments from {@code from} name (with its own
     * subcommands the same way), or all of them when {@code args} is null or names none.
     */
    private static void attach(CommandLine parent, Class<?> type, String[] args, int from) {
        List<Class<?>> children = CHILDREN.getOrDefault(type, List.of());
        if (args != null) {
            for (int i = from; i < args.length; i++) {
                for (Class<?> child : children) {
                    if (name(child).equals(args[i])) {
                        add(parent, child, args, i + 1);
                        return;
                    }
                }
            }
        }
        for (Class<?> child : children) {
            add(parent, child, null, 0);
        }
    }

    private static void add(CommandLine parent, Class<?> type, String[] args, int from) {
        CommandLine child = new CommandLine(type);
        // the children first, as picocli does for annotated subcommands: inherited options then reach them all
        attach(child, type, args, from);
        parent.addSubcommand(name(type), child);
    }

    private static String name(Class<?> type) {
        return type.getAnnotation(Command.class).name();
    }
}
