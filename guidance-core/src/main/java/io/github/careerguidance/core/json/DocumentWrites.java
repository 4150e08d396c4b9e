/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;

/**
 * Writing a value as a JSON or YAML document (indented) or as one NDJSON line, with the default mappers. A value
 * Jackson cannot write is a programming error: {@link IllegalArgumentException}. Internal to the package.
 */
final class DocumentWrites {
    private DocumentWrites() {}

    /**
     * Writes a value.
     *
     * @param format the format
     * @param value the value
     * @return the document
     */
    static String write(Format format, Object value) {
        try {
            return JsonMappers.defaults().mapper(format).writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "cannot write " + value.getClass().getName() + " as " + format + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes a value as JSON on one line (no indentation, no line break), for NDJSON output.
     *
     * @param value the value
     * @return the JSON text, without a line break
     */
    static String writeLine(Object value) {
        try {
            return JsonMappers.defaults()
                    .mapper(Format.JSON)
                    .writer()
                    .without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "cannot write " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
