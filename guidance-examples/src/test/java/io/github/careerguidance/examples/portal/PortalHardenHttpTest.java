/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal under slow and hostile clients (issue #15, harden): stalled connections, POSTs from other origins,
 * planted session cookies, and the rules for running behind a TLS proxy.
 */
class PortalHardenHttpTest {
    @TempDir
    static Path dir;

    static JdbcSessionStore store;
    static Portal portal;
    static Portal behindProxy;
    static Portal untrustingProxy;

    @BeforeAll
    static void start() throws Exception {
        store = JdbcSessionStore.h2(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:30:00Z"), ZoneOffset.UTC);
        portal = Portal.builder().store(store).port(0).clock(clock).start();
        behindProxy = Portal.builder()
                .store(store)
                .port(0)
                .clock(clock)
                .publicUrl(URI.create("https://loket.example.nl"))
                .trustedProxies(List.of(InetAddress.getLoopbackAddress()))
                .start();
        untrustingProxy = Portal.builder()
                .store(store)
                .port(0)
                .clock(clock)
                .publicUrl(URI.create("https://loket.example.nl"))
                .trustedProxies(List.of(InetAddress.getByName("192.0.2.7")))
                .start();
    }

    @AfterAll
    static void stop() {
        portal.close();
        behindProxy.close();
        untrustingProxy.close();
        store.close();
    }

    @Test
    void sixteenStalledConnectionsDoNotDelayANormalPage() throws Exception {
        long warm = journeyMillis(); // the first journey of a JVM also loads and compiles the portal's classes
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), portal.port());
                OutputStream out = s.getOutputStream();
                if (i % 2 == 0) { // half a request header, never finished
                    out.write(ascii("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/ht"));
                } else { // a declared body that never comes
                    out.write(ascii(
                            "POST /step HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                    + "Content-Length: 400\r\n\r\nstep=intro&csrf="));
                }
                out.flush();
                stalled.add(s);
            }
            Thread.sleep(200); // let the server take them all up
            for (int round = 0; round < 3; round++) {
                assertThat(journeyMillis())
                        .as("three requests with 16 stalled connections open (without: %d ms)", warm)
                        .isLessThan(1000);
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    /** Start page, start a journey, first step: the time in ms, after checking each answer. */
    private static long journeyMillis() {
        PortalClient c = new PortalClient(portal.uri());
        long start = System.nanoTime();
        HttpResponse<String> page = c.get("/");
        HttpResponse<String> started = c.post("/start", "goal", "looking-for-work");
        HttpResponse<String> step = c.get("/step");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(step.statusCode()).isEqualTo(200);
        return millis;
    }

    @Test
    void aPostFromAnotherOriginIsRefusedAndChangesNothing() throws Exception {
        String origin = "http://127.0.0.1:" + portal.port();
        PortalClient c = new PortalClient(portal.uri());
        c.get("/");
        String sid = c.cookies.get("gsid");
        String form = "goal=looking-for-work&csrf=" + c.lastCsrf;
        HttpResponse<String> foreign = post(portal, c, form, "Origin", "https://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("Formulier van een andere site");
        assertThat(store.load(sid)).isEmpty();
        assertThat(post(portal, c, form, "Origin", "null", "Sec-Fetch-Site", "cross-site")
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(portal, c, form, "Origin", "null").statusCode()).isEqualTo(403);
        assertThat(post(portal, c, form, "Sec-Fetch-Site", "same-site").statusCode())
                .isEqualTo(403);
        assertThat(post(portal, c, form, "Referer", "https://evil.example/form").statusCode())
                .isEqualTo(403);
        assertThat(post(portal, c, form, "Referer", origin + ".evil.example/").statusCode())
                .isEqualTo(403);
        assertThat(store.load(sid)).isEmpty();
        // the portal's own pages: the Origin, or fetch metadata, or a Referer on the portal
        assertThat(post(portal, c, form, "Origin", origin).statusCode()).isEqualTo(303);
        c.get("/");
        assertThat(post(
                                portal,
                                c,
                                "goal=looking-for-work&csrf=" + c.lastCsrf,
                                "Origin",
                                "null",
                                "Sec-Fetch-Site",
                                "same-origin")
                        .statusCode())
                .isEqualTo(303);
        c.get("/");
        assertThat(post(portal, c, "goal=looking-for-work&csrf=" + c.lastCsrf, "Referer", origin + "/")
                        .statusCode())
                .isEqualTo(303);
        assertThat(store.load(c.cookies.get("gsid"))).isPresent();
    }

    @Test
    void aPlantedSessionCookieIsNeverAdopted() {
        String planted = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"; // well-formed, never handed out
        PortalClient c = new PortalClient(portal.uri());
        c.cookies.put("gsid", planted);
        HttpResponse<String> page = c.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        String given = c.cookies.get("gsid");
        assertThat(given).isNotEqualTo(planted).matches("[A-Za-z0-9_-]{43}");
        assertThat(c.post("/start", "goal", "looking-for-work").statusCode()).isEqualTo(303);
        String journey = c.cookies.get("gsid");
        assertThat(journey).isNotEqualTo(planted).isNotEqualTo(given);
        assertThat(store.load(planted)).isEmpty();
        assertThat(store.load(journey)).isPresent();
        // an id with a stored session is kept on the start page (the visitor can continue)
        HttpResponse<String> again = c.get("/");
        assertThat(PortalClient.setCookies(again)).noneMatch(h -> h.startsWith("gsid="));
        assertThat(again.body()).contains("Ga verder waar je was");
        // a planted id never reaches a stored session through a form either
        PortalClient other = new PortalClient(portal.uri());
        other.cookies.put("gsid", planted);
        HttpResponse<String> step = other.post("/step", "step", "intro", "csrf", "x");
        assertThat(step.statusCode()).isIn(403, 404);
        assertThat(store.load(planted)).isEmpty();
    }

    @Test
    void behindAProxyCookiesAreSecureHostOnlyAndForwardingHeadersCountOnlyFromTrustedProxies() throws Exception {
        String page = raw(
                behindProxy,
                "GET / HTTP/1.1\r\nHost: loket.example.nl\r\nX-Forwarded-Proto: https\r\n"
                        + "Connection: close\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 200");
        Matcher cookie = Pattern.compile("(?m)^Set-Cookie: (__Host-gsid=[A-Za-z0-9_-]{43}[^\r\n]*)")
                .matcher(page);
        assertThat(cookie.find()).isTrue();
        assertThat(cookie.group(1))
                .contains("; Secure", "; HttpOnly", "SameSite=Lax", "Path=/")
                .doesNotContain("Domain=");
        // a trusted proxy saying the visitor used plain http: sent to the https address
        String plain = raw(
                behindProxy,
                "GET /providers HTTP/1.1\r\nHost: loket.example.nl\r\nX-Forwarded-Proto: http\r\n"
                        + "Connection: close\r\n\r\n");
        assertThat(plain).startsWith("HTTP/1.1 308").contains("Location: https://loket.example.nl/providers");
        // the same header from a peer that is not a configured proxy is ignored
        String ignored = raw(
                untrustingProxy,
                "GET /providers HTTP/1.1\r\nHost: loket.example.nl\r\nX-Forwarded-Proto: http\r\n"
                        + "Connection: close\r\n\r\n");
        assertThat(ignored).startsWith("HTTP/1.1 200");
        // another Host than the public one is refused
        assertThat(raw(behindProxy, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 421");
        // a POST must come from the public origin
        String foreign = raw(
                behindProxy,
                "POST /start HTTP/1.1\r\nHost: loket.example.nl\r\nOrigin: http://loket.example.nl\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4\r\nConnection: close\r\n\r\ngoal");
        assertThat(foreign).startsWith("HTTP/1.1 403");
    }

    @Test
    void exposureRulesAreCheckedWithClearMessagesAndNoStackTrace() throws Exception {
        assertRefused(
                List.of("--bind", "0.0.0.0"),
                "--bind 0.0.0.0 makes the portal reachable from other machines",
                "--public-url https://");
        assertRefused(
                List.of("--bind", "0.0.0.0", "--public-url", "http://loket.example.nl"),
                "--public-url must start with https://");
        assertRefused(List.of("--public-url", "https://loket.example.nl/portal"), "the path /portal");
        assertRefused(List.of("--public-url", "https://loket.example.nl?x=1"), "without user, query or fragment");
        assertRefused(List.of("--trusted-proxy", "10.0.0.1"), "--trusted-proxy needs --public-url");
        assertRefused(
                List.of("--public-url", "https://loket.example.nl", "--trusted-proxy", "proxy.example.nl"),
                "IP addresses (no host names)",
                "proxy.example.nl");
        assertRefused(List.of("--bind", "my-laptop.local"), "--bind takes an IP address");
        assertRefused(List.of("--public-url"), "--public-url takes an https:// address");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Portal.builder()
                        .store(store)
                        .port(0)
                        .bind(InetAddress.getByName("0.0.0.0"))
                        .start()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--public-url");
    }

    private static void assertRefused(List<String> args, String... expected) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(
                List.of("--port", "0", "--data-dir", dir.resolve("refused").toString()));
        all.addAll(args);
        int code = Portal.main(
                all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text).isEqualTo(2);
        assertThat(text)
                .startsWith("guidance serve: ")
                .contains(expected)
                .contains("usage: guidance serve")
                .doesNotContain("Exception", "\tat ");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static HttpResponse<String> post(Portal p, PortalClient c, String form, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(p.uri().resolve("/start"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "gsid=" + c.cookies.get("gsid"))
                .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .build()
                .send(b.build(), HttpResponse.BodyHandlers.ofString());
        r.headers().allValues("Set-Cookie").forEach(v -> {
            String pair = v.split(";", 2)[0];
            c.cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        });
        return r;
    }

    private static String raw(Portal p, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), p.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(ascii(request));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
