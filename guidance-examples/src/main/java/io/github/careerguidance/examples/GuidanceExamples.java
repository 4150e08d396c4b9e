/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples;

import io.github.careerguidance.examples.portal.Portal;
import io.github.careerguidance.examples.tour.Tour;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The entry point of the examples' runnable jar, started by {@code bin/guidance tour} and {@code bin/guidance serve}.
 *
 * <pre>
 * bin/guidance tour --lang en
 * bin/guidance serve --port 8080
 * </pre>
 *
 * @since 0.1.0
 */
public final class GuidanceExamples {
    /** Held so that the level set in {@link #main} is not lost when the logger is collected. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    private GuidanceExamples() {}

    /**
     * Runs {@code tour}, {@code serve} or {@code demo} and exits with its code.
     *
     * @param args the subcommand and its options
     */
    public static void main(String[] args) {
        // Hibernate Validator (used by the provider checks) announces itself at INFO; a terminal tool stays quiet.
        HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * Runs a subcommand without exiting.
     *
     * @param out standard output
     * @param err standard error
     * @param args the subcommand and its options
     * @return the exit code
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (args.length == 0 ? "" : args[0]) {
            case "tour":
                return Tour.main(rest, out, err);
            case "serve":
                return Portal.main(rest, out, err);
            case "demo":
                CoreDemo.main(rest);
                return 0;
            default:
                err.println("usage: guidance tour [--lang nl|en] | guidance serve [--port 8080]");
                return 2;
        }
    }
}
