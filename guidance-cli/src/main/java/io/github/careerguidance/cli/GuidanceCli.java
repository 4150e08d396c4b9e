/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.json.ImmutableReadOptions;
import io.github.careerguidance.core.json.ReadOptions;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * guidance plan check plan.yaml
 * guidance plan show plan.yaml --lang en
 * guidance plan ics plan.yaml -o plan.ics
 * </pre>
 *
 * <p>Every command that reads a file reads it within the SDK's {@link ReadOptions} limits. The defaults suit
 * ordinary files; {@code --max-document-size}, {@code --max-record-size} and {@code --max-depth} (given before or
 * after the subcommand) change them, for example to refuse anything over 1 MiB from an untrusted source, and
 * {@code --lenient} skips fields the SDK does not know instead of reporting them:
 *
 * <pre>
 * guidance providers check export.ndjson --scheme noloc-rl --max-record-size 64KiB --max-document-size 2GiB
 * guidance journey check untrusted.yaml --max-document-size 1MiB --max-depth 32
 * </pre>
 *
 * <p>Exit codes: {@code 0} success (every check passed), {@code 1} a check failed, {@code 2} unusable input
 * or a usage error.
 *
 * @since 0.1.0
 */
@Command(
        name = "guidance",
        // --help and --version on every subcommand too (inherited), so help never trips over a required option
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = GuidanceCli.Version.class,
        description =
                "Career guidance SDK: journey designs, quality-mark schemes, provider registration checks and action plans.")
public final class GuidanceCli {
    /** Every check passed. */
    public static final int OK = 0;
    /** A check failed (a rule, a scheme, a policy). */
    public static final int FAILED = 1;
    /** The input could not be used, or the command line was wrong. */
    public static final int UNUSABLE = 2;

    /** The clock behind "today" and "now" of the commands that need one ({@code plan show}, {@code plan ics}). */
    private final Clock clock;

    @Option(
            names = "--lang",
            scope = ScopeType.INHERIT,
            paramLabel = "nl|en",
            defaultValue = "nl",
            description = "Language of messages and explanations (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(
            names = "--max-document-size",
            scope = ScopeType.INHERIT,
            paramLabel = "SIZE",
            converter = SizeConverter.class,
            description = "Largest file read as one document, e.g. 1MiB, 500k (default: 64MiB).")
    Long maxDocumentSize;

    @Option(
            names = "--max-record-size",
            scope = ScopeType.INHERIT,
            paramLabel = "SIZE",
            converter = SizeConverter.class,
            description = "Largest single record of an NDJSON, JSON-array or CSV file; a larger one is reported "
                    + "and skipped (default: 16MiB).")
    Long maxRecordSize;

    @Option(
            names = "--max-depth",
            scope = ScopeType.INHERIT,
            paramLabel = "N",
            converter = DepthConverter.class,
            description = "Deepest nesting of objects and arrays (default: 200).")
    Integer maxDepth;

    @Option(
            names = "--lenient",
            scope = ScopeType.INHERIT,
            description = "Skip fields the SDK does not know instead of reporting them as errors.")
    boolean lenient;

    /** A command line on the system clock. */
    public GuidanceCli() {
        this(Clock.systemDefaultZone());
    }

    /** A command line on a given clock, for deterministic tests. */
    GuidanceCli(Clock clock) {
        this.clock = clock;
    }

    Locale locale() {
        return Locale.forLanguageTag(lang);
    }

    /** The clock of this command line: the system's, or a fixed one in tests. */
    Clock clock() {
        return clock;
    }

    /** The read limits of this command line: the SDK's defaults, changed by the options given. */
    ReadOptions readOptions() {
        ImmutableReadOptions.Builder b = ReadOptions.builder();
        if (maxDocumentSize != null) {
            b.maxDocumentLength(maxDocumentSize);
        }
        if (maxRecordSize != null) {
            b.maxRecordLength(maxRecordSize);
        }
        if (maxDepth != null) {
            b.maxNestingDepth(maxDepth);
        }
        if (lenient) {
            b.unknownProperties(ReadOptions.UnknownProperties.IGNORE);
        }
        return b.build();
    }

    /**
     * Runs the command and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Hibernate Validator announces its version on stderr at INFO; a command line should stay quiet. Named as
        // the logging configuration, read when something first logs, not at every start.
        QuietLogging.install();
        System.exit(run(
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                args));
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
        return run(Clock.systemDefaultZone(), out, err, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)}, on a given clock (tests). */
    static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        // Only the commands the arguments name (start-up, issue #18); the whole tree when that does not parse, so
        // that errors and suggestions are picocli's for the whole command line.
        CommandLine cli = CommandTree.along(clock, args);
        try {
            cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            cli = CommandTree.whole(clock);
        }
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

    /**
     * Reads a size such as {@code 4096}, {@code 500k}, {@code 64MiB} or {@code 2G}: suffixes are binary
     * (k = KiB = 1,024 bytes), case-insensitive, with an optional {@code B}/{@code iB}.
     */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        private static final Pattern SIZE =
                Pattern.compile("(\\d{1,15})\\s*(?:([kmg])(?:i?b)?|b)?", Pattern.CASE_INSENSITIVE);

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.trim());
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a size: use bytes or a number with k, M or G (e.g. 64MiB)");
            }
            long n = Long.parseLong(m.group(1));
            int shift = m.group(2) == null
                    ? 0
                    : switch (Character.toLowerCase(m.group(2).charAt(0))) {
                        case 'k' -> 10;
                        case 'm' -> 20;
                        default -> 30;
                    };
            if (n == 0 || n > (Long.MAX_VALUE >> shift)) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a usable size");
            }
            return n << shift;
        }
    }

    /** Reads a nesting depth: a whole number from 1 to 100,000. */
    static final class DepthConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String v = value.trim();
            if (!v.matches("\\d{1,6}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 100_000) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a depth from 1 to 100000");
            }
            return Integer.parseInt(v);
        }
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
