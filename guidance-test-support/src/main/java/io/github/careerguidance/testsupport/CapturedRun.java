/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A command run in-process with what it printed: its exit code, standard output and standard error.
 *
 * <p>A command is anything that takes its output and error streams and a command line and returns an exit code, such
 * as {@code GuidanceCli.run(PrintWriter, PrintWriter, String...)} or a picocli {@code CommandLine} with its writers
 * set. Nothing goes to {@code System.out}, so tests can run in parallel.
 *
 * <pre>{@code
 * CapturedRun run = CapturedRun.of(GuidanceCli::run, "check", "--scheme", "noloc-rl", file);
 * assertThat(run.exitCode()).as(run.err()).isZero();
 * assertThat(run.out()).contains("passes");
 * }</pre>
 *
 * @param exitCode the exit code the command returned
 * @param out what it wrote to its output
 * @param err what it wrote to its error stream
 */
public record CapturedRun(int exitCode, String out, String err) {
    /**
     * A command that writes to {@link PrintWriter}s.
     */
    @FunctionalInterface
    public interface WriterCommand {
        /**
         * Runs the command.
         *
         * @param out the output
         * @param err the error stream
         * @param args the command line
         * @return the exit code
         */
        int run(PrintWriter out, PrintWriter err, String... args);
    }

    /**
     * A command that writes to {@link PrintStream}s, as a {@code main} does.
     */
    @FunctionalInterface
    public interface StreamCommand {
        /**
         * Runs the command.
         *
         * @param out the output
         * @param err the error stream
         * @param args the command line
         * @return the exit code
         */
        int run(PrintStream out, PrintStream err, String... args);
    }

    /**
     * A run's result.
     *
     * @throws NullPointerException naming a missing text
     */
    public CapturedRun {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /**
     * Runs a command that writes to {@link PrintWriter}s and keeps what it wrote.
     *
     * @param command the command
     * @param args the command line
     * @return the exit code and the texts
     */
    public static CapturedRun of(WriterCommand command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        int code = command.run(outWriter, errWriter, args);
        outWriter.flush();
        errWriter.flush();
        return new CapturedRun(code, out.toString(), err.toString());
    }

    /**
     * Runs a command that writes to {@link PrintStream}s (UTF-8) and keeps what it wrote.
     *
     * @param command the command
     * @param args the command line
     * @return the exit code and the texts
     */
    public static CapturedRun ofStreams(StreamCommand command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = command.run(outStream, errStream, args);
        outStream.flush();
        errStream.flush();
        return new CapturedRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
