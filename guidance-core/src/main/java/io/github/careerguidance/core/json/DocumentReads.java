/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.ImmutableDiagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reading one whole document: a read step runs against the configured mapper and every failure becomes a
 * {@link ReadResult} with diagnostics (through {@link JacksonErrors}), never an exception; YAML aliases are rejected
 * before binding; a character stream is read up to the document length limit. Internal to the package.
 */
final class DocumentReads {
    private DocumentReads() {}

    /** A read step that may throw Jackson's exceptions. */
    @FunctionalInterface
    interface MapperCall<T> {
        /**
         * Runs the read.
         *
         * @param mapper the configured mapper
         * @return the value read, possibly null for an empty document
         */
        T apply(ObjectMapper mapper);
    }

    /**
     * Runs a read with the mappers of some options and translates failures.
     *
     * @param mappers the mappers
     * @param format the format
     * @param call the read
     * @param length the document length when known, else -1
     * @param type the target type, for messages
     * @param <T> the target type
     * @return the result
     */
    static <T> ReadResult<T> read(JsonMappers mappers, Format format, MapperCall<T> call, long length, Class<?> type) {
        long max = mappers.options().maxDocumentLength();
        if (length > max) {
            return JacksonErrors.fail(JacksonErrors.limit(
                    JsonPointer.root(), "maxDocumentLength", max, "document length " + length + " exceeds " + max));
        }
        try {
            T value = call.apply(mappers.mapper(format));
            if (value == null) {
                return JacksonErrors.fail(JacksonErrors.error("core.json.empty", JsonPointer.root(), Map.of()));
            }
            return ReadResult.success(value, Diagnostics.empty());
        } catch (LocatedException e) {
            return ReadResult.failure(
                    Diagnostics.of(e.locate(JacksonErrors.translate(mappers.options(), format, e.cause, type))));
        } catch (YamlAliasException e) {
            Diagnostic d = JacksonErrors.error("core.yaml.alias", JsonPointer.root(), Map.of("alias", e.alias));
            return JacksonErrors.fail(
                    e.line > 0 ? ImmutableDiagnostic.copyOf(d).withLine(e.line).withColumn(Math.max(1, e.column)) : d);
        } catch (JacksonException e) {
            return ReadResult.failure(Diagnostics.of(JacksonErrors.translate(mappers.options(), format, e, type)));
        } catch (RuntimeException e) {
            // Not Jackson's own exception: a defect in a parser (for example snakeyaml-engine's surrogate
            // handling, fixed by pinning 3.2). Bad input must never crash the caller, so report it.
            return JacksonErrors.fail(JacksonErrors.diagnostic(
                    Severity.FATAL,
                    "core.json.parser-failure",
                    JsonPointer.root(),
                    Map.of(
                            "detail",
                            e.getClass().getSimpleName() + ": "
                                    + JacksonErrors.redact(JacksonErrors.firstLine(e.getMessage())))));
        } catch (StackOverflowError e) {
            // Defensive: nesting is bounded by maxNestingDepth, so this should not happen.
            return JacksonErrors.fail(JacksonErrors.limit(
                    JsonPointer.root(), "maxNestingDepth", mappers.options().maxNestingDepth(), "nesting too deep"));
        }
    }

    /**
     * A YAML read of a whole document: the text is first scanned for aliases, which are rejected
     * ({@code core.yaml.alias}), then bound.
     *
     * @param text the YAML document
     * @param type the value type
     * @param <T> the value type
     * @return the read step
     */
    static <T> MapperCall<T> yamlValue(String text, Class<T> type) {
        return mapper -> {
            try (JsonParser p = mapper.createParser(text)) {
                // a syntax or limit error is left to the binding read below, which locates it with a path
                while (nextTokenOrNull(p) != null) {
                    if (p instanceof YAMLParser && ((YAMLParser) p).isCurrentAlias()) {
                        TokenStreamLocation at = p.currentTokenLocation();
                        String name;
                        try {
                            name = p.getString();
                        } catch (JacksonException e) {
                            name = "?";
                        }
                        throw new YamlAliasException(
                                name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
                    }
                }
            }
            return parsed(mapper, mapper.createParser(text), type);
        };
    }

    /**
     * A read of a whole document through a parser the read holds, so that a failure the parser does not locate (a
     * read limit: nesting, text, number or name length, document length) is given the parser's line, column and
     * path when it failed.
     *
     * @param opener opens the parser on the document
     * @param type the value type
     * @param <T> the value type
     * @return the read step
     */
    static <T> MapperCall<T> located(java.util.function.Function<ObjectMapper, JsonParser> opener, Class<T> type) {
        return mapper -> parsed(mapper, opener.apply(mapper), type);
    }

    private static <T> T parsed(ObjectMapper mapper, JsonParser p, Class<T> type) {
        try {
            return mapper.readValue(p, type);
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            if (where != null && where.getLineNr() > 0) {
                throw e;
            }
            throw new LocatedException(e, safeLocation(p), pointer(p.streamReadContext()));
        } finally {
            p.close();
        }
    }

    private static TokenStreamLocation safeLocation(JsonParser p) {
        try {
            return p.currentLocation();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The JSON Pointer of a parser's context: property names and array indexes from the root. */
    static JsonPointer pointer(tools.jackson.core.TokenStreamContext context) {
        java.util.ArrayDeque<Object> segments = new java.util.ArrayDeque<>();
        for (tools.jackson.core.TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.currentName() != null) {
                segments.push(c.currentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                segments.push(c.getCurrentIndex());
            }
        }
        JsonPointer at = JsonPointer.root();
        for (Object s : segments) {
            at = s instanceof Integer ? at.append((Integer) s) : at.append((String) s);
        }
        return at;
    }

    /** A Jackson failure with the place the parser had reached, where the exception itself has none. */
    private static final class LocatedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient JacksonException cause;
        private final transient TokenStreamLocation location;
        private final transient JsonPointer pointer;

        LocatedException(JacksonException cause, TokenStreamLocation location, JsonPointer pointer) {
            super(null, null, false, false);
            this.cause = cause;
            this.location = location;
            this.pointer = pointer;
        }

        /** The diagnostics with the parser's place where the translation found none. */
        java.util.List<Diagnostic> locate(java.util.List<Diagnostic> found) {
            java.util.List<Diagnostic> out = new java.util.ArrayList<>();
            for (Diagnostic d : found) {
                ImmutableDiagnostic copy = ImmutableDiagnostic.copyOf(d);
                if (d.location().isRoot() && !pointer.isRoot()) {
                    copy = copy.withLocation(pointer);
                }
                if (d.line().isEmpty() && location != null && location.getLineNr() > 0) {
                    copy = copy.withLine(location.getLineNr()).withColumn(Math.max(1, location.getColumnNr()));
                }
                out.add(copy);
            }
            return out;
        }
    }

    private static JsonToken nextTokenOrNull(JsonParser p) {
        try {
            return p.nextToken();
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * Reads a whole character stream, up to the document length limit; over the limit, the failure names the line
     * and column of the first character past it.
     *
     * @param reader the stream; not closed
     * @param options the options
     * @return the text, or the failure (a {@code core.json.limit} with line and column)
     * @throws IOException if reading fails
     */
    static ReadResult<String> readTextWithin(Reader reader, ReadOptions options) throws IOException {
        long max = options.maxDocumentLength();
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int line = 1;
        long lineStart = 0;
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            int take = (int) Math.min(n, max - text.length());
            for (int i = 0; i < take; i++) {
                if (buffer[i] == '\n') {
                    line++;
                    lineStart = text.length() + i + 1L;
                }
            }
            if (take < n) {
                long column = text.length() + take - lineStart + 1;
                Diagnostic d = tooLong(options).diagnostics().iterator().next();
                return ReadResult.failure(Diagnostics.of(
                        ImmutableDiagnostic.copyOf(d).withLine(line).withColumn((int)
                                Math.min(Integer.MAX_VALUE, column))));
            }
            text.append(buffer, 0, n);
        }
        return ReadResult.success(text.toString(), Diagnostics.empty());
    }

    /**
     * A failed result for a document longer than the document length limit.
     *
     * @param options the options
     * @param <T> the value type
     * @return the result
     */
    static <T> ReadResult<T> tooLong(ReadOptions options) {
        return JacksonErrors.fail(JacksonErrors.limit(
                JsonPointer.root(),
                "maxDocumentLength",
                options.maxDocumentLength(),
                "the document is longer than " + options.maxDocumentLength() + " characters"));
    }

    /** A YAML alias was found: aliases are not expanded, so they are rejected rather than losing data. */
    private static final class YamlAliasException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String alias;
        private final int line;
        private final int column;

        YamlAliasException(String alias, int line, int column) {
            super("YAML alias *" + alias, null, false, false);
            this.alias = alias;
            this.line = line;
            this.column = column;
        }
    }

    /**
     * A failed result for an I/O error.
     *
     * @param source the input's name
     * @param e the error
     * @param <T> the value type
     * @return the result
     */
    static <T> ReadResult<T> ioFailure(String source, IOException e) {
        Diagnostic d = JacksonErrors.error(
                "core.io", JsonPointer.root(), Map.of("detail", e.getClass().getSimpleName() + ": " + e.getMessage()));
        return ReadResult.failure(Diagnostics.of(
                source == null ? d : ImmutableDiagnostic.copyOf(d).withSource(source)));
    }
}
