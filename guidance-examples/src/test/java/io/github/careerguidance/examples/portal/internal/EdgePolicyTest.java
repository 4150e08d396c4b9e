/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which forwarding headers count, and what a public address may be. */
class EdgePolicyTest {
    private static final EdgePolicy BEHIND = EdgePolicy.behindProxy(
            URI.create("https://Loket.Example.nl/"),
            Set.of(
                    Addresses.literal("10.0.0.2").orElseThrow(),
                    Addresses.literal("10.0.0.3").orElseThrow()));

    @Test
    void theClientAddressComesFromXForwardedForOnlyThroughATrustedProxy() {
        assertThat(BEHIND.clientAddress(exchange("10.0.0.2", "X-Forwarded-For", "198.51.100.9")))
                .hasValue("198.51.100.9");
        // the visitor can write the left part; the right-most untrusted hop is the one the proxy saw
        assertThat(BEHIND.clientAddress(exchange("10.0.0.2", "X-Forwarded-For", "1.2.3.4, 198.51.100.9, 10.0.0.3")))
                .hasValue("198.51.100.9");
        assertThat(BEHIND.clientAddress(exchange("203.0.113.5", "X-Forwarded-For", "198.51.100.9")))
                .hasValue("203.0.113.5");
        assertThat(BEHIND.clientAddress(exchange("10.0.0.2", "X-Forwarded-For", "evil.example, 198.51.100.9")))
                .hasValue("198.51.100.9");
        assertThat(BEHIND.clientAddress(exchange("10.0.0.2", "X-Forwarded-For", "198.51.100.9, not-an-address")))
                .hasValue("10.0.0.2");
        assertThat(EdgePolicy.direct().clientAddress(exchange("10.0.0.2", "X-Forwarded-For", "198.51.100.9")))
                .hasValue("10.0.0.2");
    }

    @Test
    void plainHttpCountsOnlyFromATrustedProxy() {
        assertThat(BEHIND.forwardedOverPlainHttp(exchange("10.0.0.2", "X-Forwarded-Proto", "http")))
                .isTrue();
        assertThat(BEHIND.forwardedOverPlainHttp(exchange("10.0.0.2", "X-Forwarded-Proto", "https")))
                .isFalse();
        assertThat(BEHIND.forwardedOverPlainHttp(exchange("203.0.113.5", "X-Forwarded-Proto", "http")))
                .isFalse();
        assertThat(BEHIND.secureCookies()).isTrue();
        assertThat(BEHIND.publicHost()).hasValue("loket.example.nl");
        assertThat(EdgePolicy.direct().secureCookies()).isFalse();
    }

    @Test
    void theOriginMustBeThePublicAddress() {
        assertThat(BEHIND.sameOrigin(exchange("10.0.0.2", "Origin", "https://loket.example.nl")))
                .isTrue();
        assertThat(BEHIND.sameOrigin(exchange("10.0.0.2", "Origin", "http://loket.example.nl")))
                .isFalse();
        assertThat(BEHIND.sameOrigin(exchange("10.0.0.2", "Origin", "https://loket.example.nl.evil.example")))
                .isFalse();
        assertThat(BEHIND.sameOrigin(exchange("10.0.0.2", "Referer", "https://loket.example.nl/step")))
                .isTrue();
    }

    @Test
    void behindAProxyEveryCookieIsSecureAndSiteWideOnesGetTheHostPrefix() {
        assertThat(Responses.secure("gsid=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Lax"))
                .isEqualTo("__Host-gsid=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Lax; Secure");
        // a browser refuses __Host- on a narrower path: such a cookie keeps its name
        assertThat(Responses.secure("gadv=abc; Path=/adviseur; HttpOnly; SameSite=Strict"))
                .isEqualTo("gadv=abc; Path=/adviseur; HttpOnly; SameSite=Strict; Secure");
        assertThat(Responses.secure("x=1; Path=/; Domain=example.nl"))
                .isEqualTo("x=1; Path=/; Domain=example.nl; Secure");
    }

    @Test
    void aPublicAddressIsAnHttpsOrigin() {
        assertThat(EdgePolicy.checkPublicUrl(URI.create("https://loket.example.nl:8443/")))
                .hasToString("https://loket.example.nl:8443");
        assertThatThrownBy(() -> EdgePolicy.checkPublicUrl(URI.create("http://loket.example.nl")))
                .hasMessageContaining("https://");
        assertThatThrownBy(() -> EdgePolicy.checkPublicUrl(URI.create("https://user@loket.example.nl")))
                .hasMessageContaining("user");
        assertThatThrownBy(() -> EdgePolicy.checkPublicUrl(URI.create("https:opaque")))
                .hasMessageContaining("https://HOST");
        assertThat(Addresses.literal("[::1]")).isPresent();
        assertThat(Addresses.literal("256.1.1.1")).isEmpty();
        assertThat(Addresses.literal("localhost")).isEmpty();
    }

    private static HttpExchange exchange(String peer, String header, String value) {
        Headers headers = new Headers();
        headers.add(header, value);
        InetSocketAddress remote = new InetSocketAddress(Addresses.literal(peer).orElseThrow(), 40000);
        return new HttpExchange() {
            @Override
            public Headers getRequestHeaders() {
                return headers;
            }

            @Override
            public Headers getResponseHeaders() {
                return new Headers();
            }

            @Override
            public URI getRequestURI() {
                return URI.create("/");
            }

            @Override
            public String getRequestMethod() {
                return "POST";
            }

            @Override
            public HttpContext getHttpContext() {
                return null;
            }

            @Override
            public void close() {}

            @Override
            public InputStream getRequestBody() {
                return InputStream.nullInputStream();
            }

            @Override
            public OutputStream getResponseBody() {
                return OutputStream.nullOutputStream();
            }

            @Override
            public void sendResponseHeaders(int code, long length) {}

            @Override
            public InetSocketAddress getRemoteAddress() {
                return remote;
            }

            @Override
            public int getResponseCode() {
                return -1;
            }

            @Override
            public InetSocketAddress getLocalAddress() {
                return new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080);
            }

            @Override
            public String getProtocol() {
                return "HTTP/1.1";
            }

            @Override
            public Object getAttribute(String name) {
                return null;
            }

            @Override
            public void setAttribute(String name, Object value) {}

            @Override
            public void setStreams(InputStream i, OutputStream o) {}

            @Override
            public HttpPrincipal getPrincipal() {
                return null;
            }
        };
    }
}
