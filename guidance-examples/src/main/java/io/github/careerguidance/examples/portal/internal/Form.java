/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed {@code application/x-www-form-urlencoded} body or query string, with limits. */
public final class Form {
    /** Thrown when input breaks a limit or is not decodable; carries the HTTP status to answer. */
    public static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        Rejected(int status, String message) {
            super(message);
            this.status = status;
        }

        /**
         * The HTTP status.
         *
         * @return the status
         */
        public int status() {
            return status;
        }
    }

    /** The most fields a form may have (the CAAS-24 page has 27). */
    public static final int MAX_FIELDS = 200;

    private final Map<String, List<String>> fields;

    private Form(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /**
     * An empty form.
     *
     * @return the form
     */
    public static Form empty() {
        return new Form(Map.of());
    }

    /**
     * Reads a body of at most {@code limit} bytes.
     *
     * @param in the body
     * @param declaredLength the Content-Length header, or -1
     * @param limit the most bytes
     * @return the form
     * @throws Rejected 413 when too large, 400 when not decodable
     * @throws IOException on a read error
     */
    public static Form read(InputStream in, long declaredLength, int limit) throws Rejected, IOException {
        if (declaredLength > limit) {
            throw new Rejected(413, "form of " + declaredLength + " bytes, more than " + limit);
        }
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new Rejected(413, "form of more than " + limit + " bytes");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * Parses a query string or body.
     *
     * @param text the text, may be null
     * @return the form
     * @throws Rejected 400 when not decodable or with too many fields
     */
    public static Form parse(String text) throws Rejected {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return new Form(fields);
        }
        int count = 0;
        for (String pair : text.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++count > MAX_FIELDS) {
                throw new Rejected(413, "more than " + MAX_FIELDS + " fields");
            }
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new Rejected(400, "undecodable form field");
            }
        }
        return new Form(fields);
    }

    /**
     * The first value of a field.
     *
     * @param name the field
     * @return the value, or empty
     */
    public Optional<String> first(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Every value of a field.
     *
     * @param name the field
     * @return the values, possibly empty
     */
    public List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }
}
