/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.examples.portal.adviser.AdviserAccounts;
import io.github.careerguidance.examples.portal.check.InstrumentItemsException;
import io.github.careerguidance.examples.portal.check.JourneyRefusedException;
import io.github.careerguidance.examples.portal.internal.Addresses;
import io.github.careerguidance.examples.portal.internal.EdgePolicy;
import io.github.careerguidance.examples.portal.internal.InstrumentItems;
import io.github.careerguidance.examples.portal.store.JdbcAttemptCounts;
import io.github.careerguidance.examples.portal.store.JdbcHandoverSink;
import io.github.careerguidance.examples.portal.store.JdbcResumeStore;
import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import io.github.careerguidance.examples.portal.store.PortalDatabase;
import io.github.careerguidance.examples.portal.store.PortalSecrets;
import io.github.careerguidance.examples.portal.store.Retention;
import io.github.careerguidance.examples.portal.store.SessionStore;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The command line of {@code guidance serve} ({@link Portal#main(String[], PrintStream, PrintStream)}): reads the
 * options, opens the database and its tables, starts a {@link Portal} and blocks until the JVM is stopped.
 */
final class ServeCommand {
    private ServeCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        int port = 8080;
        String bind = null;
        URI publicUrl = null;
        List<InetAddress> proxies = new ArrayList<>();
        String db = System.getenv("GUIDANCE_DB_URL");
        Path dataDir = JdbcSessionStore.defaultDataDir();
        Path advisersFile = null;
        boolean hashPassword = false;
        List<Path> journeyFiles = new ArrayList<>();
        boolean watch = false;
        Path itemsFile = null;
        int retentionDays = (int) Retention.DEFAULT_PERIOD.toDays();
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--port":
                        port = number("--port", value);
                        i++;
                        break;
                    case "--bind":
                        bind = Objects.requireNonNull(value, "--bind takes an address");
                        i++;
                        break;
                    case "--public-url":
                        publicUrl = EdgePolicy.checkPublicUrl(
                                parseUri(Objects.requireNonNull(value, "--public-url takes an https:// address")));
                        i++;
                        break;
                    case "--trusted-proxy":
                        for (String a : Objects.requireNonNull(value, "--trusted-proxy takes an IP address")
                                .split(",")) {
                            proxies.add(Addresses.literal(a)
                                    .orElseThrow(() -> new IllegalArgumentException(
                                            "--trusted-proxy takes IP addresses (no host names) but got '" + a.strip()
                                                    + "'")));
                        }
                        i++;
                        break;
                    case "--db":
                        db = Objects.requireNonNull(value, "--db takes a JDBC URL");
                        i++;
                        break;
                    case "--advisers":
                        advisersFile = Path.of(Objects.requireNonNull(value, "--advisers takes a file"));
                        i++;
                        break;
                    case "--hash-password":
                        hashPassword = true;
                        break;
                    case "--data-dir":
                        dataDir = Path.of(Objects.requireNonNull(value, "--data-dir takes a folder"));
                        i++;
                        break;
                    case "--journey":
                        Objects.requireNonNull(value, "--journey takes one or more journey files (JSON or YAML)");
                        while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                            journeyFiles.add(Path.of(args[++i]));
                        }
                        break;
                    case "--watch":
                        watch = true;
                        break;
                    case "--instrument-items":
                        itemsFile = Path.of(Objects.requireNonNull(value, "--instrument-items takes a file"));
                        i++;
                        break;
                    case "--retention-days":
                        retentionDays = number("--retention-days", value);
                        i++;
                        if (retentionDays < 1 || retentionDays > 3650) {
                            throw new IllegalArgumentException("--retention-days must be 1 to 3650");
                        }
                        break;
                    case "-h":
                    case "--help":
                        out.println(USAGE);
                        return 0;
                    default:
                        throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be 0 to 65535");
            }
            if (watch && journeyFiles.isEmpty()) {
                throw new IllegalArgumentException("--watch needs --journey FILE... (the files to watch)");
            }
            if (bind != null) {
                String b = bind;
                InetAddress address = Addresses.literal(b)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "--bind takes an IP address such as 127.0.0.1 or 0.0.0.0 but got '" + b + "'"));
                Portal.checkExposure(address, publicUrl, proxies);
            } else {
                Portal.checkExposure(InetAddress.getLoopbackAddress(), publicUrl, proxies);
            }
        } catch (RuntimeException e) {
            err.println("guidance serve: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (hashPassword) {
            return AdviserSetup.hashPassword(System.console(), System.in, out, err);
        }
        AdviserAccounts advisers;
        try {
            advisers = AdviserSetup.accounts(advisersFile, System.getenv("GUIDANCE_ADVISERS"));
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("guidance serve: the adviser accounts cannot be read: " + e.getFile() + " does not exist");
            return 2;
        } catch (IllegalArgumentException | java.io.IOException e) {
            err.println("guidance serve: the adviser accounts cannot be read: " + e.getMessage());
            return 2;
        }
        List<Instrument> instruments = new ArrayList<>();
        if (itemsFile != null) {
            try {
                instruments.add(InstrumentItems.read(itemsFile));
            } catch (InstrumentItemsException e) {
                err.println("guidance serve: the instrument items cannot be used: " + e.getMessage());
                return 1;
            }
        }
        PortalDatabase database;
        SessionStore store;
        PortalSecrets secrets;
        try {
            database = db == null || db.isBlank()
                    ? PortalDatabase.h2(dataDir)
                    : PortalDatabase.open(db, System.getenv("GUIDANCE_DB_USER"), System.getenv("GUIDANCE_DB_PASSWORD"));
        } catch (RuntimeException e) {
            err.println("guidance serve: cannot open the session store: " + e.getMessage());
            return 1;
        }
        try {
            store = JdbcSessionStore.on(database);
            secrets = PortalSecrets.of(database);
        } catch (RuntimeException e) {
            err.println("guidance serve: cannot open the session store: " + e.getMessage());
            database.close();
            return 1;
        }
        JdbcHandoverSink callbacks;
        JdbcAttemptCounts attempts;
        try {
            callbacks = JdbcHandoverSink.open(database.dataSource(), Clock.systemUTC());
            attempts = JdbcAttemptCounts.open(database.dataSource());
        } catch (RuntimeException e) {
            err.println("guidance serve: cannot open the callback and attempt tables: " + e.getMessage());
            store.close();
            database.close();
            return 1;
        }
        Portal.Builder builder = Portal.builder()
                .store(store)
                .secrets(secrets)
                .retention(Duration.ofDays(retentionDays))
                .port(port)
                .callbacks(callbacks)
                .advisers(advisers)
                .instruments(instruments)
                .journeyFiles(journeyFiles)
                .watch(watch)
                .trustedProxies(proxies)
                .purge("callback requests", callbacks)
                .purge("callback audit", callbacks.audit())
                .attemptCounts(attempts)
                .purge("attempt counts", attempts);
        if (publicUrl != null) {
            builder.publicUrl(publicUrl);
        }
        try {
            // #15: resume codes and fixed plans, in the same database as the sessions, purged with them
            JdbcResumeStore resumes = JdbcResumeStore.open(database.dataSource());
            builder.resumeStore(resumes).purge("resume codes", resumes);
        } catch (RuntimeException e) {
            err.println("guidance serve: cannot open the resume store: " + e.getMessage());
            store.close();
            database.close();
            return 1;
        }
        try (Portal portal =
                (bind == null ? builder : builder.bind(Addresses.literal(bind).orElseThrow())).start()) {
            Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "guidance-portal-stop"));
            out.println("guidance portal: " + portal.uri() + (publicUrl == null ? "" : " behind " + publicUrl)
                    + "  (sessions: " + store + "; " + advisers.size()
                    + " adviser account(s) for " + portal.uri().resolve("/adviseur") + "; Ctrl+C stops)");
            if (!journeyFiles.isEmpty()) {
                out.println("guidance portal: previewing " + journeyFiles.size() + " journey file(s)"
                        + (watch ? ", reloaded on save" : "") + "; findings at "
                        + portal.uri().resolve("/preview"));
            }
            portal.awaitStop();
            return 0;
        } catch (JourneyRefusedException e) {
            err.println("guidance serve: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("guidance serve: cannot listen on port " + port + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            store.close();
            database.close();
        }
    }

    /** An option's whole-number value, or an error naming the option and the value. */
    private static int number(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " takes a number");
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number but got '" + value + "'");
        }
    }

    private static URI parseUri(String text) {
        try {
            return new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("--public-url is not an address: " + e.getMessage(), e);
        }
    }

    private static final String USAGE =
            "usage: guidance serve [--port 8080] [--bind 127.0.0.1] [--public-url https://HOST]"
                    + " [--trusted-proxy ADDRESS,...]\n       [--db jdbc:postgresql://host/db] [--data-dir DIR] [--advisers FILE]"
                    + " [--journey FILE... [--watch]] [--instrument-items FILE]\n"
                    + "       guidance serve --hash-password   (reads a password, prints its Argon2id hash)\n"
                    + "  off loopback (--bind 0.0.0.0) the portal must sit behind a TLS proxy: --public-url is then required\n"
                    + "  adviser accounts: --advisers FILE (NAME.regions = r1, r2 / NAME.password = HASH) or GUIDANCE_ADVISERS"
                    + " ('name:r1,r2:HASH' entries)\n"
                    + "  --journey FILE...        serve these journey files (JSON or YAML) beside the reference journeys; checked at start-up\n"
                    + "  --watch                  live preview: reload the journey files on save and show the checker's findings\n"
                    + "  --instrument-items FILE  licensed item texts of a built-in instrument (caas-24, caas-sf-12); without it the\n"
                    + "                           self-test is the portal's own reflection checklist, not the CAAS\n"
                    + "  --retention-days N       sessions, resume codes and callback requests idle longer are purged (default 30)\n"
                    + "  default store: H2 in " + JdbcSessionStore.defaultDataDir()
                    + "; GUIDANCE_DB_URL, GUIDANCE_DB_USER, GUIDANCE_DB_PASSWORD configure PostgreSQL";
}
