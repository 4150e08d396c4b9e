/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends answers: every one with the security headers, and (except the stylesheet) the request's cookies; HTML pages,
 * redirects, downloads and the stylesheet. A HEAD request gets the headers without the body.
 */
final class Responses {
    /** The Content-Security-Policy sent with every answer. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private Responses() {}

    /** Sends a whole HTML document. */
    static void html(Request r, int status, String document) throws IOException {
        Headers h = r.ex.getResponseHeaders();
        security(h);
        h.set("Content-Type", "text/html; charset=utf-8");
        cookies(r);
        respond(r, status, document.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a 303 to another page of the portal. */
    static void redirect(Request r, String to) throws IOException {
        Headers h = r.ex.getResponseHeaders();
        security(h);
        h.set("Location", to);
        cookies(r);
        r.ex.sendResponseHeaders(303, -1);
    }

    /** Sends a 308 to the portal's https address (a visitor who came over plain HTTP through the proxy). */
    static void redirectPermanent(Request r, String to) throws IOException {
        Headers h = r.ex.getResponseHeaders();
        security(h);
        h.set("Location", to);
        r.ex.sendResponseHeaders(308, -1);
    }

    /** Sends a file to save, with its content type and file name. */
    static void attachment(Request r, String contentType, String fileName, byte[] body) throws IOException {
        Headers h = r.ex.getResponseHeaders();
        security(h);
        h.set("Content-Type", contentType);
        h.set("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        cookies(r);
        respond(r, 200, body);
    }

    /** Sends the portal's stylesheet, cacheable for an hour. */
    static void stylesheet(Request r) throws IOException {
        stylesheet(r, "portal.css");
    }

    /** Sends one of the portal's style sheets by its file name, cacheable for an hour. */
    static void stylesheet(Request r, String name) throws IOException {
        byte[] body;
        try (InputStream in =
                Responses.class.getResourceAsStream("/io/github/careerguidance/examples/portal/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the examples jar");
            }
            body = in.readAllBytes();
        }
        Headers h = r.ex.getResponseHeaders();
        security(h);
        h.set("Content-Type", "text/css; charset=utf-8");
        h.set("Cache-Control", "max-age=3600");
        respond(r, 200, body);
    }

    private static void security(Headers h) {
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on every POST, and the Origin
        // check (EdgePolicy) needs the real one; other sites still get no Referer
        h.set("Referrer-Policy", "same-origin");
        h.set("Cache-Control", "no-store");
        h.set("Cross-Origin-Opener-Policy", "same-origin");
        h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    private static void cookies(Request r) {
        for (String c : r.setCookies) {
            r.ex.getResponseHeaders().add("Set-Cookie", r.secureCookies ? secure(c) : c);
        }
    }

    /**
     * A cookie behind a TLS proxy: always {@code Secure}; with the {@code __Host-} prefix when it is for the whole
     * site ({@code Path=/}, no {@code Domain}), which is the only kind a browser accepts under that prefix. A cookie
     * with a narrower path keeps its name (its reader looks it up as it is).
     */
    static String secure(String cookie) {
        boolean wholeSite = false;
        for (String attribute : cookie.split(";")) {
            String a = attribute.strip();
            wholeSite |= a.equals("Path=/");
            if (a.regionMatches(true, 0, "Domain=", 0, 7)) {
                return cookie + "; Secure";
            }
        }
        return (wholeSite ? Request.SECURE_PREFIX : "") + cookie + "; Secure";
    }

    private static void respond(Request r, int status, byte[] body) throws IOException {
        if ("HEAD".equals(r.ex.getRequestMethod())) {
            r.ex.sendResponseHeaders(status, -1);
            return;
        }
        r.ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = r.ex.getResponseBody()) {
            out.write(body);
        }
    }
}
