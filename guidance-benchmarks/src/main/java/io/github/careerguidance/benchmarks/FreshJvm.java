/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of a fresh JVM for the probes' floors ({@link StartupFloor}, {@link ColdBulkPass}): the JDK of
 * {@code bin/guidance} ({@code $JAVA_HOME/bin/java}, else {@code java} on the path), the JVM options {@code
 * bin/guidance} gives the command the floor stands under, and, like {@code bin/guidance}, a class-data-sharing archive
 * of the classes the run loads: the first ({@link #creating}) run writes it at exit, the measured ones
 * ({@link #using}) map it. Without an archive when the class path holds a directory (the JVM archives only jars), as
 * when the probes run from their unit tests.
 *
 * @param java the {@code java} launcher
 * @param options the JVM options
 * @param classPath the class path, jars
 * @param mainClass the class to run
 * @param archive the archive file
 */
record FreshJvm(String java, List<String> options, List<Path> classPath, String mainClass, Path archive) {
    /** The {@code java} launcher {@code bin/guidance} uses. */
    static String launcher() {
        String javaHome = System.getenv("JAVA_HOME");
        return javaHome == null || javaHome.isBlank()
                ? "java"
                : Path.of(javaHome, "bin", "java").toString();
    }

    /** The jar this class was loaded from, if it was loaded from a jar. */
    static Optional<Path> ownJar() {
        try {
            Path source = Path.of(FreshJvm.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return Files.isRegularFile(source) ? Optional.of(source) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The run that writes the archive (not measured). */
    List<String> creating(String... args) {
        return command("-XX:ArchiveClassesAtExit=" + archive, args);
    }

    /** A measured run, with the archive. */
    List<String> using(String... args) {
        return command("-XX:SharedArchiveFile=" + archive, args);
    }

    private List<String> command(String archiveOption, String... args) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        if (classPath.stream().allMatch(Files::isRegularFile)) {
            command.add(archiveOption);
            command.add("-Xlog:cds=off,cds+dynamic=off");
        }
        command.add("-cp");
        command.add(String.join(
                File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }
}
