/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.LogManager;

/**
 * The command line's {@code java.util.logging} configuration: the JDK's own ({@code conf/logging.properties}) with
 * Hibernate Validator at {@code WARNING}, so that it does not announce its version on standard error at
 * {@code INFO}. {@link GuidanceCli#main} names this class in {@code java.util.logging.config.class}, so the
 * configuration is read only when something first logs: commands that never log (most of them) do not start the
 * log manager at all (about 25 ms of start-up, issue #18). Public only because the log manager instantiates it;
 * not API.
 */
public final class QuietLogging {
    /** The logger whose level the command line lowers. */
    static final String HIBERNATE = "org.hibernate";

    /**
     * Reads the JDK's default configuration with Hibernate Validator's level raised to {@code WARNING} into the
     * log manager.
     *
     * @throws IOException if the configuration cannot be read
     */
    public QuietLogging() throws IOException {
        LogManager.getLogManager().readConfiguration(configuration(Path.of(System.getProperty("java.home"))));
    }

    /**
     * The configuration: the JDK's {@code conf/logging.properties} when it can be read (a console handler at
     * {@code INFO} otherwise), with {@code org.hibernate.level=WARNING}.
     *
     * @param javaHome the JDK's home
     * @return the configuration in {@code .properties} form
     * @throws IOException if it cannot be written to memory
     */
    static InputStream configuration(Path javaHome) throws IOException {
        Properties properties = new Properties();
        Path defaults = javaHome.resolve("conf").resolve("logging.properties");
        try (InputStream in = Files.newInputStream(defaults)) {
            properties.load(in);
        } catch (IOException e) {
            properties.setProperty("handlers", "java.util.logging.ConsoleHandler");
            properties.setProperty(".level", "INFO");
            properties.setProperty("java.util.logging.ConsoleHandler.level", "INFO");
            properties.setProperty("java.util.logging.ConsoleHandler.formatter", "java.util.logging.SimpleFormatter");
        }
        properties.setProperty(HIBERNATE + ".level", "WARNING");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        properties.store(bytes, null);
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    /**
     * Names this class as the logging configuration, unless the user gave one ({@code java.util.logging.config.class}
     * or {@code java.util.logging.config.file}): then theirs applies, unchanged.
     */
    static void install() {
        if (System.getProperty("java.util.logging.config.class") == null
                && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.config.class", QuietLogging.class.getName());
        }
    }
}
