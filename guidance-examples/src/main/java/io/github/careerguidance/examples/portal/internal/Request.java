/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request as the pages see it: its exchange, its query, its language (from {@code ?lang=} or the language
 * cookie), the session id from the cookie (null when absent or malformed) and the cookies to set on the answer.
 */
final class Request {
    /** The language cookie. */
    static final String LANG_COOKIE = "glang";
    /** The prefix of every cookie's name behind a TLS proxy (with {@code Secure}, so that no other site can set it). */
    static final String SECURE_PREFIX = "__Host-";

    private static final int MAX_QUERY = 2048;

    final HttpExchange ex;
    /** Whether cookies are {@code Secure} with the {@code __Host-} prefix (behind a TLS proxy). */
    final boolean secureCookies;

    final Locale locale;
    final Optional<String> rawSid;
    String sid;
    final List<String> setCookies = new ArrayList<>();
    final Form query;
    final Form.Rejected queryProblem;
    /** Markup shown above a page's main content (the live preview's findings); empty when none. */
    String banner = "";
    /**
     * The client's address: the peer's, or behind a trusted proxy the right-most untrusted X-Forwarded-For hop (set
     * by the handler from its EdgePolicy); null when unknown. Rate limits and lock-outs count by it.
     */
    String clientAddress;

    private final Map<String, String> cookies;

    Request(HttpExchange ex) {
        this(ex, false);
    }

    Request(HttpExchange ex, boolean secureCookies) {
        this.ex = ex;
        this.secureCookies = secureCookies;
        String prefix = secureCookies ? SECURE_PREFIX : "";
        String rawQuery = ex.getRequestURI().getRawQuery();
        Form parsed = Form.empty();
        Form.Rejected problem = null;
        try {
            if (rawQuery != null && rawQuery.length() > MAX_QUERY) {
                throw new Form.Rejected(414, "query too long");
            }
            parsed = Form.parse(rawQuery);
        } catch (Form.Rejected e) {
            problem = e;
        }
        this.query = parsed;
        this.queryProblem = problem;
        this.cookies = cookies(ex.getRequestHeaders());
        Optional<String> lang = query.first("lang").filter(l -> l.equals("nl") || l.equals("en"));
        if (lang.isPresent()) {
            setCookies.add(LANG_COOKIE + "=" + lang.get() + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax");
        } else {
            lang = Optional.ofNullable(cookies.get(prefix + LANG_COOKIE)).filter(l -> l.equals("nl") || l.equals("en"));
        }
        this.locale = Locale.forLanguageTag(lang.orElse("nl"));
        this.rawSid = Optional.ofNullable(cookies.get(prefix + PortalSessions.COOKIE));
        this.sid = rawSid.filter(PortalSessions::wellFormed).orElse(null);
        java.net.InetSocketAddress peer = ex.getRemoteAddress();
        this.clientAddress = peer == null || peer.getAddress() == null
                ? null
                : peer.getAddress().getHostAddress();
    }

    String t(String nl, String en) {
        return "nl".equals(locale.getLanguage()) ? nl : en;
    }

    String t(LocalizedText text) {
        return text.resolve(locale);
    }

    /** A cookie of the request by name (the first when repeated). */
    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    private static Map<String, String> cookies(Headers headers) {
        Map<String, String> cookies = new LinkedHashMap<>();
        List<String> lines = headers.get("Cookie");
        if (lines == null) {
            return cookies;
        }
        for (String line : lines) {
            for (String part : line.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    cookies.putIfAbsent(
                            part.substring(0, eq).strip(),
                            part.substring(eq + 1).strip());
                }
            }
        }
        return cookies;
    }
}
