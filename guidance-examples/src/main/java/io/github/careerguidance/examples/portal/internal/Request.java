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
    private static final int MAX_QUERY = 2048;

    final HttpExchange ex;
    final Locale locale;
    final Optional<String> rawSid;
    String sid;
    final List<String> setCookies = new ArrayList<>();
    final Form query;
    final Form.Rejected queryProblem;
    private final Map<String, String> cookies;

    Request(HttpExchange ex) {
        this.ex = ex;
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
            lang = Optional.ofNullable(cookies.get(LANG_COOKIE)).filter(l -> l.equals("nl") || l.equals("en"));
        }
        this.locale = Locale.forLanguageTag(lang.orElse("nl"));
        this.rawSid = Optional.ofNullable(cookies.get(PortalSessions.COOKIE));
        this.sid = rawSid.filter(PortalSessions::wellFormed).orElse(null);
    }

    /** A cookie the browser sent, or null. */
    String cookie(String name) {
        return cookies.get(name);
    }

    String t(String nl, String en) {
        return "nl".equals(locale.getLanguage()) ? nl : en;
    }

    String t(LocalizedText text) {
        return text.resolve(locale);
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
                    cookies.putIfAbsent(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
                }
            }
        }
        return cookies;
    }
}
