/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import io.github.careerguidance.examples.portal.store.JdbcResumeStore;
import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
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
 * <p>Thread-safe; requests are served by a small pool of threads.
 *
 * @since 0.1.0
 */
public final class Portal implements AutoCloseable {
    /** The largest form accepted by default, in bytes. */
    public static final int DEFAULT_MAX_FORM_BYTES = 16 * 1024;

    /** How long a resume code works after it was issued, by default: 30 days. */
    public static final Duration DEFAULT_RESUME_CODE_LIFETIME = Duration.ofDays(30);

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI uri;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Portal(HttpServer server, ExecutorService executor, URI uri) {
        this.server = server;
        this.executor = executor;
        this.uri = uri;
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
     *     {@code GUIDANCE_DB_URL}, else H2 in {@code --data-dir}), {@code --data-dir DIR}; the database user and
     *     password come from {@code GUIDANCE_DB_USER} and {@code GUIDANCE_DB_PASSWORD}
     * @param out standard output
     * @param err standard error
     * @return 0 after a normal stop, 2 for a wrong command line, 1 when the portal cannot start
     */
    public static int main(String[] args, PrintStream out, PrintStream err) {
        int port = 8080;
        String bind = null;
        String db = System.getenv("GUIDANCE_DB_URL");
        Path dataDir = JdbcSessionStore.defaultDataDir();
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
        SessionStore store;
        try {
            store = db == null || db.isBlank() ? JdbcSessionStore.h2(dataDir)
                    : JdbcSessionStore.open(db, System.getenv("GUIDANCE_DB_USER"), System.getenv("GUIDANCE_DB_PASSWORD"));
        } catch (RuntimeException e) {
            err.println("guidance serve: cannot open the session store: " + e.getMessage());
            return 1;
        }
        Builder builder = builder().store(store).port(port);
        try {
            // #15: resume codes and fixed plans, in the same database as the sessions
            builder.resumeStore(JdbcResumeStore.open(db == null || db.isBlank()
                    ? JdbcResumeStore.dataSource(((JdbcSessionStore) store).url(), "sa", "")
                    : JdbcResumeStore.dataSource(db, System.getenv("GUIDANCE_DB_USER"), System.getenv("GUIDANCE_DB_PASSWORD"))));
        } catch (RuntimeException e) {
            err.println("guidance serve: cannot open the resume store: " + e.getMessage());
            store.close();
            return 1;
        }
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
        }
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    private static final String USAGE = "usage: guidance serve [--port 8080] [--bind 127.0.0.1] [--db jdbc:postgresql://host/db]"
            + " [--data-dir DIR]\n  default store: H2 in " + JdbcSessionStore.defaultDataDir()
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
        private JdbcResumeStore resumeStore;
        private Duration resumeCodeLifetime = DEFAULT_RESUME_CODE_LIFETIME;

        private Builder() {}

        /**
         * Where resume codes (as hashes) and the plans visitors took away are kept; by default an in-memory H2
         * database that lives as long as the process (give one on the session store's database to keep codes across
         * restarts, as {@code guidance serve} does).
         *
         * @param store the store
         * @return this builder
         */
        public Builder resumeStore(JdbcResumeStore store) {
            this.resumeStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * How long a resume code works after it was issued; 30 days by default.
         *
         * @param lifetime the lifetime, positive
         * @return this builder
         */
        public Builder resumeCodeLifetime(Duration lifetime) {
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("resumeCodeLifetime must be positive but was " + lifetime);
            }
            this.resumeCodeLifetime = lifetime;
            return this;
        }

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
            JdbcResumeStore resumes = resumeStore != null ? resumeStore : JdbcResumeStore.open(JdbcResumeStore.dataSource(
                    "jdbc:h2:mem:guidance-resume-" + System.identityHashCode(this) + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                    "sa", ""));
            server.createContext("/", new PortalHandler(setup, store, clock, points.get(0), maxFormBytes, hosts, resumes,
                    resumeCodeLifetime));
            server.start();
            int actual = server.getAddress().getPort();
            return new Portal(server, executor, URI.create("http://" + hostName(bind) + ":" + actual + "/"));
        }

        private static String hostName(InetAddress address) {
            String literal = address.getHostAddress();
            return (literal.contains(":") ? "[" + literal + "]" : literal).toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return "Portal.Builder{" + bind + ":" + port + "}";
        }
    }

}
