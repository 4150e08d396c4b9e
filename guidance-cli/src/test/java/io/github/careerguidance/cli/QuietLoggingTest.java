/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's lazy logging configuration (issue #18): Hibernate Validator stays quiet, the JDK's own settings
 * are kept, and a command that never logs does not start the log manager.
 */
class QuietLoggingTest {
    @TempDir
    Path dir;

    private Path errors;

    @Test
    void keepsTheJdkDefaultsAndRaisesHibernateToWarning() throws Exception {
        Properties read = new Properties();
        try (InputStream in = QuietLogging.configuration(Path.of(System.getProperty("java.home")))) {
            read.load(in);
        }
        assertThat(read.getProperty("org.hibernate.level")).isEqualTo("WARNING");
        assertThat(read.getProperty("handlers")).contains("java.util.logging.ConsoleHandler");
        assertThat(read.getProperty(".level")).isEqualTo("INFO");
    }

    @Test
    void withoutTheJdkFileAConsoleHandlerAtInfoStands(@TempDir Path notAJdk) throws Exception {
        Properties read = new Properties();
        try (InputStream in = QuietLogging.configuration(notAJdk)) {
            read.load(in);
        }
        assertThat(read)
                .containsEntry("org.hibernate.level", "WARNING")
                .containsEntry("handlers", "java.util.logging.ConsoleHandler")
                .containsEntry("java.util.logging.ConsoleHandler.level", "INFO");
    }

    @Test
    void aProvidersCheckInItsOwnProcessPrintsNoValidatorBanner() throws Exception {
        errors = Files.createTempFile(dir, "stderr", ".txt");
        // Hibernate Validator bootstraps here and logs its version (HV000001) at INFO unless the configuration holds
        Process process = main(
                "--lang",
                "en",
                "providers",
                "check",
                fixture("rl-adviser-valid.yaml"),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2026-11-28");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(errors);
        assertThat(process.exitValue()).as(out + err).isEqualTo(GuidanceCli.OK);
        assertThat(out).contains("PASS");
        assertThat(err).doesNotContain("HV000001").doesNotContain("INFO:");
    }

    @Test
    void aCommandThatNeverLogsDoesNotStartTheLogManagerWhileItRuns() throws Exception {
        errors = Files.createTempFile(dir, "stderr", ".txt");
        // -verbose:class names every class loaded; the log manager's class is loaded when logging starts
        Process process = main(List.of("-verbose:class"), "schemes", "list");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        int lastLine = out.indexOf("cdi-register ");
        assertThat(lastLine).as("the command's last line").isPositive();
        // JDK 21 and later log System.exit through System.Logger, which may start the log manager at exit, after
        // the command; what matters is that the command itself did not start it
        int logManager = out.indexOf("java.util.logging.LogManager ");
        assertThat(logManager < 0 || logManager > lastLine)
                .as("the log manager was loaded before the command's output ended")
                .isTrue();
    }

    private Process main(String... args) throws Exception {
        return main(List.of(), args);
    }

    private Process main(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(GuidanceCli.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.to(errors.toFile()))
                .start();
        process.getOutputStream().close();
        return process;
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(QuietLoggingTest.class.getResource(name).toURI()).toString();
    }
}
