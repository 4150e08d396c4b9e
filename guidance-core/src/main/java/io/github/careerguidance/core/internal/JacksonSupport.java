/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.MessageBundle;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.ReadResult;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Jackson 3 mappers behind {@code GuidanceCodec}, and the translation of Jackson's exceptions into
 * diagnostics. Internal: not part of the API, and no Jackson type leaves this package.
 */
public final class JacksonSupport {
    /** Maximum nesting of objects and arrays. */
    public static final int MAX_NESTING_DEPTH = 200;

    /** Maximum document length in characters or bytes (64 MiB). */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    /** The core message bundle. */
    public static final MessageBundle MESSAGES =
            MessageBundle.load("io/github/careerguidance/core/Messages", JacksonSupport.class.getClassLoader());

    private static final Pattern IMMUTABLES_MISSING =
            Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[([^\\]]*)]");

    /** The two supported formats. */
    public enum Format {
        /** JSON, written indented. */
        JSON,
        /** YAML. */
        YAML
    }

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxStringLength(16 * 1024 * 1024)
            .build();

    private static final ObjectMapper JSON_MAPPER = configure(
                    JsonMapper.builder(JsonFactory.builder()
                            .streamReadConstraints(LIMITS)
                            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            .build()))
            .build();

    private static final ObjectMapper YAML_MAPPER = configure(YAMLMapper.builder(YAMLFactory.builder()
                            .streamReadConstraints(LIMITS)
                            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            .build()))
            .build();

    private JacksonSupport() {}

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT));
    }

    /** The mapper for a format. */
    static ObjectMapper mapper(Format format) {
        return format == Format.JSON ? JSON_MAPPER : YAML_MAPPER;
    }

    /** A read step that may throw Jackson's exceptions. */
    @FunctionalInterface
    public interface MapperCall<T> {
        /**
         * Runs the read.
         *
         * @param mapper the configured mapper
         * @return the value read, possibly null for an empty document
         */
        T apply(ObjectMapper mapper);
    }

    /**
     * Runs a read and translates failures.
     *
     * @param format the format
     * @param call the read
     * @param length the document length when known, else -1
     * @param type the target type, for messages
     * @param <T> the target type
     * @return the result
     */
    public static <T> ReadResult<T> read(Format format, MapperCall<T> call, long length, Class<?> type) {
        if (length > MAX_DOCUMENT_LENGTH) {
            return fail(error("core.json.limit", JsonPointer.root(), Map.of(
                    "detail", "document length " + length + " exceeds " + MAX_DOCUMENT_LENGTH)));
        }
        try {
            T value = call.apply(mapper(format));
            if (value == null) {
                return fail(error("core.json.empty", JsonPointer.root(), Map.of()));
            }
            return ReadResult.success(value, Diagnostics.empty());
        } catch (JacksonException e) {
            return ReadResult.failure(Diagnostics.of(translate(format, e, type)));
        } catch (StackOverflowError e) {
            // Defensive: nesting is bounded by MAX_NESTING_DEPTH, so this should not happen.
            return fail(error("core.json.limit", JsonPointer.root(), Map.of("detail", "nesting too deep")));
        }
    }

    /**
     * Writes a value.
     *
     * @param format the format
     * @param value the value
     * @return the document
     */
    public static String write(Format format, Object value) {
        try {
            return mapper(format).writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "cannot write " + value.getClass().getName() + " as " + format + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Sets the source of every diagnostic of a result.
     *
     * @param result the result
     * @param source the input's name
     * @param <T> the value type
     * @return a result with sourced diagnostics
     */
    public static <T> ReadResult<T> withSource(ReadResult<T> result, String source) {
        if (result.diagnostics().isEmpty()) {
            return result;
        }
        List<Diagnostic> sourced = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            sourced.add(d.source().isPresent() ? d : io.github.careerguidance.core.diagnostics.ImmutableDiagnostic.copyOf(d).withSource(source));
        }
        Diagnostics diagnostics = Diagnostics.of(sourced);
        return result.value().map(v -> ReadResult.success(v, diagnostics)).orElseGet(() -> ReadResult.failure(diagnostics));
    }

    /**
     * A failed result for an I/O error.
     *
     * @param source the input's name
     * @param e the error
     * @param <T> the value type
     * @return the result
     */
    public static <T> ReadResult<T> ioFailure(String source, IOException e) {
        Diagnostic d = error("core.io", JsonPointer.root(), Map.of("detail", e.getClass().getSimpleName() + ": " + e.getMessage()));
        return ReadResult.failure(Diagnostics.of(io.github.careerguidance.core.diagnostics.ImmutableDiagnostic.copyOf(d).withSource(source)));
    }

    private static <T> ReadResult<T> fail(Diagnostic d) {
        return ReadResult.failure(Diagnostics.of(d));
    }

    private static Diagnostic error(String code, JsonPointer at, Map<String, ?> args) {
        return MESSAGES.diagnostic(Severity.ERROR, code, at, args);
    }

    /** Translates one Jackson exception into diagnostics. */
    static List<Diagnostic> translate(Format format, JacksonException e, Class<?> type) {
        JsonPointer at = pointerOf(e.getPath());
        List<Diagnostic> out = new ArrayList<>();
        if (e instanceof StreamConstraintsException) {
            out.add(error("core.json.limit", at, Map.of("detail", e.getOriginalMessage())));
        } else if (e instanceof StreamReadException && isDuplicate(e)) {
            String property = duplicateName(e.getOriginalMessage());
            out.add(error("core.json.duplicate-key", at.isRoot() ? at : at.parent(), Map.of("property", property)));
        } else if (e instanceof StreamReadException
                || String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            out.add(error("core.json.syntax", at, Map.of("format", format.name(), "detail", firstLine(e.getOriginalMessage()))));
        } else if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            Collection<Object> known = u.getKnownPropertyIds();
            String knownText = known == null ? "" : known.stream().map(String::valueOf)
                    .collect(Collectors.toCollection(TreeSet::new)).toString();
            out.add(error("core.json.unknown-property", at, Map.of("property", u.getPropertyName(), "known", knownText)));
        } else if (e instanceof InvalidFormatException) {
            InvalidFormatException f = (InvalidFormatException) e;
            out.add(error("core.json.wrong-type", at, Map.of(
                    "expected", describe(f.getTargetType()), "found", "'" + f.getValue() + "'")));
        } else if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("No content")) {
            out.add(error("core.json.empty", at, Map.of()));
        } else if (e instanceof MismatchedInputException && e.getCause() == null) {
            MismatchedInputException m = (MismatchedInputException) e;
            String found = m.getMessage() != null && m.getMessage().contains("from ") ? tokenIn(m.getOriginalMessage()) : "another value";
            out.add(error("core.json.wrong-type", at, Map.of("expected", describe(m.getTargetType()), "found", found)));
        } else {
            Throwable cause = rootCause(e);
            if (cause instanceof IllegalStateException && cause.getMessage() != null
                    && IMMUTABLES_MISSING.matcher(cause.getMessage()).find()) {
                Matcher m = IMMUTABLES_MISSING.matcher(cause.getMessage());
                m.find();
                for (String name : m.group(1).split(",\\s*")) {
                    out.add(error("core.json.missing-property", at.append(name), Map.of("property", name)));
                }
            } else if (cause instanceof NullPointerException) {
                String name = cause.getMessage() == null ? lastName(at) : cause.getMessage().replace(" element", "");
                out.add(error("core.json.null-value", at, Map.of("property", name)));
            } else if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
                    || cause instanceof java.time.DateTimeException) {
                out.add(error("core.json.invalid-value", at, Map.of("detail", String.valueOf(cause.getMessage()))));
            } else {
                out.add(error("core.json.invalid", at, Map.of(
                        "type", type.getSimpleName(), "detail", firstLine(e.getOriginalMessage()))));
            }
        }
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            List<Diagnostic> located = new ArrayList<>();
            for (Diagnostic d : out) {
                var copy = io.github.careerguidance.core.diagnostics.ImmutableDiagnostic.copyOf(d)
                        .withLine(location.getLineNr());
                located.add(location.getColumnNr() > 0 ? copy.withColumn(location.getColumnNr()) : copy);
            }
            return located;
        }
        return out;
    }

    private static boolean isDuplicate(JacksonException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Duplicate Object property");
    }

    private static String duplicateName(String message) {
        Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(message == null ? "" : message);
        return m.find() ? m.group(1) : "?";
    }

    private static String tokenIn(String message) {
        Matcher m = Pattern.compile("from ([A-Za-z ]+?) (?:token|value)").matcher(message == null ? "" : message);
        return m.find() ? m.group(1).trim() : "another value";
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "a different value";
        }
        if (target == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(target)) {
            return "an object";
        }
        if (target.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : target.getEnumConstants()) {
                names.add(c.toString());
            }
            return "one of " + names;
        }
        String name = target.getSimpleName().replaceFirst("^Immutable", "");
        return "a " + name + " object";
    }

    private static String lastName(JsonPointer at) {
        return at.isRoot() ? "(document)" : at.segments().get(at.segments().size() - 1);
    }

    /** The outermost cause that is not Jackson's own: what the value type's factory or check threw. */
    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        int guard = 0;
        while (t instanceof JacksonException && t.getCause() != null && t.getCause() != t && guard++ < 50) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** A JSON Pointer from Jackson's reference path. */
    static JsonPointer pointerOf(List<JacksonException.Reference> path) {
        JsonPointer pointer = JsonPointer.root();
        if (path == null) {
            return pointer;
        }
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                pointer = pointer.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                pointer = pointer.append(ref.getIndex());
            }
        }
        return pointer;
    }

    /**
     * Wraps a YAML source so that no read ends between the two halves of a surrogate pair.
     *
     * <p>snakeyaml-engine 3.0.1 reads one character past its buffer when a chunk ends on a high surrogate
     * ({@code IndexOutOfBoundsException}, so a valid document with an emoji at character 1,024 could not be read).
     * Holding such a trailing high surrogate back for the next read avoids that path.
     *
     * @param reader the source
     * @return a reader with the same characters
     */
    public static Reader surrogateSafe(Reader reader) {
        return new SurrogateSafeReader(reader);
    }

    private static final class SurrogateSafeReader extends FilterReader {
        private int pending = -1;

        SurrogateSafeReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            if (pending >= 0) {
                int c = pending;
                pending = -1;
                return c;
            }
            return in.read();
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int n;
            if (pending >= 0) {
                buffer[offset] = (char) pending;
                pending = -1;
                n = 1;
                if (length > 1) {
                    int more = in.read(buffer, offset + 1, length - 1);
                    n += Math.max(more, 0);
                }
            } else {
                n = in.read(buffer, offset, length);
                if (n <= 0) {
                    return n;
                }
            }
            if (n > 1 && Character.isHighSurrogate(buffer[offset + n - 1])) {
                pending = buffer[offset + n - 1];
                n--;
            }
            return n;
        }

        @Override
        public long skip(long count) throws IOException {
            if (count <= 0) {
                return 0;
            }
            if (pending >= 0) {
                pending = -1;
                return 1 + in.skip(count - 1);
            }
            return in.skip(count);
        }

        @Override
        public boolean ready() throws IOException {
            return pending >= 0 || in.ready();
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void mark(int limit) throws IOException {
            throw new IOException("mark not supported");
        }

        @Override
        public void reset() throws IOException {
            throw new IOException("reset not supported");
        }
    }

    /**
     * Arguments as an ordered map, for tests and callers building messages.
     *
     * @param pairs key, value, key, value, ...
     * @return the map
     */
    public static Map<String, Object> args(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        return map;
    }
}
