/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import io.github.careerguidance.examples.portal.store.PortalDatabase;
import io.github.careerguidance.examples.portal.store.PortalSecrets;
import io.github.careerguidance.examples.portal.store.Purgeable;
import io.github.careerguidance.examples.portal.store.Retention;
import io.github.careerguidance.examples.portal.store.SessionStore;
import io.github.careerguidance.examples.internal.SampleContactPoint;
import com.sun.net.httpserver.HttpServer;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.examples.internal.ReferenceSetup;
import io.github.careerguidance.examples.portal.internal.PortalHandler;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reference one-stop portal: intake tiles from the core catalogue, one page per journey step, an outcome page
 * with a downloadable plan, a providers page, nl/en, and a person always within reach. It runs on the JDK's own
 * {@code com.sun.net.httpserver} and renders plain HTML forms that work without JavaScript.
 *
 * <pre>{@code
 * try (SessionStore store = JdbcSessionStore.h2(JdbcSessionStore.defaultDataDir());
 *      Portal portal = Portal.builder().store(store).port(8080).start()) {
 *     System.out.println("open " + portal.uri());
 *     portal.awaitStop();
 * }
 * }</pre>
 *
 * <p>Safe by default: it binds to the loopback address and answers only to loopback host names, session ids are
 * 256 random bits from {@code SecureRandom} in an HttpOnly, SameSite=Lax cookie (a new id for every new journey),
 * every form carries a CSRF token bound to the session, every answer has a Content-Security-Policy without inline
 * script or style, every text is escaped with the OWASP Java Encoder, and forms over 16 KiB are refused.
 *
 * <p>Nothing lost: an answer is committed to the store before the page that confirms it is sent, a change is saved
 * only against the version it was read at (several portal processes can share one PostgreSQL database), the CSRF
 * key comes from the database's persisted secret ({@link Builder#secrets(PortalSecrets)}) so open forms survive a
 * restart, and sessions idle longer than the retention period are purged on start-up and daily
 * ({@link Builder#retention(Duration)}).
 *
 * <p>Thread-safe; requests are served by a small pool of threads.
 *
 * @since 0.1.0
 */
public final class Portal implements AutoCloseable {
    /** The largest form accepted by default, in bytes. */
    public static final int DEFAULT_MAX_FORM_BYTES = 16 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI uri;
    private final Retention retention;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Portal(HttpServer server, ExecutorService executor, URI uri, Retention retention) {
        this.server = server;
        this.executor = executor;
        this.uri = uri;
        this.retention = retention;
    }

    /**
     * A builder; a {@link Builder#store(SessionStore)} is required.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The address to open in a browser.
     *
     * @return for example {@code http://127.0.0.1:8080/}
     */
    public URI uri() {
        return uri;
    }

    /**
     * The port the portal listens on (useful with port 0).
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Blocks until {@link #close()} is called.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops the server (waiting up to a second for requests in flight); the store is the caller's to close. */
    @Override
    public void close() {
        retention.close();
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopped.countDown();
    }

    @Override
    public String toString() {
        return "Portal{" + uri + "}";
    }

    /**
     * Runs {@code guidance serve}: starts the portal and blocks until the JVM is stopped.
     *
     * @param args {@code --port N} (8080), {@code --bind ADDRESS} (loopback), {@code --db JDBC-URL} (else
     *     {@code GUIDANCE_DB_URL}, else H2 in {@code --data-dir}), {@code --data-dir DIR}, {@code --retention-days N}
     *     (30: sessions idle longer are purged); the database user and password come from {@code GUIDANCE_DB_USER}
     *     and {@code GUIDANCE_DB_PASSWORD}
     * @param out standard output
     * @param err standard error
     * @return 0 after a normal stop, 2 for a wrong command line, 1 when the portal cannot start
     */
    public static int main(String[] args, PrintStream out, PrintStream err) {
        int port = 8080;
        String bind = null;
        String db = System.getenv("GUIDANCE_DB_URL");
        Path dataDir = JdbcSessionStore.defaultDataDir();
        int retentionDays = (int) Retention.DEFAULT_PERIOD.toDays();
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--port":
                        port = Integer.parseInt(Objects.requireNonNull(value, "--port takes a number"));
                        i++;
                        break;
                    case "--bind":
                        bind = Objects.requireNonNull(value, "--bind takes an address");
                        i++;
                        break;
                    case "--db":
                        db = Objects.requireNonNull(value, "--db takes a JDBC URL");
                        i++;
                        break;
                    case "--data-dir":
                        dataDir = Path.of(Objects.requireNonNull(value, "--data-dir takes a folder"));
                        i++;
                        break;
                    case "--retention-days":
                        retentionDays = Integer.parseInt(Objects.requireNonNull(value, "--retention-days takes a number"));
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
        } catch (RuntimeException e) {
            err.println("guidance serve: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        // the JDK server's own limits, read when it first starts: headers per request, and time to read a request
        // (slow clients) and to write an answer; set only when the user did not set them
        defaultProperty("sun.net.httpserver.maxReqHeaders", "100");
        defaultProperty("sun.net.httpserver.maxReqTime", "30");
        defaultProperty("sun.net.httpserver.maxRspTime", "60");
        PortalDatabase database;
        SessionStore store;
        PortalSecrets secrets;
        try {
            database = db == null || db.isBlank() ? PortalDatabase.h2(dataDir)
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
        Builder builder = builder().store(store).secrets(secrets).retention(Duration.ofDays(retentionDays)).port(port);
        try (Portal portal = (bind == null ? builder : builder.bind(InetAddress.getByName(bind))).start()) {
            Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "guidance-portal-stop"));
            out.println("guidance portal: " + portal.uri() + "  (sessions: " + store + "; Ctrl+C stops)");
            portal.awaitStop();
            return 0;
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

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    private static final String USAGE = "usage: guidance serve [--port 8080] [--bind 127.0.0.1] [--db jdbc:postgresql://host/db]"
            + " [--data-dir DIR] [--retention-days 30]\n  default store: H2 in " + JdbcSessionStore.defaultDataDir()
            + "; GUIDANCE_DB_URL, GUIDANCE_DB_USER, GUIDANCE_DB_PASSWORD configure PostgreSQL";

    /**
     * Configures and starts a {@link Portal}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private InetAddress bind = InetAddress.getLoopbackAddress();
        private int port = 8080;
        private SessionStore store;
        private Clock clock = Clock.systemUTC();
        private List<ContactPoint> contactPoints;
        private int maxFormBytes = DEFAULT_MAX_FORM_BYTES;
        private int threads = 8;
        private PortalSecrets secrets;
        private Duration retention = Retention.DEFAULT_PERIOD;
        private final List<NamedTable> purge = new ArrayList<>();

        private Builder() {}

        /**
         * The address to listen on; the loopback address by default. Any other address makes the portal reachable
         * from other machines and turns off the loopback host-name check.
         *
         * @param address the address
         * @return this builder
         */
        public Builder bind(InetAddress address) {
            this.bind = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * The port; 8080 by default, 0 for any free port.
         *
         * @param port the port
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535 but was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Where sessions are kept.
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(SessionStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * The persisted secret the CSRF key is derived from, so forms opened before a restart (or served by another
         * portal process on the same database) still post. Without it the key is random per start.
         *
         * @param secrets the secrets
         * @return this builder
         * @since 0.1.0
         */
        @Beta
        public Builder secrets(PortalSecrets secrets) {
            this.secrets = Objects.requireNonNull(secrets, "secrets");
            return this;
        }

        /**
         * How long a session (and what else is registered with {@link #purge(String, Purgeable)}) is kept after its
         * last use; 30 days by default. Purged on start and daily; stated on the privacy page.
         *
         * @param period the period, at least a minute
         * @return this builder
         * @since 0.1.0
         */
        @Beta
        public Builder retention(Duration period) {
            Objects.requireNonNull(period, "period");
            if (period.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new IllegalArgumentException("the retention period must be at least a minute but was " + period);
            }
            this.retention = period;
            return this;
        }

        /**
         * Another table the retention purge empties of rows idle longer than the retention period (resume codes,
         * callback requests, ...); the session store is always purged.
         *
         * @param name what the table holds, for reports
         * @param table the table
         * @return this builder
         * @since 0.1.0
         */
        @Beta
        public Builder purge(String name, Purgeable table) {
            purge.add(new NamedTable(Objects.requireNonNull(name, "name"), Objects.requireNonNull(table, "table")));
            return this;
        }

        /**
         * The clock for opening hours and check dates; the system clock by default.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The contact points; the first is also shown outside a journey. The examples' sample loket by default.
         *
         * @param points one or more contact points
         * @return this builder
         */
        public Builder contactPoints(List<ContactPoint> points) {
            if (points.isEmpty()) {
                throw new IllegalArgumentException("contactPoints needs at least one contact point but got none");
            }
            this.contactPoints = List.copyOf(points);
            return this;
        }

        /**
         * The largest form accepted, in bytes; 16 KiB by default.
         *
         * @param bytes the limit, at least 1024
         * @return this builder
         */
        public Builder maxFormBytes(int bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxFormBytes must be at least 1024 but was " + bytes);
            }
            this.maxFormBytes = bytes;
            return this;
        }

        /**
         * Compiles the reference journeys and starts listening.
         *
         * @return the running portal
         * @throws IOException when the port cannot be bound
         * @throws IllegalStateException when no store was given
         */
        public Portal start() throws IOException {
            if (store == null) {
                throw new IllegalStateException("a portal needs a session store");
            }
            List<ContactPoint> points = contactPoints == null ? List.of(SampleContactPoint.load()) : contactPoints;
            ReferenceSetup setup = ReferenceSetup.of(points);
            Set<String> hosts = new HashSet<>();
            if (bind.isLoopbackAddress()) {
                hosts.addAll(List.of("localhost", "127.0.0.1", "[::1]"));
                hosts.add(hostName(bind));
            }
            HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
            AtomicInteger n = new AtomicInteger();
            ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "guidance-portal-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            server.createContext("/", new PortalHandler(setup, store, clock, points.get(0), maxFormBytes, hosts,
                    secrets == null ? null : secrets.key("csrf"), retention));
            Retention purger = new Retention(retention, clock, System.err).register("sessions", store);
            purge.forEach(t -> purger.register(t.name(), t.table()));
            purger.start(); // expired data is gone before the first visitor is served
            server.start();
            int actual = server.getAddress().getPort();
            return new Portal(server, executor, URI.create("http://" + hostName(bind) + ":" + actual + "/"), purger);
        }

        private static String hostName(InetAddress address) {
            String literal = address.getHostAddress();
            return (literal.contains(":") ? "[" + literal + "]" : literal).toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return "Portal.Builder{" + bind + ":" + port + "}";
        }

        private record NamedTable(String name, Purgeable table) {
        }
    }

}
