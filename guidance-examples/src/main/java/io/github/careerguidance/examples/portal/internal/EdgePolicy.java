/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the portal trusts about where a request came from: the public address visitors use (behind a TLS proxy),
 * which peers are proxies whose {@code X-Forwarded-Proto} and {@code X-Forwarded-For} count, and whether a POST came
 * from one of the portal's own pages ({@code Origin}, else {@code Sec-Fetch-Site}, else {@code Referer}).
 * Immutable and thread-safe.
 */
public final class EdgePolicy {
    private final Optional<URI> publicUrl;
    private final Set<InetAddress> trustedProxies;

    private EdgePolicy(Optional<URI> publicUrl, Set<InetAddress> trustedProxies) {
        this.publicUrl = publicUrl;
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    /**
     * The policy of a portal visitors reach directly over plain HTTP (loopback): no secure cookies, no proxies.
     *
     * @return the policy
     */
    public static EdgePolicy direct() {
        return new EdgePolicy(Optional.empty(), Set.of());
    }

    /**
     * The policy of a portal behind a TLS proxy.
     *
     * @param publicUrl the {@code https://} address visitors use (checked by {@link #checkPublicUrl(URI)})
     * @param trustedProxies the peers whose forwarding headers are believed
     * @return the policy
     * @throws IllegalArgumentException when the address is not an https origin
     */
    public static EdgePolicy behindProxy(URI publicUrl, Set<InetAddress> trustedProxies) {
        return new EdgePolicy(Optional.of(checkPublicUrl(publicUrl)), trustedProxies);
    }

    /**
     * Checks a public address: {@code https}, a host, no user, query or fragment, and no path beyond {@code /} (the
     * portal serves its pages at the root).
     *
     * @param url the address
     * @return the address without a trailing slash
     * @throws IllegalArgumentException naming what is wrong
     */
    public static URI checkPublicUrl(URI url) {
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException(
                    "--public-url must start with https:// (TLS is the reverse proxy's job) but was " + url);
        }
        if (url.getHost() == null
                || url.getRawUserInfo() != null
                || url.getRawQuery() != null
                || url.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "--public-url must be https://HOST[:PORT] without user, query or fragment but was " + url);
        }
        String path = url.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw new IllegalArgumentException(
                    "--public-url must name the portal's root (the proxy maps it to /) but had the path " + path);
        }
        return URI.create("https://" + url.getRawAuthority().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether cookies get {@code Secure} and the {@code __Host-} prefix (only a page of this exact host over HTTPS can
     * then set them, so a sibling subdomain or a network attacker cannot plant a session cookie).
     *
     * @return true behind a TLS proxy
     */
    public boolean secureCookies() {
        return publicUrl.isPresent();
    }

    /**
     * The host name visitors use, when the portal is behind a proxy.
     *
     * @return the public host, lower case
     */
    public Optional<String> publicHost() {
        return publicUrl.map(u -> u.getHost().toLowerCase(Locale.ROOT));
    }

    /**
     * The public address, when the portal is behind a proxy.
     *
     * @return the address, for example {@code https://loket.example.nl}
     */
    public Optional<URI> publicUrl() {
        return publicUrl;
    }

    /** Whether the peer of a request is a configured proxy. */
    boolean fromTrustedProxy(HttpExchange ex) {
        InetSocketAddress peer = ex.getRemoteAddress();
        return peer != null && peer.getAddress() != null && trustedProxies.contains(peer.getAddress());
    }

    /**
     * Whether a trusted proxy says the visitor came over plain HTTP (the portal then sends the visitor to the https
     * address); the header of any other peer is ignored.
     */
    boolean forwardedOverPlainHttp(HttpExchange ex) {
        String proto = ex.getRequestHeaders().getFirst("X-Forwarded-Proto");
        return proto != null
                && fromTrustedProxy(ex)
                && proto.split(",")[0].strip().equalsIgnoreCase("http");
    }

    /**
     * The visitor's address: the peer, or, when the peer is a trusted proxy, the right-most address in
     * {@code X-Forwarded-For} that is not itself a trusted proxy (the left part can be written by the visitor).
     *
     * @param ex the exchange
     * @return the address as text, or empty when unknown
     */
    public Optional<String> clientAddress(HttpExchange ex) {
        InetSocketAddress peer = ex.getRemoteAddress();
        String direct = peer == null || peer.getAddress() == null
                ? null
                : peer.getAddress().getHostAddress();
        if (!fromTrustedProxy(ex)) {
            return Optional.ofNullable(direct);
        }
        List<String> lines = ex.getRequestHeaders().get("X-Forwarded-For");
        if (lines == null) {
            return Optional.ofNullable(direct);
        }
        String[] hops = String.join(",", lines).split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            Optional<InetAddress> address = Addresses.literal(hop);
            if (address.isEmpty()) {
                return Optional.ofNullable(direct); // a malformed chain: believe only the peer
            }
            if (!trustedProxies.contains(address.get())) {
                return Optional.of(address.get().getHostAddress());
            }
        }
        return Optional.ofNullable(direct);
    }

    /**
     * Whether a POST came from one of the portal's own pages. The {@code Origin} must be the portal's (the public
     * address, else {@code http://} and the request's Host); without a usable Origin ({@code null} or absent),
     * {@code Sec-Fetch-Site} must be {@code same-origin}; without either, a {@code Referer} must be on the portal.
     * A request with none of the three is not from a browser (which cannot be tricked into sending it) and passes
     * to the CSRF token check.
     */
    boolean sameOrigin(HttpExchange ex) {
        String expected = expectedOrigin(ex);
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (origin != null && !origin.strip().equals("null")) {
            return origin.strip().toLowerCase(Locale.ROOT).equals(expected);
        }
        String site = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null) {
            return site.strip().equalsIgnoreCase("same-origin");
        }
        if (origin != null) {
            return false; // Origin: null without fetch metadata: a sandboxed frame or a data: page
        }
        String referer = ex.getRequestHeaders().getFirst("Referer");
        if (referer != null) {
            return referer.strip().toLowerCase(Locale.ROOT).startsWith(expected + "/");
        }
        return true;
    }

    private String expectedOrigin(HttpExchange ex) {
        if (publicUrl.isPresent()) {
            return publicUrl.get().toString();
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        return "http://" + (host == null ? "" : host.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "EdgePolicy{" + publicUrl.map(URI::toString).orElse("direct") + ", proxies=" + trustedProxies + "}";
    }
}
