/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code guidance} command: one entry point for integrators and researchers.
 *
 * <pre>
 * guidance journey check zoek-werk.yaml
 * guidance journey schema
 * guidance schemes list
 * guidance schemes show noloc-rl
 * guidance providers check registration.yaml --scheme noloc-rl --as-of 2026-11-28 --format json
 * </pre>
 *
 * <p>Exit codes: {@code 0} success (every check passed), {@code 1} a check failed, {@code 2} unusable input
 * or a usage error.
 *
 * @since 0.1.0
 */
@Command(
        name = "guidance",
        mixinStandardHelpOptions = true,
        versionProvider = GuidanceCli.Version.class,
        description = "Career guidance SDK: journey designs, quality-mark schemes and provider registration checks.",
        subcommands = {JourneyCommand.class, SchemesCommand.class, ProvidersCommand.class, CommandLine.HelpCommand.class})
public final class GuidanceCli {
    /** Every check passed. */
    public static final int OK = 0;
    /** A check failed (a rule, a scheme, a policy). */
    public static final int FAILED = 1;
    /** The input could not be used, or the command line was wrong. */
    public static final int UNUSABLE = 2;

    /** Held so that the level set in {@link #main} is not lost when the logger is collected. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "nl|en", defaultValue = "nl",
            description = "Language of messages and explanations (default: ${DEFAULT-VALUE}).")
    String lang;

    Locale locale() {
        return Locale.forLanguageTag(lang);
    }

    /**
     * Runs the command and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Hibernate Validator announces its version on stderr at INFO; a command line should stay quiet.
        HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /**
     * Runs the command without exiting, for embedding and tests.
     *
     * @param out standard output
     * @param err standard error
     * @param args the command line
     * @return the exit code: {@link #OK}, {@link #FAILED} or {@link #UNUSABLE}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new GuidanceCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> UNUSABLE);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println(e.getMessage());
            e.getCommandLine().usage(err);
            return UNUSABLE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The version from the jar manifest, or "development". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = GuidanceCli.class.getPackage().getImplementationVersion();
            return new String[] {"guidance " + (v == null ? "(development build)" : v)};
        }
    }
}
