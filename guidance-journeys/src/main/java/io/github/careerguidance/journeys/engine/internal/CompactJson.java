/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine.internal;

/**
 * Removes the whitespace outside strings from JSON text, because core's {@code GuidanceCodec.json()} always writes
 * indented JSON and stored sessions should be compact. Not API.
 *
 * @since 0.1.0
 */
public final class CompactJson {
    private CompactJson() {}

    /**
     * The same JSON without insignificant whitespace.
     *
     * @param json well-formed JSON text
     * @return the compact text; strings are copied unchanged
     */
    public static String of(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
