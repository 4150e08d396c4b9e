/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import io.github.careerguidance.examples.portal.store.SessionStore;
import io.github.careerguidance.examples.internal.SampleContactPoint;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.examples.internal.ReferenceSetup;
import io.github.careerguidance.examples.portal.internal.Addresses;
import io.github.careerguidance.examples.portal.internal.EdgePolicy;
import io.github.careerguidance.examples.portal.internal.PortalHandler;
import io.github.careerguidance.examples.portal.internal.PortalServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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
 * <p>Thread-safe; requests are served by a bounded pool of threads.
 *
 * @since 0.1.0
 */
public final class Portal implements AutoCloseable {
    /** The largest form accepted by default, in bytes. */
    public static final int DEFAULT_MAX_FORM_BYTES = 16 * 1024;

    private final PortalServer server;
    private final URI uri;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Portal(PortalServer server, URI uri) {
        this.server = server;
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
     *     {@code GUIDANCE_DB_URL}, else H2 in {@code --data-dir}), {@code --data-dir DIR}; the database user and
     *     password come from {@code GUIDANCE_DB_USER} and {@code GUIDANCE_DB_PASSWORD}
     * @param out standard output
     * @param err standard error
     * @return 0 after a normal stop, 2 for a wrong command line, 1 when the portal cannot start
     */
    public static int main(String[] args, PrintStream out, PrintStream err) {
        int port = 8080;
        String bind = null;
        URI publicUrl = null;
        List<InetAddress> proxies = new ArrayList<>();
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
                    case "--public-url":
                        publicUrl = EdgePolicy.checkPublicUrl(parseUri(Objects.requireNonNull(value, "--public-url takes an https:// address")));
                        i++;
                        break;
                    case "--trusted-proxy":
                        for (String a : Objects.requireNonNull(value, "--trusted-proxy takes an IP address").split(",")) {
                            proxies.add(Addresses.literal(a).orElseThrow(() -> new IllegalArgumentException(
                                    "--trusted-proxy takes IP addresses (no host names) but got '" + a.strip() + "'")));
                        }
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
            if (bind != null) {
                String b = bind;
                InetAddress address = Addresses.literal(b).orElseThrow(() -> new IllegalArgumentException(
                        "--bind takes an IP address such as 127.0.0.1 or 0.0.0.0 but got '" + b + "'"));
                checkExposure(address, publicUrl, proxies);
            } else {
                checkExposure(InetAddress.getLoopbackAddress(), publicUrl, proxies);
            }
        } catch (RuntimeException e) {
            err.println("guidance serve: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        SessionStore store;
        try {
            store = db == null || db.isBlank() ? JdbcSessionStore.h2(dataDir)
                    : JdbcSessionStore.open(db, System.getenv("GUIDANCE_DB_USER"), System.getenv("GUIDANCE_DB_PASSWORD"));
        } catch (RuntimeException e) {
            err.println("guidance serve: cannot open the session store: " + e.getMessage());
            return 1;
        }
        Builder builder = builder().store(store).port(port).trustedProxies(proxies);
        if (publicUrl != null) {
            builder.publicUrl(publicUrl);
        }
        try (Portal portal = (bind == null ? builder : builder.bind(Addresses.literal(bind).orElseThrow())).start()) {
            Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "guidance-portal-stop"));
            out.println("guidance portal: " + portal.uri() + (publicUrl == null ? "" : " behind " + publicUrl)
                    + "  (sessions: " + store + "; Ctrl+C stops)");
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

    private static URI parseUri(String text) {
        try {
            return new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("--public-url is not an address: " + e.getMessage(), e);
        }
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

    private static final String USAGE = "usage: guidance serve [--port 8080] [--bind 127.0.0.1] [--public-url https://HOST]"
            + " [--trusted-proxy ADDRESS,...] [--db jdbc:postgresql://host/db] [--data-dir DIR]\n"
            + "  off loopback (--bind 0.0.0.0) the portal must sit behind a TLS proxy: --public-url is then required\n"
            + "  default store: H2 in " + JdbcSessionStore.defaultDataDir()
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
        private URI publicUrl;
        private Set<InetAddress> trustedProxies = Set.of();

        private Builder() {}

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
         * Compiles the reference journeys and starts listening.
         *
         * @return the running portal
         * @throws IOException when the port cannot be bound
         * @throws IllegalStateException when no store was given, or when the portal would be reachable from other
         *     machines (a non-loopback bind) without a {@link #publicUrl(URI)}, or proxies are trusted without one
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
            ReferenceSetup setup = ReferenceSetup.of(points);
            Set<String> hosts = new HashSet<>();
            if (publicUrl != null) {
                hosts.add(publicUrl.getHost().toLowerCase(Locale.ROOT));
            } else if (bind.isLoopbackAddress()) {
                hosts.addAll(List.of("localhost", "127.0.0.1", "[::1]"));
                hosts.add(hostName(bind));
            }
            PortalServer server = PortalServer.start(new InetSocketAddress(bind, port),
                    new PortalHandler(setup, store, clock, points.get(0), maxFormBytes, hosts, edge()),
                    PortalServer.Limits.DEFAULT);
            return new Portal(server, URI.create("http://" + hostName(bind) + ":" + server.port() + "/"));
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
    }

}
