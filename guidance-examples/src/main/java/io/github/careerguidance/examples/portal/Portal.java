/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.examples.internal.SampleContactPoint;
import io.github.careerguidance.examples.portal.adviser.AdviserAccounts;
import io.github.careerguidance.examples.portal.check.JourneyRefusedException;
import io.github.careerguidance.examples.portal.internal.EdgePolicy;
import io.github.careerguidance.examples.portal.internal.PortalHandler;
import io.github.careerguidance.examples.portal.internal.PortalServer;
import io.github.careerguidance.examples.portal.internal.PreviewWatcher;
import io.github.careerguidance.examples.portal.internal.ServedJourneys;
import io.github.careerguidance.examples.portal.store.JdbcAttemptCounts;
import io.github.careerguidance.examples.portal.store.JdbcHandoverSink;
import io.github.careerguidance.examples.portal.store.JdbcResumeStore;
import io.github.careerguidance.examples.portal.store.PortalSecrets;
import io.github.careerguidance.examples.portal.store.Purgeable;
import io.github.careerguidance.examples.portal.store.Retention;
import io.github.careerguidance.examples.portal.store.SessionStore;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The reference one-stop portal: intake tiles from the core catalogue, one page per journey step, an outcome page
 * with a downloadable plan, a providers page, nl/en, and a person always within reach. Its handler is written
 * against the JDK's {@code com.sun.net.httpserver} API and served by Jetty 12 (header, idle and slow-body limits,
 * {@code TCP_NODELAY}); it renders plain HTML forms that work without JavaScript.
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
 * ({@link Builder#retention(Duration)}); a session whose plan has a review date is kept until the retention period
 * after that date, so the follow-up finds it.
 *
 * <p>Thread-safe; requests are served by a bounded pool of Jetty threads.
 *
 * @since 0.1.0
 */
public final class Portal implements AutoCloseable {
    /** The largest form accepted by default, in bytes. */
    public static final int DEFAULT_MAX_FORM_BYTES = 16 * 1024;

    /** How long a resume code works after it was issued (or after its plan's review date), by default: 30 days. */
    public static final Duration DEFAULT_RESUME_CODE_LIFETIME = Duration.ofDays(30);

    private final PortalServer server;
    private final URI uri;
    private final PreviewWatcher watcher;
    private final Retention retention;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Portal(PortalServer server, URI uri, PreviewWatcher watcher, Retention retention) {
        this.server = server;
        this.uri = uri;
        this.watcher = watcher;
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
        return server.port();
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
        if (watcher != null) {
            watcher.close();
        }
        retention.close();
        server.close();
        stopped.countDown();
    }

    @Override
    public String toString() {
        return "Portal{" + uri + "}";
    }

    /**
     * Runs {@code guidance serve}: starts the portal and blocks until the JVM is stopped.
     *
     * @param args {@code --port N} (8080), {@code --bind ADDRESS} (loopback; any other address needs
     *     {@code --public-url https://HOST}), {@code --public-url URL} (the https address of the TLS proxy in front),
     *     {@code --trusted-proxy ADDRESS[,ADDRESS…]} (repeatable; IP literals), {@code --db JDBC-URL} (else
     *     {@code GUIDANCE_DB_URL}, else H2 in {@code --data-dir}), {@code --data-dir DIR}, {@code --advisers FILE}
     *     (else {@code GUIDANCE_ADVISERS}), {@code --hash-password}; the database user and password come from
     *     {@code GUIDANCE_DB_USER} and {@code GUIDANCE_DB_PASSWORD}; {@code --journey FILE…} serves a designer's journey
     *     files (checked at start-up), {@code --watch} reloads them on save (the live preview),
     *     {@code --instrument-items FILE} loads licensed item texts of a built-in instrument,
     *     {@code --retention-days N} (30: sessions, resume codes and callback requests idle longer are purged)
     * @param out standard output
     * @param err standard error
     * @return 0 after a normal stop, 2 for a wrong command line, 1 when the portal cannot start
     */
    public static int main(String[] args, PrintStream out, PrintStream err) {
        return ServeCommand.run(args, out, err);
    }

    /** The rules for who may reach the portal: off loopback only behind a TLS proxy, proxies only with one. */
    static void checkExposure(InetAddress bind, URI publicUrl, List<InetAddress> proxies) {
        if (!bind.isLoopbackAddress() && publicUrl == null) {
            throw new IllegalArgumentException("--bind " + bind.getHostAddress() + " makes the portal reachable from"
                    + " other machines; give --public-url https://HOST (the address of the TLS proxy in front; see"
                    + " docs/portal-behind-a-proxy.md)");
        }
        if (!proxies.isEmpty() && publicUrl == null) {
            throw new IllegalArgumentException("--trusted-proxy needs --public-url https://HOST (the proxy's address)");
        }
    }

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
        private JdbcHandoverSink callbacks;
        private AdviserAccounts advisers = AdviserAccounts.none();
        private List<Instrument> instruments = List.of();
        private List<Path> journeyFiles = List.of();
        private Duration watch;
        private URI publicUrl;
        private Set<InetAddress> trustedProxies = Set.of();
        private PortalSecrets secrets;
        private Duration retention = Retention.DEFAULT_PERIOD;
        private final List<NamedTable> purge = new ArrayList<>();
        private JdbcResumeStore resumeStore;
        private JdbcAttemptCounts attemptCounts;
        private Duration resumeCodeLifetime = DEFAULT_RESUME_CODE_LIFETIME;

        private Builder() {}

        /**
         * Instruments besides the built-in ones, such as a licensed CAAS with item texts (see
         * {@code serve --instrument-items}); one replaces the built-in instrument of its code. None by default.
         *
         * @param more the instruments
         * @return this builder
         */
        public Builder instruments(Collection<Instrument> more) {
            this.instruments = List.copyOf(more);
            return this;
        }

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
         * Where the limits on resume-code attempts and the adviser lock-out count attempts: a table every portal
         * process on the database shares, so the limits hold for the whole loket behind a load balancer. Without it
         * each process counts in its own memory (the real limit is then the number of processes times the limit).
         * {@code serve} opens one on its database.
         *
         * @param counts the shared counts
         * @return this builder
         */
        public Builder attemptCounts(JdbcAttemptCounts counts) {
            this.attemptCounts = Objects.requireNonNull(counts, "counts");
            return this;
        }

        /**
         * A designer's journey files (JSON or YAML) to serve beside the reference journeys; a reference journey with
         * the same id or a goal of one of them is left out. Each must pass the check at start-up. None by default.
         *
         * @param files the files
         * @return this builder
         */
        public Builder journeyFiles(List<Path> files) {
            this.journeyFiles = List.copyOf(files);
            return this;
        }

        /**
         * Whether to reload the journey files on save (the live preview), with the default debounce.
         *
         * @param watch true to watch
         * @return this builder
         */
        public Builder watch(boolean watch) {
            this.watch = watch ? PreviewWatcher.DEFAULT_DEBOUNCE : null;
            return this;
        }

        /**
         * Reloads the journey files on save, once they have been quiet for a time.
         *
         * @param debounce the quiet time, at least 1 ms
         * @return this builder
         */
        public Builder watch(Duration debounce) {
            if (debounce.isNegative() || debounce.isZero()) {
                throw new IllegalArgumentException("debounce must be positive but was " + debounce);
            }
            this.watch = debounce;
            return this;
        }

        /**
         * How long a resume code works after it was issued, or after the review date of the session's plan when that is
         * later (so a visitor can come back for the follow-up); 30 days by default.
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
         * from other machines and needs a {@link #publicUrl(URI)}: the portal then sits behind a TLS proxy.
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
         * last use, or after the review date of its plan when that is later; 30 days by default. Purged on start and
         * daily; stated on the privacy page.
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
         * Where callback requests go; without one the portal offers no callback form and no adviser view.
         *
         * @param sink the sink in the portal's database
         * @return this builder
         */
        public Builder callbacks(JdbcHandoverSink sink) {
            this.callbacks = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * The advisers who may sign in at {@code /adviseur}; none by default (every sign-in is refused).
         *
         * @param accounts the accounts
         * @return this builder
         */
        public Builder advisers(AdviserAccounts accounts) {
            this.advisers = Objects.requireNonNull(accounts, "accounts");
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
         * The {@code https://} address visitors use, served by a TLS reverse proxy in front of the portal. Cookies
         * are then {@code Secure} with the {@code __Host-} prefix, the Host must be this address's host, and POSTs
         * must come from this origin. Required to bind to anything but loopback.
         *
         * @param url an https origin, such as {@code https://loket.example.nl}
         * @return this builder
         * @throws IllegalArgumentException when it is not an https origin
         */
        public Builder publicUrl(URI url) {
            this.publicUrl = EdgePolicy.checkPublicUrl(Objects.requireNonNull(url, "url"));
            return this;
        }

        /**
         * The proxies whose {@code X-Forwarded-Proto} and {@code X-Forwarded-For} are believed (from any other peer
         * they are ignored); none by default. Needs a {@link #publicUrl(URI)}.
         *
         * @param proxies the proxies' addresses
         * @return this builder
         */
        public Builder trustedProxies(Iterable<InetAddress> proxies) {
            Set<InetAddress> set = new LinkedHashSet<>();
            proxies.forEach(p -> set.add(Objects.requireNonNull(p, "proxy")));
            this.trustedProxies = Set.copyOf(set);
            return this;
        }

        /**
         * Checks and compiles the reference journeys (and the designer's files), and starts listening.
         *
         * @return the running portal
         * @throws IOException when the port cannot be bound or the journey files cannot be watched
         * @throws IllegalStateException when no store was given, or when the portal would be reachable from other
         *     machines (a non-loopback bind) without a {@link #publicUrl(URI)}, or proxies are trusted without one
         * @throws JourneyRefusedException when a journey fails the check (errors, or a reachable empty information
         *     page)
         */
        public Portal start() throws IOException {
            if (store == null) {
                throw new IllegalStateException("a portal needs a session store");
            }
            try {
                checkExposure(bind, publicUrl, List.copyOf(trustedProxies));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            List<ContactPoint> points = contactPoints == null ? List.of(SampleContactPoint.load()) : contactPoints;
            ServedJourneys served = ServedJourneys.start(points, instruments, journeyFiles, clock);
            Set<String> hosts = new HashSet<>();
            if (publicUrl != null) {
                hosts.add(publicUrl.getHost().toLowerCase(Locale.ROOT));
            } else if (bind.isLoopbackAddress()) {
                hosts.addAll(List.of("localhost", "127.0.0.1", "[::1]"));
                hosts.add(hostName(bind));
            }
            PreviewWatcher watcher = watch != null && served.previewing() ? new PreviewWatcher(served, watch) : null;
            Retention purger = new Retention(retention, clock, System.err).register("sessions", store);
            purge.forEach(t -> purger.register(t.name(), t.table()));
            JdbcResumeStore resumes = resumeStore != null
                    ? resumeStore
                    : JdbcResumeStore.open(JdbcResumeStore.dataSource(
                            "jdbc:h2:mem:guidance-resume-" + System.identityHashCode(this) + "-" + System.nanoTime()
                                    + ";DB_CLOSE_DELAY=-1",
                            "sa",
                            ""));
            if (resumeStore == null) {
                purger.register("resume codes", resumes);
            }
            PortalServer server;
            try {
                purger.start(); // expired data is gone before the first visitor is served
                server = PortalServer.start(
                        new InetSocketAddress(bind, port),
                        new PortalHandler(
                                served,
                                served.previewing() ? served : null,
                                store,
                                clock,
                                points,
                                maxFormBytes,
                                hosts,
                                callbacks,
                                advisers,
                                edge(),
                                secrets == null ? null : secrets.key("csrf"),
                                retention,
                                resumes,
                                resumeCodeLifetime,
                                attemptCounts),
                        PortalServer.Limits.DEFAULT);
            } catch (IOException | RuntimeException e) {
                if (watcher != null) {
                    watcher.close();
                }
                purger.close();
                throw e;
            }
            return new Portal(
                    server, URI.create("http://" + hostName(bind) + ":" + server.port() + "/"), watcher, purger);
        }

        private EdgePolicy edge() {
            return publicUrl == null ? EdgePolicy.direct() : EdgePolicy.behindProxy(publicUrl, trustedProxies);
        }

        private static String hostName(InetAddress address) {
            String literal = address.getHostAddress();
            return (literal.contains(":") ? "[" + literal + "]" : literal).toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return "Portal.Builder{" + bind + ":" + port + "}";
        }

        private record NamedTable(String name, Purgeable table) {}
    }
}
