/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code guidance serve} in a separate JVM, for the store's fault tests: started on the test class path with a free
 * port, killed with SIGKILL ({@link Process#destroyForcibly()}) or stopped normally.
 */
final class PortalProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("guidance portal: (http://\\S+/)");

    final Process process;
    final URI uri;
    private final StringBuilder output;

    private PortalProcess(Process process, URI uri, StringBuilder output) {
        this.process = process;
        this.uri = uri;
        this.output = output;
    }

    /** Starts a portal on H2 in a folder. */
    static PortalProcess h2(Path dataDir, String... more) {
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        args.addAll(List.of(more));
        return start(args, null);
    }

    /** Starts a portal on a database URL (user from {@code GUIDANCE_PG_USER}). */
    static PortalProcess db(String url, String... more) {
        List<String> args = new ArrayList<>(List.of("--db", url));
        args.addAll(List.of(more));
        return start(args, System.getenv("GUIDANCE_PG_USER"));
    }

    private static PortalProcess start(List<String> serveArgs, String dbUser) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a quick start on few cores; the portal's work is small
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx128m",
                "-Xss512k",
                "-cp",
                System.getProperty("java.class.path"),
                "io.github.careerguidance.examples.GuidanceExamples",
                "serve",
                "--port",
                "0"));
        command.addAll(serveArgs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("GUIDANCE_DB_URL");
        if (dbUser != null) {
            pb.environment().put("GUIDANCE_DB_USER", dbUser);
        }
        try {
            Process p = pb.start();
            StringBuilder output = new StringBuilder();
            BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                output.append(line).append('\n');
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    Thread drain = new Thread(() -> drain(in, output), "portal-process-output");
                    drain.setDaemon(true);
                    drain.start();
                    return new PortalProcess(p, URI.create(m.group(1)), output);
                }
            }
            p.waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException(
                    "the portal process ended (" + p.exitValue() + ") before listening:\n" + output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void drain(BufferedReader in, StringBuilder output) {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    /** SIGKILL: no shutdown hook, no close, nothing flushed by the JVM. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the portal process did not die");
        }
    }

    /** SIGTERM: the shutdown hook closes the portal and its database. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** What the process printed so far. */
    String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    /** The PostgreSQL URL of the environment, or a skip (a failure when {@code GUIDANCE_PG=required}). */
    static String postgresUrl() {
        String url = System.getenv("GUIDANCE_PG_URL");
        if ("required".equals(System.getenv("GUIDANCE_PG")) && (url == null || url.isBlank())) {
            throw new AssertionError("GUIDANCE_PG=required but GUIDANCE_PG_URL is not set");
        }
        assumeTrue(
                url != null && !url.isBlank(),
                "PostgreSQL test skipped: set GUIDANCE_PG_URL (.ci/run starts a server)");
        return url;
    }
}
