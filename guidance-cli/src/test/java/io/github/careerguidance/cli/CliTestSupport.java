/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.testsupport.CapturedRun;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Runs the command in-process and keeps what it printed ({@link CapturedRun}), for the CLI tests. */
abstract class CliTestSupport {
    /** One NDJSON line: a registration with an RL adviser whose registration ran until 2025-05-31. */
    static final String VALID = "{\"reference\":\"2026-0050\",\"professionals\":[{\"id\":\"a\",\"registrations\":"
            + "[{\"scheme\":\"noloc-rl\",\"registerNumber\":\"RL-1\",\"status\":\"active\",\"validFrom\":\"2021-06-01\","
            + "\"validUntil\":\"2025-05-31\"}]}]}";

    /** Standard output of the last {@link #run}. */
    String out;
    /** Standard error of the last {@link #run}. */
    String err;

    /**
     * Runs the command.
     *
     * @param args the command line
     * @return the exit code
     */
    int run(String... args) {
        CapturedRun run = CapturedRun.of(GuidanceCli::run, args);
        out = run.out();
        err = run.err();
        return run.exitCode();
    }

    /**
     * The path of a test resource next to the CLI tests.
     *
     * @param name the resource name
     * @return its path
     * @throws URISyntaxException never for the resources here
     */
    static String fixture(String name) throws URISyntaxException {
        return Path.of(CliTestSupport.class.getResource(name).toURI()).toString();
    }
}
