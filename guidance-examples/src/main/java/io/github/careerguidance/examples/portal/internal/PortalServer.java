/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.eclipse.jetty.http.spi.JettyHttpServer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The portal's HTTP server: Jetty 12 serving the portal's {@code com.sun.net.httpserver} handler (through Jetty's
 * {@code jetty-http-spi}), with limits that hold under slow and hostile clients.
 *
 * <p>Why not the JDK's own server: it reads a request's line and headers with blocking I/O on a worker thread, so
 * every connection that sends half a header (or declares a body it never sends) holds a worker until
 * {@code sun.net.httpserver.maxReqTime} ends it, and a handful of such connections stall every visitor (measured: 16
 * of them held a normal page 29.9 s with 8 workers and maxReqTime 30 s). Jetty parses headers without a thread, closes
 * a connection that is silent for {@link Limits#idleTimeout()}, drops a request body that arrives slower than
 * {@link Limits#minRequestBytesPerSecond()}, caps open connections and sets {@code TCP_NODELAY} on every accepted socket
 * (so a page is not held 40 ms by Nagle's algorithm waiting for the client's delayed ACK).
 */
public final class PortalServer implements AutoCloseable {
    /**
     * The server's limits.
     *
     * @param threads the most worker threads (a worker is held only while a handler runs or a body is read)
     * @param idleTimeout how long a connection may stay silent (no header, body or keep-alive bytes) before it is closed
     * @param minRequestBytesPerSecond the slowest a request body may arrive, in bytes per second
     * @param maxConnections the most open connections; beyond it the server stops accepting until some close
     * @param maxHeaderBytes the largest request line and headers, in bytes (a larger request gets 431)
     * @param backlog the listen backlog
     */
    public record Limits(
            int threads,
            Duration idleTimeout,
            long minRequestBytesPerSecond,
            int maxConnections,
            int maxHeaderBytes,
            int backlog) {
        /** The portal's defaults: 200 threads, 10 s idle, 256 B/s, 1,000 connections, 8 KiB of headers, backlog 64. */
        public static final Limits DEFAULT = new Limits(200, Duration.ofSeconds(10), 256, 1000, 8 * 1024, 64);
    }

    private final Server jetty;
    private final ServerConnector connector;

    private PortalServer(Server jetty, ServerConnector connector) {
        this.jetty = jetty;
        this.connector = connector;
    }

    /**
     * Starts a server on an address with one handler for every path.
     *
     * @param address the address and port (0 for any free port)
     * @param handler the handler
     * @param limits the limits
     * @return the running server
     * @throws IOException when the address cannot be bound
     */
    // "removal": HttpConfiguration.setMinRequestDataRate is deprecated for removal in Jetty 12.1 in favour of
    // StatisticsHandler.MinimumDataRateHandler, a handler wrapper; jetty-http-spi builds the handler tree itself, so
    // the wrapper is left for when the portal moves off the SPI
    @SuppressWarnings("removal")
    public static PortalServer start(InetSocketAddress address, HttpHandler handler, Limits limits) throws IOException {
        QueuedThreadPool pool = new QueuedThreadPool(limits.threads(), Math.min(4, limits.threads()));
        pool.setName("guidance-portal");
        pool.setDaemon(true);
        Server jetty = new Server(pool);
        jetty.setStopTimeout(1000);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setRequestHeaderSize(limits.maxHeaderBytes());
        config.setMinRequestDataRate(limits.minRequestBytesPerSecond());
        ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(address.getAddress().getHostAddress());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptQueueSize(limits.backlog());
        connector.setAcceptedTcpNoDelay(true);
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        jetty.setHandler(new ContextHandlerCollection());
        HttpServer spi = new JettyHttpServer(jetty, true, config);
        spi.createContext("/", handler);
        try {
            jetty.start();
        } catch (IOException e) {
            stopQuietly(jetty);
            throw e;
        } catch (Exception e) {
            stopQuietly(jetty);
            throw new IOException(e.getMessage(), e);
        }
        return new PortalServer(jetty, connector);
    }

    /**
     * The port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return connector.getLocalPort();
    }

    /** Stops accepting, gives requests in flight up to a second, and stops the workers. */
    @Override
    public void close() {
        stopQuietly(jetty);
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            System.err.println("guidance portal: stopping the server: " + e);
        }
    }

    @Override
    public String toString() {
        return "PortalServer{" + connector.getHost() + ":" + port() + "}";
    }
}
